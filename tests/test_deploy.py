"""The server configurations in deploy/, read as their servers read them: each sends the
site's policy and the other headers, answers a missing page with the site's 404.html, and
gives the site's files their types. deploy/nginx.conf is also served for real
(test_nginx.py); test_csp.py keeps every copy of the policy alike.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .support.deploy import (
    APACHE,
    AZURE,
    CONFIGURATIONS,
    DEPLOY,
    IIS,
    NGINX,
    azure_configuration,
    header_policy,
    headers_sent,
    iis_configuration,
)
from .support.sites import REPO

HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}
SITE_TYPES = {
    ".html": "text/html",
    ".css": "text/css",
    ".js": "text/javascript",
    ".json": "application/json",
    ".svg": "image/svg+xml",
    ".webp": "image/webp",
    ".pdf": "application/pdf",
}
"""The types a browser must be told for the toolkit to work with nosniff (scripts, styles,
the search index), and the ones servers have been known to lack (WebP, SVG)."""
ASSET_TYPES = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".pdf")
"""What content/assets/ may hold (generator/content_files.py)."""
BUILT_TYPES = (".html", ".css", ".js", ".json", ".map", ".txt", ".xml", ".gz", ".png", ".svg")
"""What a build writes besides the assets: pages, Material's files, the sitemap."""


def test_deploy_holds_the_four_configurations() -> None:
    assert sorted(path.name for path in DEPLOY.iterdir()) == sorted(
        path.name for path in CONFIGURATIONS
    )


@pytest.mark.parametrize("configuration", CONFIGURATIONS, ids=lambda path: path.name)
def test_each_sends_the_policy_and_the_headers(configuration: Path) -> None:
    assert headers_sent(configuration) == {
        "Content-Security-Policy": header_policy(),
        **HEADERS,
    }


def test_nginx_is_one_server_whose_address_and_folder_are_one_line_each() -> None:
    text = NGINX.read_text(encoding="utf-8")
    code = "\n".join(line.split("#")[0] for line in text.splitlines())
    assert re.findall(r"^server\s*\{", code, re.MULTILINE) == ["server {"]
    assert code.rstrip().endswith("}")
    assert len(re.findall(r"^\s*listen\s", code, re.MULTILINE)) == 1
    assert len(re.findall(r"^\s*root\s", code, re.MULTILINE)) == 1
    assert re.search(r"^\s*error_page 404 /404\.html;", code, re.MULTILINE)
    assert "CHANGE" in text.split("listen", 1)[1].splitlines()[0]


def test_iis_answers_a_missing_page_with_404_html_and_knows_every_type() -> None:
    server = iis_configuration().find("./system.webServer")
    assert server is not None
    errors = server.find("httpErrors")
    assert errors is not None and errors.attrib["errorMode"] == "Custom"
    assert errors.attrib["existingResponse"] == "Replace"
    missing = errors.findall("error[@statusCode='404']")
    assert [(each.attrib["path"], each.attrib["responseMode"]) for each in missing] == [
        ("/404.html", "ExecuteURL")
    ]
    assert errors.find("remove[@statusCode='404']") is not None, "IIS refuses a second 404"
    content = server.find("staticContent")
    assert content is not None and content[0].tag == "clear", "only the types listed are served"
    types = {each.attrib["fileExtension"]: each.attrib["mimeType"] for each in content[1:]}
    assert set(types) >= {*ASSET_TYPES, *BUILT_TYPES}
    for extension, kind in SITE_TYPES.items():
        assert types[extension].split(";")[0] == kind, extension
    documents = server.findall("./defaultDocument/files/add")
    assert [each.attrib["value"] for each in documents] == ["index.html"]


def test_apache_answers_a_missing_page_with_404_html_and_knows_every_type() -> None:
    lines = [
        line.strip()
        for line in APACHE.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert "ErrorDocument 404 /404.html" in lines
    types = {
        extension: words[1]
        for line in lines
        if (words := line.split())[0] == "AddType"
        for extension in words[2:]
    }
    for extension, kind in SITE_TYPES.items():
        assert types[extension] == kind, extension


def test_azure_answers_a_missing_page_with_404_html_and_knows_every_type() -> None:
    configuration = azure_configuration()
    assert configuration["responseOverrides"] == {
        "404": {"rewrite": "/404.html", "statusCode": 404}
    }
    types = configuration["mimeTypes"]
    for extension, kind in SITE_TYPES.items():
        assert types[extension].split(";")[0] == kind, extension


def test_the_readme_says_how_to_use_each() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    hosting = readme.split("## Host the site", 1)[1].split("\n## ", 1)[0]
    for configuration in CONFIGURATIONS:
        assert f"deploy/{configuration.name}" in hosting, configuration.name
    assert IIS.name in hosting and AZURE.name in hosting
