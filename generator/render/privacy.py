"""What the privacy features need from the generator: their settings in the form's
configuration, and on every page the markup of "Forget me on this computer" with its own small
configuration (the naming rules from generator/naming.py, to list what is kept before
forgetting it, and its words)."""

from __future__ import annotations

import json
from typing import Any

from markupsafe import Markup

from ..models.privacy import FORGET_WORDS, Privacy
from ..models.site import Site
from ..naming import script_names


def privacy_settings(privacy: Privacy) -> dict[str, Any]:
    """The settings of content/site.yml ``privacy:`` the form's scripts use."""
    return {
        "keep": privacy.keep_answers,
        "idleMinutes": privacy.idle_lock_minutes,
        "minLength": privacy.passphrase_min_length,
        "reminderEdits": privacy.download_reminder_edits,
    }


def forget_config(site: Site) -> dict[str, Any]:
    """The configuration of "Forget me on this computer": pages without a form have no form
    configuration, so it carries its own, on its root element: the naming rules of the forms'
    records and of colleagues' answers (it lists what is kept before asking), and its words."""
    from .config import FORMS  # here: that module imports this one

    words = site.interface
    return {
        "names": script_names(site.storage_namespace, list(FORMS)),
        "forms": list(FORMS),
        "text": {word: getattr(words, word) for word in FORGET_WORDS},
    }


def forget_markup(site: Site) -> Markup:
    """The footer's "Forget me on this computer" (theme/components/privacy/_privacy.j2)."""
    from .renderer import environment  # here: the renderer's module needs this one's

    config = json.dumps(forget_config(site), ensure_ascii=False)
    template = environment().get_template("_privacy.j2")
    forget = getattr(template.make_module({"ui": site.interface}), "forget")  # noqa: B009
    return Markup(str(forget(config)).strip())  # escaped by the template
