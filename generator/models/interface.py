"""Words of the interface itself (headings, buttons, messages), all with defaults.

An organisation can override any of them under ``interface:`` in content/site.yml.
"""

from __future__ import annotations

from typing import Any

from .common import Text
from .privacy import PRIVACY_SCRIPT_WORDS, PrivacyWords

SCRIPT_WORDS = (
    *PRIVACY_SCRIPT_WORDS,
    # Status
    "status_saved",
    "status_saved_earlier",
    "status_unavailable",
    "status_full",
    "status_unreadable",
    "status_unreadable_blocked",
    "progress",
    # Download, load and clear
    "download_file_name",
    "download_done",
    "load_heading",
    "load_summary",
    "load_changes",
    "load_more",
    "load_confirm",
    "load_done",
    "load_failed",
    "load_error_size",
    "load_error_empty",
    "load_error_read",
    "load_error_format",
    "load_error_version",
    "load_error_namespace",
    "load_error_answer",
    "load_error_count",
    "clear_heading",
    "clear_text",
    "clear_confirm",
    "clear_done",
    # Answers to removed questions
    "orphan_question_unknown",
    "orphan_copied",
    "orphan_delete_heading",
    "orphan_delete_text",
    "orphan_delete",
    "orphan_deleted",
    # Table rows and suggestions
    "row_added",
    "row_moved",
    "row_removed",
    "row_remove_heading",
    "row_remove_text",
    "row_remove_confirm",
    "suggestion_added",
)
"""The words the scripts show (the rest are in the markup): the forms' configuration holds
these only. theme/assets/js/ names each of them; a test checks the two lists agree."""


