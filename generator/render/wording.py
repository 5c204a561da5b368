"""Notes after words the organisation wrote itself (``organisation_wording`` in the content):
"(Written by Example NHS Trust)", small, as real text right after the words it is about."""

from __future__ import annotations

from typing import Any

from markupsafe import Markup, escape


class WordingNotes:
    """Makes the note for one organisation's interface word ``written_by``."""

    def __init__(self, written_by: str, organisation: str) -> None:
        words = escape(written_by.replace("{organisation}", organisation))
        self._note = Markup(' <small class="sfg-wording">({})</small>').format(words)

    def note(self, item: Any, setting: str) -> Markup:
        """The note if ``setting`` of ``item`` is the organisation's own wording, else nothing."""
        return self._note if setting in getattr(item, "organisation_wording", ()) else Markup("")

    @staticmethod
    def ending(html: Markup | str, note: Markup) -> Markup:
        """``html`` (rendered prose) with ``note`` at the end of its last paragraph, or in a
        paragraph of its own after a list."""
        html = Markup(html)
        if not note:
            return html
        if html.endswith("</p>"):
            return Markup(str(html).removesuffix("</p>")) + note + Markup("</p>")
        return html + Markup("\n<p>") + Markup(str(note).lstrip()) + Markup("</p>")
