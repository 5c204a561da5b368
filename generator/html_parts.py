"""Find one element of a built page by parsing it (Python's HTML parser, not patterns)."""

from __future__ import annotations

from html.parser import HTMLParser

_VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "source",
        "track",
        "wbr",
    ]
)


class _ElementFinder(HTMLParser):
    """Records where the first ``tag`` element's content starts and ends in the source."""

    def __init__(self, tag: str) -> None:
        super().__init__(convert_charrefs=False)
        self.tag = tag
        self.depth = 0
        self.start: tuple[int, int] | None = None
        self.end: tuple[int, int] | None = None
        self.images: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.start is not None and self.end is None and tag == "img":
            self.images += [value for name, value in attrs if name == "src" and value]
        if self.end is not None or tag in _VOID:
            return
        if self.start is None:
            if tag == self.tag:
                line, column = self.getpos()
                text = self.get_starttag_text() or ""
                self.start = (line, column + len(text))
                self.depth = 1
            return
        if tag == self.tag:
            self.depth += 1

    def handle_endtag(self, tag: str) -> None:
        if self.start is None or self.end is not None or tag != self.tag:
            return
        self.depth -= 1
        if self.depth == 0:
            self.end = self.getpos()


def element_content(html: str, tag: str) -> tuple[str, list[str]]:
    """The source between the first ``<tag …>`` and its matching ``</tag>``, and the
    addresses of the images in it.

    Raises ValueError when the page has no such element.
    """
    finder = _ElementFinder(tag)
    finder.feed(html)
    finder.close()
    if finder.start is None or finder.end is None:
        raise ValueError(f"the page has no <{tag}> element")
    offsets = [0]
    for line in html.splitlines(keepends=True):
        offsets.append(offsets[-1] + len(line))

    def offset(position: tuple[int, int]) -> int:
        return offsets[position[0] - 1] + position[1]

    return html[offset(finder.start) : offset(finder.end)], finder.images
