"""Which links and images prose may hold, judged on the address as a browser reads it.

Prose fields are Markdown. Python-Markdown keeps whatever address it is given: written as
``<javascript:…>``, with entities (``javascript&#58;…``), or in a reference definition. So
addresses are judged after Markdown has made its links, with entities decoded and white
space dropped the way browsers drop it. Allowed:

- links: ``http:``, ``https:``, ``mailto:``, ``tel:``, our own ``resource:``, ``page:``,
  ``programme:`` and ``question:`` kinds, a path on this host (``/intranet/page``) and
  a place on the page (``#top``);
- images: files in ``content/assets/`` of an image type, written ``assets/name.png``.

The check (generator/checks.py) refuses anything else with ``file:line``; the renderer
(generator/render/prose.py) drops it all the same, should it ever get there.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as etree
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePosixPath

import markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from markdown.util import AMP_SUBSTITUTE

from .content_files import ASSETS, IMAGE_TYPES

WEB_SCHEMES = ("http", "https", "mailto", "tel")
REFERENCE_KINDS = ("resource", "page", "programme", "question")

_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")
_C0_AND_SPACE = "".join(chr(code) for code in range(0x21))


@dataclass(frozen=True)
class Address:
    """An address as written in the page, and as the browser reads it."""

    written: str
    read: str

    @classmethod
    def of(cls, written: str) -> Address:
        decoded = html.unescape(written.replace(AMP_SUBSTITUTE, "&"))
        read = decoded.strip(_C0_AND_SPACE).replace("\t", "").replace("\n", "").replace("\r", "")
        return cls(written, read)

    @property
    def scheme(self) -> str | None:
        found = _SCHEME.match(self.read)
        return found.group(1).lower() if found else None

    @property
    def target(self) -> str:
        """What follows ``kind:`` in our own kinds of link."""
        return self.read.partition(":")[2]


def link_problem(address: Address) -> str | None:
    """Why a link may not be shown, or None."""
    scheme = address.scheme
    if scheme in WEB_SCHEMES or scheme in REFERENCE_KINDS:
        return None
    allowed = ", ".join(f"{kind}:" for kind in (*WEB_SCHEMES, *REFERENCE_KINDS))
    if scheme is not None:
        return f"a '{scheme}:' link is not allowed; use {allowed} links"
    if address.read.startswith(("//", "\\\\", "/\\", "\\/")):
        return "an address starting with '//' leaves this site; write it with https://"
    if ":" in re.split(r"[/?#]", address.read, maxsplit=1)[0]:
        return f"this address is not a link a browser can follow; use {allowed} links"
    return None


def image_file(address: Address) -> str | None:
    """The path under content/ of an allowed image (``assets/chart.png``), or None."""
    path = PurePosixPath(address.read)
    if address.scheme is not None or address.read.startswith(("/", "\\")):
        return None
    if "\\" in address.read or ".." in path.parts or "?" in address.read or "#" in address.read:
        return None
    if len(path.parts) < 2 or path.parts[0] != ASSETS or path.suffix.lower() not in IMAGE_TYPES:
        return None
    return str(path)


IMAGE_RULE = (
    "images must be files in content/assets/ (png, jpg, gif, webp or svg), written like"
    " assets/chart.png"
)


Visit = Callable[[etree.Element, etree.Element, Address], None]
"""Called with each link or image of a text: its parent element, itself, its address."""


class _Visitor(Treeprocessor):
    def __init__(self, md: markdown.Markdown) -> None:
        super().__init__(md)
        self.visit: Visit = lambda parent, element, address: None

    def run(self, root: etree.Element) -> None:
        for parent in list(root.iter()):
            for child in list(parent):
                attribute = {"a": "href", "img": "src"}.get(child.tag)
                if attribute and child.get(attribute) is not None:
                    self.visit(parent, child, Address.of(child.get(attribute, "")))


class _VisitorExtension(Extension):
    def __init__(self, holder: list[_Visitor]) -> None:
        super().__init__()
        self.holder = holder

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        visitor = _Visitor(md)
        self.holder.append(visitor)
        # After Markdown has made every link (inline, reference or automatic).
        md.treeprocessors.register(visitor, "sfg_links", 0)


class ProseMarkdown:
    """Markdown as prose fields are rendered: raw HTML escaped, each link and image visited.

    Raw HTML typed into YAML is escaped: content editors write Markdown, not markup.
    """

    def __init__(self) -> None:
        holder: list[_Visitor] = []
        self._markdown = markdown.Markdown(extensions=[_VisitorExtension(holder)])
        self._markdown.preprocessors.deregister("html_block")
        self._markdown.inlinePatterns.deregister("html")
        self._visitor = holder[0]

    def convert(self, text: str, visit: Visit) -> str:
        self._visitor.visit = visit
        self._markdown.reset()
        return self._markdown.convert(text)

    def addresses(self, text: str) -> list[tuple[str, Address]]:
        """Every link (``a``) and image (``img``) address in ``text``, in order."""
        if not any(mark in text for mark in ("](", "]:", "][", "<")):
            return []  # no Markdown link or image can be written without one of these
        found: list[tuple[str, Address]] = []
        self.convert(text, lambda parent, element, address: found.append((element.tag, address)))
        return found
