"""Markdown prose from YAML to HTML, with references resolved to links or plain text."""

from __future__ import annotations

import xml.etree.ElementTree as etree

import markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from markupsafe import Markup

from .links import SiteMap

REFERENCE_KINDS = ("resource:", "page:", "programme:", "question:")


class _References(Treeprocessor):
    def __init__(self, md: markdown.Markdown, site_map: SiteMap) -> None:
        super().__init__(md)
        self.site_map = site_map
        self.page = "index.md"

    def run(self, root: etree.Element) -> None:
        for parent in list(root.iter()):
            for link in [child for child in parent if child.tag == "a"]:
                href = link.get("href", "")
                if not href.startswith(REFERENCE_KINDS):
                    continue
                kind, _, target = href.partition(":")
                resolved = self.site_map.href(kind, target, self.page)
                if resolved is None:
                    _unwrap(parent, link)  # a resource without an address: its words only
                else:
                    link.set("href", resolved)


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


class _ReferenceExtension(Extension):
    def __init__(self, processor_holder: list[_References], site_map: SiteMap) -> None:
        super().__init__()
        self.holder = processor_holder
        self.site_map = site_map

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        processor = _References(md, self.site_map)
        self.holder.append(processor)
        md.treeprocessors.register(processor, "sfg_references", 0)


class ProseRenderer:
    """Turns a prose field into safe HTML for one page at a time.

    Raw HTML typed into YAML is escaped: content editors write Markdown, not markup.
    """

    def __init__(self, site_map: SiteMap) -> None:
        holder: list[_References] = []
        self._markdown = markdown.Markdown(extensions=[_ReferenceExtension(holder, site_map)])
        self._markdown.preprocessors.deregister("html_block")
        self._markdown.inlinePatterns.deregister("html")
        self._references = holder[0]

    def block(self, text: str | None, page: str) -> Markup:
        """Paragraphs, lists and links."""
        if not text:
            return Markup("")
        self._references.page = page
        self._markdown.reset()
        return Markup(self._markdown.convert(text))

    def inline(self, text: str | None, page: str) -> Markup:
        """A single paragraph without its ``<p>`` wrapper, for use inside other elements."""
        html = str(self.block(text, page))
        if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
            html = html[3:-4]
        return Markup(html)
