"""Read built HTML without a browser: visible text, and the text of chosen elements."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

_SKIPPED = {"script", "style", "svg", "template"}


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self.skipping += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED and self.skipping:
            self.skipping -= 1

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def page_text(path: Path) -> str:
    """All text of a built page, whitespace collapsed to single spaces."""
    collector = _TextCollector()
    collector.feed(path.read_text(encoding="utf-8"))
    return re.sub(r"\s+", " ", "".join(collector.parts))


def article_text(path: Path) -> str:
    """Text of the page's main article only (no navigation, no footer)."""
    html = path.read_text(encoding="utf-8")
    start = html.index('<article class="md-content__inner')
    end = html.index("</article>", start)
    collector = _TextCollector()
    collector.feed(html[start:end])
    return re.sub(r"\s+", " ", "".join(collector.parts))


class _ElementTexts(HTMLParser):
    """Text inside every element that has a given attribute, keyed by the attribute's value."""

    def __init__(self, attribute: str) -> None:
        super().__init__(convert_charrefs=True)
        self.attribute = attribute
        self.stack: list[tuple[str, str | None]] = []
        self.texts: dict[str, list[str]] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"input", "br", "img", "meta", "link"}:
            return
        self.stack.append((tag, dict(attrs).get(self.attribute)))

    def handle_endtag(self, tag: str) -> None:
        while self.stack:
            opened, _ = self.stack.pop()
            if opened == tag:
                break

    def handle_data(self, data: str) -> None:
        for _, key in self.stack:
            if key is not None:
                self.texts.setdefault(key, []).append(data)


def texts_by_attribute(path: Path, attribute: str) -> dict[str, str]:
    parser = _ElementTexts(attribute)
    parser.feed(path.read_text(encoding="utf-8"))
    return {key: re.sub(r"\s+", " ", "".join(parts)).strip() for key, parts in parser.texts.items()}


class _Ids(HTMLParser):
    """Every id attribute of a page, outside <template> elements (inert until copied)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: list[str] = []
        self.in_template = 0
        self.attributes: dict[str, dict[str, str | None]] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "template":
            self.in_template += 1
        if self.in_template:
            return
        found = dict(attrs)
        if found.get("id"):
            self.ids.append(str(found["id"]))
            self.attributes.setdefault(str(found["id"]), found)

    def handle_endtag(self, tag: str) -> None:
        if tag == "template" and self.in_template:
            self.in_template -= 1


def element_ids(html: str) -> tuple[list[str], dict[str, dict[str, str | None]]]:
    """The page's ids in order (repeats included), and the attributes of each id's element."""
    parser = _Ids()
    parser.feed(html)
    return parser.ids, parser.attributes


def duplicate_ids(html: str) -> list[str]:
    ids, _ = element_ids(html)
    return sorted({each for each in ids if ids.count(each) > 1})
