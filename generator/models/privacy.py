"""Privacy settings (``privacy:`` in content/site.yml) and the words of the privacy features:
keeping answers or not, the passphrase lock, and "Forget me on this computer"."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .common import ContentModel, Text

PRIVACY_SCRIPT_WORDS = (
    "status_kept_session",
    "reminder_never",
    "reminder_last",
    "lock_unlocking",
    "lock_setting",
    "lock_error_empty",
    "lock_error_short",
    "lock_error_match",
    "lock_error_wrong",
    "lock_error_storage",
    "lock_set_done",
    "lock_changed_done",
    "lock_removed_done",
    "lock_reason_idle",
    "lock_reason_now",
    "lock_reason_elsewhere",
    "forget_heading",
    "forget_text",
    "forget_confirm",
    "forget_done",
    "forget_failed",
    "forget_done_elsewhere",
    "kept_journal",
    "kept_plan",
    "kept_locked",
    "kept_set_aside",
    "kept_colleague",
    "kept_colleague_plan",
    "kept_colleagues_unnamed",
    "kept_nothing",
    "download_locked_file_name",
    "load_error_passphrase",
    "keep_done",
    "keep_apart",
    "session_done",
)
"""The privacy words the scripts show (see SCRIPT_WORDS in interface.py)."""

KEPT_WORDS = (
    "kept_journal",
    "kept_plan",
    "kept_locked",
    "kept_set_aside",
    "kept_colleague",
    "kept_colleague_plan",
    "kept_colleagues_unnamed",
    "kept_nothing",
)
"""The words of the list of what is kept, shown before Forget me and Clear take it."""

FORGET_WORDS = (
    "forget_heading",
    "forget_text",
    "forget_confirm",
    "forget_done",
    "forget_failed",
    "forget_done_elsewhere",
    *KEPT_WORDS,
)
"""The words of "Forget me on this computer", on every page (its own small configuration)."""


class Privacy(ContentModel):
    keep_answers: bool = True
    """Until a person chooses, whether their answers are kept on the computer after the browser
    is closed (true), or only until they close the tab or browser (false: for organisations
    where every computer is shared). Each person can change it for their browser."""
    idle_lock_minutes: Annotated[int, Field(ge=1, le=240)] = 15
    """Answers locked with a passphrase lock themselves after this many minutes without use."""
    passphrase_min_length: Annotated[int, Field(ge=8, le=64)] = 10
    """The shortest passphrase a person may set (at least 8 characters)."""
    download_reminder_edits: Annotated[int, Field(ge=1)] = 200
    """Where the browser may delete answers, the page reminds the person to download a copy
    once they have made this many changes (about one a keystroke) since their last download."""


class PrivacyWords(ContentModel):
    """Interface words of the privacy features; part of ``interface:`` in site.yml."""

    keep_legend: Text = "Keep your answers on this computer?"
    """The question of the keep-or-not choice (short: it shares its line with the first-use
    words)."""
    keep_first_use: Text = "Choose before you start."
    """Shown beside the question of the choice the first time a person opens a form."""
    keep_change: Text = (
        "You can change your choice at any time, and your answers move with it: nothing is lost."
    )
    """With what each choice means (folded away): the choice can be changed."""
    keep_local: Text = "Keep my answers on this computer"
    """The choice that keeps answers in the browser's local storage."""
    keep_local_hint: Text = (
        "Your answers stay in this browser until you clear them, so you can come back to them."
        " Anyone who uses this browser could see them unless you lock them."
    )
    """What the choice that keeps answers means: under "Who can see your answers", and what a
    screen reader says with that choice."""
    keep_session: Text = "Don't keep them after I close the browser"
    """The choice that keeps answers only until the browser closes (session storage)."""
    keep_session_hint: Text = (
        "Choose this on a shared computer. Your answers are deleted when you close the browser."
        " On a shared computer close every window of the browser, not just this tab: a closed"
        " tab can be reopened with its answers, and a browser that continues where you left off"
        " brings them back."
    )
    """What the choice that does not keep answers means: under "Who can see your answers", and
    what a screen reader says with that choice."""
    keep_session_warning: Text = (
        "Your answers will be deleted when you close the browser. Download your answers before"
        " you close it."
    )
    """Warning shown while answers are not kept, on the line of the choice's question (short
    enough to end on the next line)."""
    keep_done: Text = "Your answers will be kept on this computer."
    """Said when a person chooses to keep their answers."""
    keep_apart: Text = (
        "The answers in this tab have not been moved: this computer keeps other answers with a"
        " different passphrase lock, or without one. They stay in this tab until you close it."
        " Download them, then load the file where you want them."
    )
    """Said when the answers of this tab and those kept on the computer are under different
    locks (one locked and not the other): they are never mixed."""
    session_done: Text = (
        "Your answers will be deleted when you close the browser. On a shared computer close"
        " every window of the browser, not just this tab."
    )
    """Said when a person chooses not to keep their answers."""
    status_kept_session: Text = (
        "Kept in this tab at {time} until you close the browser. Download your answers to keep"
        " them."
    )
    """Status bar while answers are not kept ({time} is filled in)."""
    reminder_never: Text = (
        "This browser may delete your answers, and you have not downloaded a copy yet."
    )
    """Status bar reminder where the browser may delete answers and none was downloaded."""
    reminder_last: Text = (
        "This browser may delete your answers. You last downloaded a copy on {date} at {time}."
    )
    """Status bar reminder with the last download ({date} and {time} are filled in)."""
    # The lock
    lock_heading: Text = "Lock your answers with a passphrase"
    """Heading of the part of the panel that sets a passphrase."""
    lock_intro: Text = (
        "A passphrase stops the next person who uses this computer from reading your answers."
        " Your answers are kept encrypted, and you type the passphrase to see them."
    )
    """What a passphrase lock does, before one is set."""
    lock_forgotten_warning: Text = (
        "If you forget your passphrase, nobody can get your answers back, not even your"
        " organisation. The only way out is to clear everything on this computer."
    )
    """The warning, when setting a passphrase, that a forgotten one cannot be recovered."""
    lock_new_label: Text = "Passphrase"
    """Label of the new passphrase box."""
    lock_new_hint: Text = (
        "Use 3 or more random words, for example: river pencil orange. At least {length}"
        " characters."
    )
    """Hint under the new passphrase box ({length} is the shortest allowed)."""
    lock_repeat_label: Text = "Type the passphrase again"
    """Label of the box where the passphrase is typed again."""
    lock_show: Text = "Show the passphrase"
    """Label of the box that shows the passphrase as it is typed."""
    lock_set_button: Text = "Lock my answers"
    """Button that sets the passphrase and locks the answers."""
    lock_on: Text = "Your answers are kept encrypted and need your passphrase to be seen."
    """Shown while answers are locked with a passphrase and unlocked on this page."""
    lock_idle_note: Text = "They lock themselves after {minutes} minutes without use."
    """How soon answers lock themselves ({minutes} is filled in)."""
    lock_now_button: Text = "Lock now"
    """Button that locks the answers at once."""
    lock_download_button: Text = "Download a locked copy"
    """Button that downloads a copy locked with the passphrase."""
    lock_more: Text = "Your passphrase lock"
    """The disclosure, once a lock is set, with what it does, a locked copy, removing it and
    changing the passphrase."""
    lock_change_heading: Text = "Change the passphrase"
    """Heading of the part of the panel that changes the passphrase."""
    lock_change_button: Text = "Change the passphrase"
    """Button that changes the passphrase."""
    lock_remove_button: Text = "Remove the lock"
    """Button that removes the lock (answers are then kept unencrypted)."""
    lock_setting: Text = "Locking your answers. This takes a few seconds."
    """Said while the key is being made from a new passphrase."""
    lock_set_done: Text = (
        "Your answers are locked with your passphrase. Enter it to see them again."
    )
    """Said on the lock screen once a passphrase has been set: the answers are locked at once."""
    lock_changed_done: Text = "Your passphrase has been changed."
    """Said when the passphrase has been changed."""
    lock_removed_done: Text = "The lock has been removed. Your answers are no longer encrypted."
    """Said when the lock has been removed."""
    lock_error_empty: Text = "Enter a passphrase"
    """Error when no passphrase was typed."""
    lock_error_short: Text = "Your passphrase must be at least {length} characters"
    """Error when the passphrase is too short ({length} is filled in)."""
    lock_error_match: Text = "The passphrases do not match. Type the same passphrase twice"
    """Error when the two passphrases differ."""
    lock_error_storage: Text = (
        "Your answers could not be locked because this browser's storage is full or blocked."
        " Nothing has changed."
    )
    """Error when the browser's storage refused the locked answers."""
    # The lock screen
    unlock_heading: Text = "Your answers are locked"
    """Heading of the lock screen."""
    unlock_intro: Text = "Enter your passphrase to see and change your answers."
    """Words under the lock screen's heading."""
    unlock_label: Text = "Passphrase"
    """Label of the lock screen's passphrase box."""
    unlock_button: Text = "Unlock my answers"
    """Button of the lock screen."""
    lock_unlocking: Text = "Checking your passphrase. This takes a few seconds."
    """Said while the passphrase is being checked."""
    lock_error_wrong: Text = (
        "That passphrase is not right. Check it and try again. Nothing has been changed."
    )
    """Error when the passphrase is wrong."""
    lock_reason_idle: Text = (
        "Your answers were locked because this page was not used for {minutes} minutes."
    )
    """Why the answers are locked: not used for a while ({minutes} is filled in)."""
    lock_reason_now: Text = "You locked your answers."
    """Why the answers are locked: the person locked them."""
    lock_reason_elsewhere: Text = "Your answers were locked in another tab or window."
    """Why the answers are locked: another tab locked them."""
    unlock_forgotten: Text = "I have forgotten my passphrase"
    """The lock screen's way out for a forgotten passphrase."""
    unlock_forgotten_text: Text = (
        "Nobody can unlock your answers without the passphrase. You can clear everything this"
        " toolkit keeps on this computer and start again. If you downloaded your answers"
        " before, you can load them afterwards."
    )
    """What a forgotten passphrase means, before clearing everything."""
    # Forget me (every page)
    forget_button: Text = "Forget me on this computer"
    """The footer button, on every page, that removes everything kept here."""
    forget_heading: Text = "Remove everything this toolkit keeps on this computer?"
    """Heading of the confirmation of Forget me."""
    forget_text: Text = (
        "This deletes everything listed below from this browser, with your passphrase lock and"
        " your choices. You cannot undo it. Download your answers first if you want to keep a"
        " copy."
    )
    """What Forget me removes, in its confirmation: the list of what is kept follows it."""
    forget_confirm: Text = "Yes, remove everything"
    """The button that confirms Forget me."""
    forget_done: Text = "Everything this toolkit kept on this computer has been removed."
    """Said when Forget me has removed everything."""
    forget_failed: Text = (
        "Some of it could not be removed, because this browser blocked it. Clear this site's"
        " data in your browser's settings."
    )
    """Said when the browser blocked part of Forget me."""
    forget_done_elsewhere: Text = (
        "Everything this toolkit kept on this computer was removed in another tab or window."
    )
    """Said in every other open tab of the site when Forget me (or Clear) was used in one."""
    # What is kept, listed before Forget me and Clear take it
    kept_journal: Text = "Your reflection journal ({count} answers)"
    """In the list of what is kept: the person's journal ({count} is how many answers)."""
    kept_plan: Text = "Your development plan ({count} answers)"
    """In the list of what is kept: the person's plan ({count} is how many answers)."""
    kept_locked: Text = "locked"
    """In the list of what is kept, in place of {count} while the answers are locked and
    cannot be counted ("Your reflection journal (locked answers)")."""
    kept_set_aside: Text = "{count} copies of your answers that could not be read"
    """In the list of what is kept: answers set aside because they could not be read."""
    kept_colleague: Text = "{name}'s answers"
    """In the list of what is kept: a colleague's answers, opened from their file."""
    kept_colleague_plan: Text = "{name}'s answers and the plan you filled in for them"
    """In the list of what is kept: a colleague's answers and the plan filled in for them."""
    kept_colleagues_unnamed: Text = (
        "The answers of {count} colleagues, and any plan you filled in for them: their names"
        " cannot be shown while your answers are locked"
    )
    """In the list of what is kept: colleagues whose names cannot be read (locked answers)."""
    kept_nothing: Text = "No answers are kept in this browser."
    """The list of what is kept, when it holds nothing (only choices, or nothing at all)."""
    # Files, and pages opened from a folder
    download_locked_file_name: Text = "locked"
    """In the name of a downloaded locked file, after what it holds
    (scope-for-growth-plan-locked-…: a locked copy is never named after the person)."""
    load_passphrase_heading: Text = "Enter the passphrase of this locked file"
    """Heading of the question for a locked file's passphrase."""
    load_passphrase_button: Text = "Open the file"
    """Button that opens a locked file with its passphrase."""
    load_error_passphrase: Text = (
        "The passphrase is not the one the file was locked with, or the file is damaged."
    )
    """Error when a locked file's passphrase is wrong."""
    folder_apart: Text = (
        "You opened this page from a folder. Some browsers keep each page opened this way"
        " apart, so this page may not see your journal answers. If they are missing, ask for"
        " the toolkit to be put on a web server, or use Microsoft Edge or Google Chrome."
    )
    """On the plan page opened from a folder, when it may not see the journal."""
