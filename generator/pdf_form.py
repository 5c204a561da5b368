"""The fillable PDF forms' radio buttons: one field a question, and a picture for each
option, chosen or not (WeasyPrint draws neither as a reader expects).

Part of the finisher (generator/pdf_finish.py): it works on pydyf's objects before WeasyPrint
writes the file, so a form with radio buttons is written once, like any other PDF.
"""

from __future__ import annotations

from typing import Any

RADIO = 1 << 15
"""PDF button field flag: the field is a group of radio buttons."""


def resolved(pdf: Any, value: Any) -> Any:
    """The object a reference (``b"12 0 R"``) names, or the value itself."""
    if isinstance(value, bytes) and value.endswith(b" R"):
        return pdf.objects[int(value.split()[0])]
    return value


def tidy_radio_groups(pdf: Any) -> None:
    """One field per question: radio buttons become options of their group, not fields; and
    each option is drawn as an empty ring when not chosen, a ring with a dot when chosen.

    WeasyPrint lists each radio button as a field of its own, with the group's name and
    tooltip: here each option is left as a widget of its group only. It draws only the chosen
    state (a filled disc), and nothing for "not chosen": a printed blank form had no mark
    beside its options at all.
    """
    import pydyf

    form = pdf.catalog.get("AcroForm")
    if form is None:
        return
    fields = pydyf.Array()
    for reference in form["Fields"]:
        field = resolved(pdf, reference)
        if "Parent" in field:
            for key in ("T", "TU"):
                field.pop(key, None)
            if int(resolved(pdf, field["Parent"]).get("Ff", 0)) & RADIO:
                _draw_radio(pdf, field)
            continue
        fields.append(reference)
    form["Fields"] = fields


def _draw_radio(pdf: Any, widget: Any) -> None:
    """The widget's pictures: "Off" an empty ring, its "on" state the ring with a dot (black
    on white, as print.css draws a browser's)."""
    import pydyf

    x1, y1, x2, y2 = (float(n) for n in widget["Rect"])
    left, right = sorted((x1, x2))
    bottom, top = sorted((y1, y2))
    widget["Rect"] = pydyf.Array((left, bottom, right, top))
    width, height = right - left, top - bottom
    line = 0.9
    centre_x, centre_y = width / 2, height / 2
    ring = min(width, height) / 2 - line / 2
    empty = f"q 1 g 0 G {line} w {_circle(centre_x, centre_y, ring)} b Q"
    dot = f"q 0 g {_circle(centre_x, centre_y, ring * 0.5)} f Q"

    def picture(content: str, stream: Any = None) -> bytes:
        """``stream`` (WeasyPrint's picture, drawn again) or a new one, holding ``content``."""
        if stream is None:
            stream = pydyf.Stream()
            pdf.add_object(stream)
        stream.stream = [content.encode("ascii")]
        stream.extra = {
            "Type": "/XObject",
            "Subtype": "/Form",
            "BBox": pydyf.Array((0, 0, width, height)),
            "Resources": pydyf.Dictionary(),
        }
        return bytes(stream.reference)

    normal = widget["AP"]["N"]
    pictures = pydyf.Dictionary(
        {
            state: picture(f"{empty}\n{dot}", resolved(pdf, chosen))
            for state, chosen in normal.items()
        }
    )
    pictures["Off"] = picture(empty)
    widget["AP"] = pydyf.Dictionary({"N": pictures})
    # What a PDF reader draws if it makes the pictures again: a black ring on white, a dot.
    widget["MK"] = pydyf.Dictionary({"BC": pydyf.Array([0]), "BG": pydyf.Array([1])})


def _circle(x: float, y: float, radius: float) -> str:
    """A circle as four Bezier curves (PDF path operators)."""
    k = radius * 0.5523
    return (
        f"{x + radius:.3f} {y:.3f} m "
        f"{x + radius:.3f} {y + k:.3f} {x + k:.3f} {y + radius:.3f} {x:.3f} {y + radius:.3f} c "
        f"{x - k:.3f} {y + radius:.3f} {x - radius:.3f} {y + k:.3f} {x - radius:.3f} {y:.3f} c "
        f"{x - radius:.3f} {y - k:.3f} {x - k:.3f} {y - radius:.3f} {x:.3f} {y - radius:.3f} c "
        f"{x + k:.3f} {y - radius:.3f} {x + radius:.3f} {y - k:.3f} {x + radius:.3f} {y:.3f} c h"
    )
