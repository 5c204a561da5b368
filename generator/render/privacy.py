"""What the privacy features need from the generator: their settings in the form's
configuration, and on every page the markup of "Forget me on this computer" with its own small
configuration (the naming rules from generator/naming.py, to list what is kept before
forgetting it, and its words)."""

from __future__ import annotations

import json

from markupsafe import Markup

from ..models.privacy import FORGET_WORDS, Privacy
from ..models.site import Site
from ..naming import script_names
from .contract import ForgetConfig, ForgetWords, NamingRules, PrivacySettings


def privacy_settings(privacy: Privacy) -> PrivacySettings:
    """The settings of content/site.yml ``privacy:`` the form's scripts use."""
    return PrivacySettings(
        keep=privacy.keep_answers,
        idle_minutes=privacy.idle_lock_minutes,
        min_length=privacy.passphrase_min_length,
        reminder_edits=privacy.download_reminder_edits,
    )


def naming_rules(site: Site) -> NamingRules:
    """The naming rules of generator/naming.py, checked against the contract: a name added
    there and not here is an error, not a name the scripts are never told of."""
    from .config import FORMS  # here: that module imports this one

    return NamingRules.model_validate(script_names(site.storage_namespace, list(FORMS)))


def forget_config(site: Site) -> ForgetConfig:
    """The configuration of "Forget me on this computer": pages without a form have no form
    configuration, so it carries its own, on its root element: the naming rules of the forms'
    records and of colleagues' answers (it lists what is kept before asking), and its words."""
    from .config import FORMS  # here: that module imports this one

    words = site.interface
    return ForgetConfig(
        names=naming_rules(site),
        forms=list(FORMS),
        text=ForgetWords(**{word: getattr(words, word) for word in FORGET_WORDS}),
    )


def forget_markup(site: Site) -> Markup:
    """The footer's "Forget me on this computer" (theme/components/privacy/_privacy.j2)."""
    from .renderer import environment  # here: the renderer's module needs this one's

    config = json.dumps(forget_config(site).data(), ensure_ascii=False)
    template = environment().get_template("_privacy.j2")
    forget = getattr(template.make_module({"ui": site.interface}), "forget")  # noqa: B009
    return Markup(str(forget(config)).strip())  # escaped by the template
