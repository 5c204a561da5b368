"""Markdown prose from YAML to HTML, with references resolved to links or plain text.

Only the links and images that generator/prose_links.py allows reach a page: the check
refuses the others with ``file:line``, and should one get here all the same, a link keeps
its words and loses its address, and an image goes.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree

from markupsafe import Markup

from ..layout import relative
from ..prose_links import REFERENCE_KINDS, Address, ProseMarkdown, image_file, link_problem
from .links import SiteMap


def _unwrap(parent: etree.Element, element: etree.Element) -> None:
    """Replace ``element`` by its content (words and any emphasis) inside ``parent``."""
    index = list(parent).index(element)
    before = parent[index - 1] if index else None

    def append_words(after: etree.Element | None, words: str) -> None:
        if after is None:
            parent.text = (parent.text or "") + words
        else:
            after.tail = (after.tail or "") + words

    append_words(before, element.text or "")
    children = list(element)
    for offset, child in enumerate(children):
        parent.insert(index + offset, child)
    append_words(children[-1] if children else before, element.tail or "")
    parent.remove(element)


class ProseRenderer:
    """Turns a prose field into safe HTML for one page at a time."""

    def __init__(self, site_map: SiteMap) -> None:
        self.site_map = site_map
        self._markdown = ProseMarkdown()
        self._page = "index.md"

    def _resolve(self, parent: etree.Element, element: etree.Element, address: Address) -> None:
        if element.tag == "img":
            image = image_file(address)
            if image is None:
                _unwrap(parent, element)
            else:
                element.set("src", relative(image, self._page, html=False))
            return
        if link_problem(address):
            _unwrap(parent, element)
        elif address.scheme in REFERENCE_KINDS:
            resolved = self.site_map.href(str(address.scheme), address.target, self._page)
            if resolved is None:
                _unwrap(parent, element)  # a resource without an address: its words only
            else:
                element.set("href", resolved)
        else:
            element.set("href", address.read)

    def block(self, text: str | None, page: str) -> Markup:
        """Paragraphs, lists and links."""
        if not text:
            return Markup("")
        self._page = page
        return Markup(self._markdown.convert(text, self._resolve))

    def inline(self, text: str | None, page: str) -> Markup:
        """A single paragraph without its ``<p>`` wrapper, for use inside other elements."""
        html = str(self.block(text, page))
        if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
            html = html[3:-4]
        return Markup(html)
