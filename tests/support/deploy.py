"""What each server configuration in deploy/ sends, read from the file as its server reads it:
the nginx and Apache directives line by line, IIS's web.config as XML, Azure Static Web Apps'
configuration as JSON."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from typing import Any

from generator.policy import POLICY

from .sites import REPO

DEPLOY = REPO / "deploy"
NGINX = DEPLOY / "nginx.conf"
IIS = DEPLOY / "web.config"
APACHE = DEPLOY / ".htaccess"
AZURE = DEPLOY / "staticwebapp.config.json"
CONFIGURATIONS = (NGINX, IIS, APACHE, AZURE)

_NGINX_HEADER = re.compile(r'^\s*add_header\s+(\S+)\s+"([^"]*)"\s+always;', re.MULTILINE)
_APACHE_HEADER = re.compile(r'^Header\s+always\s+set\s+(\S+)\s+"([^"]*)"\s*$', re.MULTILINE)
_README_HEADER = re.compile(r"^\s*Content-Security-Policy: (.+)$", re.MULTILINE)


def page_policy() -> str:
    """The policy every page built by MkDocs with Material carries (generator/policy.py)."""
    return POLICY


def header_policy() -> str:
    """The policy a server sends: the page's, and frame-ancestors, which <meta> cannot carry."""
    return f"{page_policy()}; frame-ancestors 'none'"


def readme_policy() -> str:
    found = _README_HEADER.findall((REPO / "README.md").read_text(encoding="utf-8"))
    assert len(found) == 1, "README.md gives the header once"
    return str(found[0]).strip()


def iis_configuration() -> ElementTree.Element:
    return ElementTree.parse(IIS).getroot()


def azure_configuration() -> Any:
    return json.loads(AZURE.read_text(encoding="utf-8"))


def headers_sent(configuration: Path) -> dict[str, str]:
    """The headers the configuration adds to every answer, by name."""
    text = configuration.read_text(encoding="utf-8")
    if configuration == NGINX:
        pairs = _NGINX_HEADER.findall(text)
    elif configuration == APACHE:
        pairs = _APACHE_HEADER.findall(text)
    elif configuration == IIS:
        added = iis_configuration().findall("./system.webServer/httpProtocol/customHeaders/add")
        pairs = [(each.attrib["name"], each.attrib["value"]) for each in added]
    else:
        pairs = list(azure_configuration()["globalHeaders"].items())
    names = [name for name, _ in pairs]
    assert len(names) == len(set(names)), f"{configuration.name} sends a header twice"
    return dict(pairs)