class Interface(PrivacyWords):
    # Framework page
    grid_caption: Text = "Development initiatives by growth direction and position"
    grid_direction_heading: Text = "Growth direction"
    grid_empty: Text = "No suggestions"
    positions_heading: Text = "Positions"
    directions_heading: Text = "Growth directions"
    # Facilitation guide
    guide_resources_title: Text = "Resources to review before the conversation"
    guide_steps_title: Text = "Steps"
    # Programmes
    programme_audience: Text = "Who it is for"
    programme_bands: Text = "Pay bands"
    programme_duration: Text = "How long it lasts"
    programme_streams: Text = "Development streams"
    programme_how_to_apply: Text = "How to apply"
    programme_links: Text = "Find out more"
    programme_source: Text = "Source:"
    # Journal and plan forms: what the page says about keeping answers
    form_no_js: Text = (
        "Saving your answers needs JavaScript, which is turned off or blocked in this browser."
        " You can still read every question, and print this page to write your answers on paper."
    )
    form_tools_heading: Text = "Your answers"
    form_privacy: Text = (
        "Your answers are kept only in this browser, on this device. They are not sent anywhere,"
        " not even to your organisation."
    )
    form_privacy_shared: Text = (
        "On a shared computer, anyone who uses this browser can see your answers until you"
        " clear them. Private windows delete them when you close the window, and some browsers"
        " delete them if you do not visit this site for 7 days. Download your answers to keep"
        " a copy."
    )
    download_button: Text = "Download my answers"
    load_button: Text = "Load answers from a file"
    clear_button: Text = "Clear all my answers on this device"
    cancel_button: Text = "Cancel"
    progress: Text = "{answered} of {total} answered"
    # Status messages ({time} is like 10:42, {date} like 23 November)
    status_saved: Text = "Saved on this device at {time}"
    status_saved_earlier: Text = "Saved on this device on {date} at {time}"
    status_unavailable: Text = (
        "Your answers cannot be saved, because this browser does not let websites keep"
        " information. You can keep writing, but download your answers before you close this"
        " page or they will be lost."
    )
    status_full: Text = (
        "Your latest changes have not been saved, because this browser's storage is full."
        " Download your answers now to keep them. Then clear your answers or other websites'"
        " data to make space."
    )
    status_unreadable: Text = (
        "Some answers kept on this device could not be read, so this page has started again"
        " with empty answers. The unreadable copy has been kept on this device and is"
        " included when you download your answers."
    )
    status_unreadable_blocked: Text = (
        "Some answers kept on this device could not be read. To keep them safe, your new"
        " answers are not being saved. Download your answers before you close this page."
    )
    # Download, load and clear
    download_file_name: Text = "scope-for-growth-answers"
    download_done: Text = "Your answers have been downloaded as {file}."
    load_heading: Text = "Replace your answers with the ones in this file?"
    load_summary: Text = (
        "File: {file}, downloaded on {date}. Answers in the file: {count}. Answers kept on"
        " this device now: {current}. Loading the file replaces all the answers kept on this"
        " device."
    )
    load_changes: Text = "These answers will change or be removed:"
    load_more: Text = "and {count} more"
    load_confirm: Text = "Replace my answers"
    load_done: Text = "Your answers have been loaded from {file}."
    load_failed: Text = "The file {file} was not loaded, and your answers have not changed."
    load_error_size: Text = "It is bigger than {limit}, which is too big for a file of answers."
    load_error_empty: Text = "The file is empty."
    load_error_read: Text = "This browser could not read it. Try choosing it again."
    load_error_format: Text = (
        "It is not a file of answers downloaded from this toolkit. Choose a file whose name"
        " starts with the one shown when you downloaded your answers."
    )
    load_error_version: Text = (
        "It was made by a newer version of this toolkit. Ask the person who looks after this"
        " site to update it."
    )
    load_error_namespace: Text = "It holds answers from a different toolkit, not this one."
    load_error_answer: Text = (
        "Part of it has been changed or damaged: an answer is not text, is longer than"
        " {limit} characters, or has a name this toolkit does not use."
    )
    load_error_count: Text = "It has more than {limit} answers, which is too many."
    clear_heading: Text = "Clear all your answers from this device?"
    clear_text: Text = (
        "This deletes your journal and development plan answers from this browser. You cannot"
        " undo it. Download your answers first if you want to keep a copy."
    )
    clear_confirm: Text = "Yes, clear all my answers"
    clear_done: Text = "All your answers have been cleared from this device."
    # Answers to questions that have been removed from the content
    journal_orphans_heading: Text = "Answers to questions no longer in the journal"
    plan_orphans_heading: Text = "Answers to questions no longer in the plan"
    orphans_intro: Text = (
        "These questions have been changed or removed since you answered them. Your answers"
        " are kept here, so you can copy them into another question, or delete them."
    )
    orphan_question_unknown: Text = "A question that has been removed"
    orphan_copy: Text = "Copy answer"
    orphan_copied: Text = "Answer copied. You can paste it into another question."
    orphan_delete: Text = "Delete answer"
    orphan_delete_heading: Text = "Delete this answer?"
    orphan_delete_text: Text = "You cannot undo this. Copy the answer first if you need it."
    orphan_deleted: Text = "Answer deleted."
    # Rows of a table such as the development objectives ({row} is like "Objective 2")
    row_add: Text = "Add another row"
    row_move_up: Text = "Move up"
    row_move_down: Text = "Move down"
    row_remove: Text = "Remove"
    row_added: Text = "{row} added."
    row_moved: Text = "Moved. It is now {row}."
    row_removed: Text = "Row removed."
    row_remove_heading: Text = "Remove {row}?"
    row_remove_text: Text = "It has answers in it. Removing it deletes them."
    row_remove_confirm: Text = "Yes, remove it"
    # Development plan: suggestions from the framework, and the journal summary
    suggestions_heading: Text = "Suggested development initiatives for {position}"
    suggestion_add: Text = "Add to objectives"
    suggestion_added: Text = "Added as {row}."
    journal_summary_heading: Text = "Your reflection journal answers"
    journal_summary_intro: Text = (
        "Your answers from the reflection journal on this device, to have at hand in your"
        " conversation."
    )
    journal_summary_link: Text = "Change your answers in the reflection journal"
    journal_summary_empty: Text = "You have not answered any journal questions on this device yet."
    # Printing and downloads
    print_heading: Text = "Print or download"
    print_answers_button: Text = "Print your answers"
    print_page_button: Text = "Print this page"
    print_blank_journal_link: Text = "Print a blank journal to fill in by hand"
    print_blank_plan_link: Text = "Print a blank plan to fill in by hand"
    print_guide_link: Text = "Print the facilitation guide with the framework"
    pdf_journal_link: Text = "Download a blank journal to fill in on screen or print (PDF)"
    pdf_plan_link: Text = "Download a blank plan to fill in on screen or print (PDF)"
    pdf_guide_link: Text = "Download the facilitation guide with the framework (PDF)"
    print_nav_title: Text = "Print and download"
    print_journal_title: Text = "Blank reflection journal"
    print_plan_title: Text = "Blank development plan"
    print_guide_title: Text = "Facilitation guide and framework"
    print_blank_intro: Text = (
        "This page is for printing. It shows every question with space to write by hand,"
        " and none of the answers kept in this browser."
    )
    print_guide_intro: Text = (
        "This page holds the whole facilitation guide and the Scope for Growth framework,"
        " to print and read before the conversation."
    )
    printed_on: Text = "Printed on {date}"

    def script_words(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in SCRIPT_WORDS}
