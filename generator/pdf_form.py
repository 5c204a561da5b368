"""The fillable PDF forms' radio buttons: one field a question, and a picture for each
option, chosen or not (WeasyPrint draws neither as a reader expects).

Plain pypdf, loaded only when a form has radio buttons (generator/pdf.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

RADIO = 1 << 15
"""PDF button field flag: the field is a group of radio buttons."""


def tidy_form(path: Path) -> None:
    """One field per question: radio buttons become options of their group, not fields; and
    each option is drawn as an empty ring when not chosen, a ring with a dot when chosen.

    WeasyPrint lists each radio button as a field of its own, with the group's name and
    tooltip: here each option is left as a widget of its group only. It draws only the chosen
    state (a filled disc), and nothing for "not chosen": a printed blank form had no mark
    beside its options at all.
    """
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject

    reader = PdfReader(path)
    writer = PdfWriter(clone_from=reader)
    form = cast(DictionaryObject, writer.root_object["/AcroForm"])
    fields = ArrayObject()
    for reference in cast(ArrayObject, form["/Fields"]):
        field_object = cast(DictionaryObject, reference.get_object())
        if "/Parent" in field_object:
            for key in ("/T", "/TU"):
                field_object.pop(key, None)
            parent = cast(DictionaryObject, field_object["/Parent"].get_object())
            if int(cast(Any, parent.get("/Ff", 0))) & RADIO:
                _draw_radio(writer, field_object)
            continue
        fields.append(reference)
    form[NameObject("/Fields")] = fields
    # pypdf writes the version it was given (1.3 unless told): the one WeasyPrint wrote stays.
    writer.pdf_header = reader.pdf_header
    with path.open("wb") as output:
        writer.write(output)


def _draw_radio(writer: Any, widget: Any) -> None:
    """The widget's pictures: "Off" an empty ring, its "on" state the ring with a dot (black
    on white, as print.css draws a browser's)."""
    from pypdf.generic import (
        ArrayObject,
        DecodedStreamObject,
        DictionaryObject,
        FloatObject,
        NameObject,
    )

    left, bottom, right, top = (float(n) for n in widget["/Rect"])
    left, right = sorted((left, right))
    bottom, top = sorted((bottom, top))
    widget[NameObject("/Rect")] = ArrayObject(FloatObject(n) for n in (left, bottom, right, top))
    width, height = right - left, top - bottom
    line = 0.9
    centre_x, centre_y = width / 2, height / 2
    ring = min(width, height) / 2 - line / 2
    empty = f"q 1 g 0 G {line} w {_circle(centre_x, centre_y, ring)} b Q"
    dot = f"q 0 g {_circle(centre_x, centre_y, ring * 0.5)} f Q"

    def picture(content: str) -> Any:
        stream = DecodedStreamObject()
        stream.set_data(content.encode("ascii"))
        stream.update(
            {
                NameObject("/Type"): NameObject("/XObject"),
                NameObject("/Subtype"): NameObject("/Form"),
                NameObject("/BBox"): ArrayObject(FloatObject(n) for n in (0, 0, width, height)),
                NameObject("/Resources"): DictionaryObject(),
            }
        )
        return writer._add_object(stream)

    normal = cast(DictionaryObject, widget["/AP"]["/N"])
    states = [name for name in normal if name != "/Off"]
    pictures = DictionaryObject({NameObject(name): picture(f"{empty}\n{dot}") for name in states})
    pictures[NameObject("/Off")] = picture(empty)
    widget[NameObject("/AP")] = DictionaryObject({NameObject("/N"): pictures})
    # What a PDF reader draws if it makes the pictures again: a black ring on white, a dot.
    widget[NameObject("/MK")] = DictionaryObject(
        {
            NameObject("/BC"): ArrayObject([FloatObject(0)]),
            NameObject("/BG"): ArrayObject([FloatObject(1)]),
        }
    )


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
