"""How much an SVG image draws, each copy counted: a ``<use>`` draws again what it names, and
so does ``url(#id)`` (or a pattern's ``href``) naming a pattern, marker, mask or clip path.

An image of 1.6 KB with eight levels of ten ``<use>`` each draws one path 10^8 times: the PDF
worker ran until it was killed, and the page showing it never loaded. So what an image draws
is counted, every copy whole, and an image that draws more than :data:`MAX_DRAWN` elements
is refused; so is a reference that leads back to the part holding it (a ``<use>`` of its own
group), which browsers draw as nothing and other programs may follow for ever.

The count walks the image's parts and references with a stack of its own, never recursion,
and stops at the first part past the limit: a bomb costs no more than an image at the limit.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

MAX_DRAWN = 100_000
"""Elements an image may draw, copies included; a detailed logo draws a few thousand."""

DRAWN_RULE = (
    f"draws more than {MAX_DRAWN:,} elements, counting each copy that a <use> draws (or a"
    " url(#…) naming a pattern, marker, mask or clip path): an SVG image may draw at most"
    f" {MAX_DRAWN:,}; unlink the clones in your editor, or simplify the image"
)
CYCLE_RULE = (
    "names a part of the image that holds it, or leads back to it: browsers draw nothing there"
    " and some programs never stop; name another part"
)
DRAWN_AGAIN = frozenset({"pattern", "marker", "mask", "clipPath"})
"""What a reference draws again, whatever names it; a gradient draws no elements."""
_LOCAL_URL = re.compile(r"""url\(\s*['"]?#([^'")\s]+)""", re.I)


@dataclass(frozen=True)
class Reference:
    """One part of the image named by another: ``<use href="#a">``, ``fill="url(#a)"``."""

    attribute: str
    """As the author wrote it: ``href``, ``xlink:href``, ``fill``…"""
    value: str
    target: str
    """The id named."""


@dataclass(slots=True)
class _Part:
    tag: str
    line: int
    children: list[int]
    references: list[Reference]


Step = tuple[Reference | None, int, bool]
"""A part that another holds (no reference) or names, and whether what it draws is drawn
again there."""


@dataclass(slots=True)
class _Visit:
    """A part being counted: the parts it holds and names, how many of them are counted, and
    the reference that led to it."""

    index: int
    following: list[Step]
    done: int
    reached_by: Reference | None


class CopiesProblem(Exception):
    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


class Drawing:
    """The parts of an image as they are parsed, then counted with :meth:`check`.

    ``shown`` turns an attribute's name as expat gives it into the name its author wrote
    (``xlink:href``), for messages.
    """

    def __init__(self, shown: Callable[[str], str]) -> None:
        self.shown = shown
        self.parts: list[_Part] = []
        self.ids: dict[str, int] = {}
        self.open: list[int] = []

    def start(self, tag: str, line: int, attributes: dict[str, str]) -> None:
        """An SVG element, its attributes as expat gives them."""
        index = len(self.parts)
        references = []
        for attribute, value in attributes.items():
            if attribute == "id":
                self.ids.setdefault(value, index)  # browsers take the first of an id
            elif "#" not in value:
                continue
            elif attribute.endswith("href") and value.strip().startswith("#"):
                name = self.shown(attribute)
                references.append(Reference(name, value, value.strip()[1:]))
            else:
                for target in _LOCAL_URL.findall(value):
                    references.append(Reference(self.shown(attribute), value, target))
        if self.open:
            self.parts[self.open[-1]].children.append(index)
        self.parts.append(_Part(tag, line, [], references))
        self.open.append(index)

    def end(self) -> None:
        self.open.pop()

    def check(self) -> None:
        """Raise :class:`CopiesProblem` for a part past the limit or a reference that leads
        back to its own part."""
        drawn: list[int | None] = [None] * len(self.parts)
        """What each part draws, once counted; None while it is being counted (on the
        stack) or before."""
        started = [False] * len(self.parts)
        for root in range(len(self.parts)):
            if started[root]:
                continue
            started[root] = True
            stack = [_Visit(root, self._next(root), 0, None)]
            while stack:
                visit = stack[-1]
                following = visit.following
                while visit.done < len(following):
                    reference, target, _ = following[visit.done]
                    if not started[target]:
                        started[target] = True
                        stack.append(_Visit(target, self._next(target), 0, reference))
                        break
                    if drawn[target] is None:
                        raise self._cycle(stack, target, reference)
                    visit.done += 1
                else:
                    stack.pop()
                    total = 1 + sum(drawn[target] or 0 for _, target, again in following if again)
                    if total > MAX_DRAWN:
                        part = self.parts[visit.index]
                        raise CopiesProblem(part.line, f"<{part.tag}>: {DRAWN_RULE}")
                    drawn[visit.index] = total

    def _cycle(self, stack: list[_Visit], target: int, closing: Reference | None) -> CopiesProblem:
        """The reference that closes a loop back to ``target``: the last one on the way."""
        on_the_way = [visit.index for visit in stack]
        start = on_the_way.index(target)
        steps = [(stack[at - 1].index, stack[at].reached_by) for at in range(start + 1, len(stack))]
        steps.append((stack[-1].index, closing))
        holder, reference = next(each for each in reversed(steps) if each[1] is not None)
        assert reference is not None
        shown = f"<{self.parts[holder].tag} {reference.attribute}>"
        return CopiesProblem(
            self.parts[holder].line, f"{shown}: {reference.value.strip()!r} {CYCLE_RULE}"
        )

    def _next(self, index: int) -> list[Step]:
        """The parts that ``index`` holds and names."""
        part = self.parts[index]
        following: list[Step] = [(None, child, True) for child in part.children]
        for reference in part.references:
            target = self.ids.get(reference.target)
            if target is not None:
                counted = part.tag == "use" or self.parts[target].tag in DRAWN_AGAIN
                following.append((reference, target, counted))
        return following
