"""Whether an SVG image may be published: an allow-list of static drawing.

An SVG file in content/assets/ is published as it is, and a reader who opens it sees a
document of the site's own origin: script in it could read every answer, and a reference to
another server would tell it who looks. A deny-list misses things (an ``<animate>`` that turns
a link into ``javascript:``, ``fill="url(http://…)"``, a CSS escape such as ``u\\72l(``, an
XHTML element inside the image), so only what is listed here passes:

- elements: the SVG elements of static drawing (no script, animation, links, styles, embedded
  images or foreign content), in the SVG namespace only; inside ``<metadata>``, RDF, Dublin
  Core and Creative Commons descriptions (what editors write there; browsers do nothing with
  them) and nothing else;
- attributes: presentation and geometry attributes, ``id``, ``class``, ``style``, ``viewBox``
  and a few more; ``href`` and ``xlink:href`` only as ``#id``;
- values (of every attribute, ``style`` included): no backslash (no CSS escapes), functions
  only from a short list, ``url()`` only as ``url(#id)``; a ``style`` sets only properties that
  are allowed as attributes;
- no DOCTYPE or entities, no processing instructions (``<?xml-stylesheet?>`` loads a
  stylesheet).

The parse is expat's own, with namespaces, so the check sees the names and values a browser
sees (character references decoded), and each problem has its line. It reads the image as
text decoded the way a browser decodes it (generator/svg_text.py), and an image that would
draw too much once its copies are drawn is refused (generator/svg_copies.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from xml.parsers import expat

from .files import FileProblem, read_head
from .svg_copies import CopiesProblem, Drawing
from .svg_text import SvgUnreadable, svg_text

MAX_BYTES = 1_000_000

SVG = "http://www.w3.org/2000/svg"
XLINK = "http://www.w3.org/1999/xlink"
XML = "http://www.w3.org/XML/1998/namespace"
METADATA_NAMESPACES = frozenset(
    {
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
        "http://purl.org/dc/elements/1.1/",
        "http://purl.org/dc/terms/",
        "http://purl.org/dc/dcmitype/",
        "http://creativecommons.org/ns#",
        "http://web.resource.org/cc/",
    }
)
"""Namespaces of descriptions allowed inside ``<metadata>``: browsers do nothing with them."""

ELEMENTS = frozenset(
    {
        "svg", "g", "defs", "title", "desc", "metadata", "symbol", "use",
        "path", "rect", "circle", "ellipse", "line", "polyline", "polygon",
        "text", "tspan",
        "linearGradient", "radialGradient", "stop", "pattern", "clipPath", "mask", "marker",
    }
)  # fmt: skip

PRESENTATION = frozenset(
    {
        "alignment-baseline", "baseline-shift", "clip", "clip-path", "clip-rule", "color",
        "color-interpolation", "color-rendering", "direction", "display", "dominant-baseline",
        "fill", "fill-opacity", "fill-rule", "font", "font-family", "font-size",
        "font-size-adjust", "font-stretch", "font-style", "font-variant", "font-weight",
        "image-rendering", "isolation", "letter-spacing", "marker", "marker-end", "marker-mid",
        "marker-start", "mask", "mix-blend-mode", "opacity", "overflow", "paint-order",
        "shape-rendering", "stop-color", "stop-opacity", "stroke", "stroke-dasharray",
        "stroke-dashoffset", "stroke-linecap", "stroke-linejoin", "stroke-miterlimit",
        "stroke-opacity", "stroke-width", "text-anchor", "text-decoration", "text-rendering",
        "transform", "transform-box", "transform-origin", "unicode-bidi", "vector-effect",
        "visibility", "word-spacing", "writing-mode", "filter",
    }
)  # fmt: skip
"""Presentation attributes, which are also the properties a ``style`` may set."""

GEOMETRY = frozenset(
    {
        "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "fx", "fy", "fr",
        "dx", "dy", "d", "points", "width", "height", "viewBox", "preserveAspectRatio",
        "pathLength", "rotate", "textLength", "lengthAdjust", "offset",
        "gradientUnits", "gradientTransform", "spreadMethod",
        "patternUnits", "patternContentUnits", "patternTransform",
        "clipPathUnits", "maskUnits", "maskContentUnits",
        "markerUnits", "markerWidth", "markerHeight", "refX", "refY", "orient",
    }
)  # fmt: skip

OTHER_ATTRIBUTES = frozenset(
    {
        "id", "class", "style", "version", "baseProfile", "lang", "role",
        "aria-label", "aria-labelledby", "aria-describedby", "aria-hidden",
    }
)  # fmt: skip

ATTRIBUTES = PRESENTATION | GEOMETRY | OTHER_ATTRIBUTES
XML_ATTRIBUTES = frozenset({"space", "lang"})
"""``xml:space`` and ``xml:lang``; never ``xml:base``, which moves every address."""

FUNCTIONS = frozenset(
    {
        "url", "rgb", "rgba", "hsl", "hsla", "hwb", "lab", "lch", "oklab", "oklch",
        "calc", "min", "max", "clamp",
        "matrix", "translate", "translatex", "translatey", "scale", "scalex", "scaley",
        "rotate", "skewx", "skewy",
    }
)  # fmt: skip
"""Functions a value may use (compared in lower case, as CSS does)."""

ELEMENT_RULE = (
    "element not allowed in an SVG image, which may hold only these SVG elements: "
    + ", ".join(sorted(ELEMENTS, key=str.lower))
    + " (and RDF, Dublin Core or Creative Commons descriptions in <metadata>); save it as"
    " plain SVG"
)
ATTRIBUTE_RULE = (
    "attribute not allowed in an SVG image, which may have only presentation and geometry"
    " attributes (fill, stroke, opacity, transform, x, y, width, height, d, points and the"
    " like), id, class, style, viewBox, version, xml:space, xml:lang, and href or xlink:href to"
    " an #id in the image; save it as plain SVG"
)
HREF_RULE = "may only name a part of the image, like #shape"
URL_RULE = "url() may only name a part of the image, like url(#gradient)"
BACKSLASH_RULE = "a backslash (a CSS escape) is not allowed in an SVG image's attributes"
STYLE_RULE = (
    "is not allowed in an SVG image's style, which may set only the properties allowed as"
    " attributes (fill, stroke, opacity and the like)"
)
FUNCTION_RULE = (
    "is not allowed in an SVG image: values may use only url(#id), colours (rgb(), hsl() and"
    " the like), calc(), min(), max(), clamp() and transforms (translate(), rotate() and the"
    " like)"
)
DOCTYPE_RULE = "SVG image with a DOCTYPE or entities: save it as plain SVG"

_FRAGMENT = re.compile(r"#[^\W\d][\w.-]*")
_FUNCTION = re.compile(r"([\w-]*)\s*\(")
_URL = re.compile(r"url\s*\(", re.I)
_LOCAL_URL = re.compile(r"""url\(\s*(['"]?)#[^\W\d][\w.-]*\1\s*\)""", re.I)


@dataclass(frozen=True)
class SvgProblem:
    """Why an SVG image may not be published, and on which line (None: the whole file)."""

    line: int | None
    message: str


class _Refused(Exception):
    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem


def svg_problem(path: Path) -> SvgProblem | None:
    """Why the SVG image at ``path`` may not be published, or None."""
    try:
        data = read_head(path, MAX_BYTES + 1)
    except FileProblem as problem:
        return SvgProblem(None, problem.message)
    if len(data) > MAX_BYTES:
        return SvgProblem(None, f"SVG image bigger than {MAX_BYTES // 1_000_000} MB")
    try:
        text = svg_text(data)
    except SvgUnreadable as unreadable:
        return SvgProblem(unreadable.line, unreadable.message)
    return _Check().run(text)


class _Check:
    def __init__(self) -> None:
        self.parser = expat.ParserCreate(namespace_separator=" ")
        self.in_metadata: list[bool] = []
        """For each open element, whether it is <metadata> or inside it: kept a level at a
        time, never worked out again from the open elements (10^5 nested groups made that
        10^10 steps)."""
        self.drawing = Drawing(_attribute)
        """The image's SVG elements (not the descriptions in <metadata>), to count copies."""
        self.parser.StartElementHandler = self.start
        self.parser.EndElementHandler = self.end
        self.parser.StartDoctypeDeclHandler = self.doctype
        self.parser.EntityDeclHandler = self.doctype
        self.parser.ProcessingInstructionHandler = self.instruction

    def run(self, text: str) -> SvgProblem | None:
        try:
            self.parser.Parse(text, True)
            self.drawing.check()
        except _Refused as refused:
            return SvgProblem(self.parser.CurrentLineNumber, refused.problem)
        except expat.ExpatError as error:
            message = (
                f"not a readable SVG image: {expat.ErrorString(error.code)} (column"
                f" {error.offset + 1}); save it again as plain SVG"
            )
            return SvgProblem(error.lineno, message)
        except CopiesProblem as problem:
            return SvgProblem(problem.line, problem.message)
        return None

    def start(self, name: str, attributes: dict[str, str]) -> None:
        namespace, _, local = name.rpartition(" ")
        in_metadata = bool(self.in_metadata) and self.in_metadata[-1]
        self.in_metadata.append(in_metadata or _in_svg(name, "metadata"))
        if in_metadata:
            if namespace not in METADATA_NAMESPACES:
                raise _Refused(f"{_shown(namespace, local)}: {ELEMENT_RULE}")
            for attribute in attributes:
                if attribute.rpartition(" ")[0] not in (*METADATA_NAMESPACES, ""):
                    raise _Refused(f"<{local} {_attribute(attribute)}>: {ATTRIBUTE_RULE}")
            return
        if namespace != SVG or local not in ELEMENTS:
            raise _Refused(f"{_shown(namespace, local)}: {ELEMENT_RULE}")
        for attribute, value in attributes.items():
            problem = _attribute_problem(attribute, value)
            if problem:
                raise _Refused(f"<{local} {_attribute(attribute)}>: {problem}")
        self.drawing.start(local, self.parser.CurrentLineNumber, attributes)

    def end(self, name: str) -> None:
        self.in_metadata.pop()
        if not (self.in_metadata and self.in_metadata[-1]):  # a part of the drawing ends
            self.drawing.end()

    def doctype(self, *_: object) -> None:
        raise _Refused(DOCTYPE_RULE)

    def instruction(self, target: str, data: str) -> None:
        raise _Refused(
            f"<?{target}?>: processing instructions are not allowed in an SVG image: save it as"
            " plain SVG"
        )


def _attribute_problem(attribute: str, value: str) -> str | None:
    namespace, _, local = attribute.rpartition(" ")
    if (namespace, local) in {("", "href"), (XLINK, "href")}:
        if _FRAGMENT.fullmatch(value.strip()):
            return None
        return f"{HREF_RULE} (found {_quoted(value)})"
    if not (
        (namespace == "" and local in ATTRIBUTES) or (namespace == XML and local in XML_ATTRIBUTES)
    ):
        return ATTRIBUTE_RULE
    if local == "style":
        return _style_problem(value)
    return _value_problem(value)


def _style_problem(style: str) -> str | None:
    if "\\" in style:
        return BACKSLASH_RULE
    for declaration in style.split(";"):
        if not declaration.strip():
            continue
        name, colon, value = declaration.partition(":")
        prop = name.strip().lower()
        if not colon or prop not in PRESENTATION:
            return f"property {_quoted(prop or declaration.strip())} {STYLE_RULE}"
        problem = _value_problem(value)
        if problem:
            return problem
    return None


def _value_problem(value: str) -> str | None:
    """What is wrong with a value that CSS may read (any attribute's, or a property's)."""
    if "\\" in value:
        return BACKSLASH_RULE
    for function in _FUNCTION.finditer(value):
        if function.group(1) and function.group(1).lower() not in FUNCTIONS:
            return f"{function.group(1)}() {FUNCTION_RULE}"
    for url in _URL.finditer(value):
        if not _LOCAL_URL.match(value, url.start()):
            return f"{URL_RULE} (found {_quoted(value)})"
    return None


def _in_svg(name: str, local: str) -> bool:
    return name == f"{SVG} {local}"


def _shown(namespace: str, local: str) -> str:
    if namespace == SVG:
        return f"<{local}>"
    if not namespace:
        return f"<{local}> (no namespace)"
    return f'<{local} xmlns="{namespace}">'


def _attribute(attribute: str) -> str:
    """An attribute's name as an author writes it: ``href``, ``xlink:href``, ``xml:base``."""
    namespace, _, local = attribute.rpartition(" ")
    prefix = {"": "", XLINK: "xlink:", XML: "xml:"}.get(namespace)
    if prefix is None:
        prefix = f"{namespace.rstrip('/#').rpartition('/')[2]}:"
    return f"{prefix}{local}"


def _quoted(value: str) -> str:
    shown = value if len(value) <= 60 else value[:59] + "…"
    return repr(shown)
