"""Words of the interface itself (headings, buttons, messages), all with defaults.

An organisation can override any of them under ``interface:`` in content/site.yml.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import AfterValidator
from pydantic_core import PydanticCustomError

from .common import Text
from .conversation import CONVERSATION_SCRIPT_WORDS, ConversationWords
from .over_time import OVER_TIME_SCRIPT_WORDS, OverTimeWords
from .privacy import PRIVACY_SCRIPT_WORDS, PrivacyWords

SCRIPT_WORDS = (
    *PRIVACY_SCRIPT_WORDS,
    *CONVERSATION_SCRIPT_WORDS,
    *OVER_TIME_SCRIPT_WORDS,
    # Status
    "status_saved",
    "status_saved_earlier",
    "status_unavailable",
    "status_full",
    "status_unreadable",
    "status_unreadable_blocked",
    "progress",
    "progress_locked",
    # Download, load and clear
    "download_file_name",
    "download_done",
    "load_summary",
    "load_whose",
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
    "load_error_rows",
    "load_error_future",
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
these only. The scripts (theme/) name each of them; a test checks the two lists agree."""


def _page_number(value: str) -> str:
    page, pages = value.find("{page}"), value.find("{pages}")
    if page < 0 or pages < 0 or page > pages or value.count("{page}") != 1:
        raise PydanticCustomError(
            "bad_page_number",
            "write {page} and then {pages}, once each, like 'Page {page} of {pages}'",
            {"page": "{page}", "pages": "{pages}"},
        )
    return value


PageNumber = Annotated[Text, AfterValidator(_page_number)]
"""Words around a sheet's number and the number of sheets: {page} comes first (the PDFs print
them in that order)."""


class Interface(OverTimeWords, ConversationWords, PrivacyWords):
    """Words of the interface: headings, buttons and messages. Each has a default; write
    only the ones you want to change, under ``interface:`` in content/site.yml."""

    # Framework page
    grid_caption: Text = "Development initiatives by growth direction and position"
    """Caption of the framework grid."""
    grid_direction_heading: Text = "Growth direction"
    """Heading of the grid's first column, which names the growth directions."""
    grid_empty: Text = "No suggestions"
    """Shown in a cell of the grid that has no initiatives."""
    positions_heading: Text = "Positions"
    """Heading of the key that describes each position, under the grid."""
    directions_heading: Text = "Growth directions"
    """Heading of the key that describes each growth direction, under the grid."""
    # Facilitation guide
    guide_resources_title: Text = "Resources to review before the conversation"
    """Heading of a guide stage's resources, unless the stage sets resources_title."""
    guide_steps_title: Text = "Steps"
    """Heading of a guide stage's numbered steps, unless the stage sets steps_title."""
    # Words of the organisation's own (organisation_wording), on any page
    written_by: Text = "Written by {organisation}"
    """The note after words your organisation wrote, in brackets ({organisation} is filled in)."""
    # Resources, on the resources page and in the guide's lists
    resources_without_links: Text = (
        "Resources shown without a link are a reading list for now: {organisation} will add"
        " links to them."
    )
    """Shown with a list of resources when some have no url yet ({organisation} is filled in)."""
    # Programmes
    programme_audience: Text = "Who it is for"
    """Programme pages: the heading of who it is for."""
    programme_bands: Text = "Pay bands"
    """Programme pages: the heading of the pay bands."""
    programme_duration: Text = "How long it lasts"
    """Programme pages: the heading of how long it lasts."""
    programme_streams: Text = "Development streams"
    """Programme pages: the heading of the development streams."""
    programme_how_to_apply: Text = "How to apply"
    """Programme pages: the heading of how to apply."""
    programme_links: Text = "Find out more"
    """Programme pages: the heading of the links."""
    programme_source: Text = "Source:"
    """Programme pages: the words before the programme's source."""
    # Journal and plan forms: what the page says about keeping answers
    form_no_js: Text = (
        "Saving your answers needs JavaScript, which is turned off or blocked in this browser."
        " You can still read every question, and print this page to write your answers on paper."
    )
    """Journal and plan: shown when JavaScript is off, so answers cannot be saved."""
    form_tools_heading: Text = "Your answers"
    """Journal and plan: heading of the tools to download, load and clear answers."""
    form_privacy: Text = (
        "Your answers are kept only in this browser, on this device. They are not sent anywhere,"
        " not even to your organisation."
    )
    """Journal and plan: where answers are kept."""
    form_privacy_shared: Text = (
        "On a shared computer, anyone who uses this browser can see your answers until you"
        " clear them. Private windows delete them when you close the window, and some browsers"
        " delete them if you do not visit this site for 7 days. Download your answers to keep"
        " a copy."
    )
    """Journal and plan: what happens to answers on a shared computer and in private windows."""
    download_button: Text = "Download my answers"
    """Button that downloads the person's answers as a file."""
    load_button: Text = "Load answers from a file"
    """Button that loads answers from a downloaded file."""
    clear_button: Text = "Clear all my answers on this device"
    """Button that clears every answer kept on this device."""
    cancel_button: Text = "Cancel"
    """Button that closes a question without doing anything."""
    progress: Text = "{answered} of {total} answered"
    """How many questions are answered ({answered} and {total} are numbers)."""
    progress_locked: Text = "Your answers are locked."
    """Said where the number of questions answered would be, while the answers are locked."""
    # Status messages ({time} is like 10:42, {date} like 23 November)
    status_saved: Text = "Saved on this device at {time}"
    """Status after saving ({time} is like 10:42)."""
    status_saved_earlier: Text = "Saved on this device on {date} at {time}"
    """Status for answers saved on an earlier day ({date} is like 23 November)."""
    status_unavailable: Text = (
        "Your answers cannot be saved, because this browser does not let websites keep"
        " information. You can keep writing, but download your answers before you close this"
        " page or they will be lost."
    )
    """Status when the browser does not let the site keep answers."""
    status_full: Text = (
        "Your latest changes have not been saved, because this browser's storage is full."
        " Download your answers now to keep them. Then clear your answers or other websites'"
        " data to make space."
    )
    """Status when the browser's storage is full."""
    status_unreadable: Text = (
        "Some answers kept on this device could not be read, so this page has started again"
        " with empty answers. The unreadable copy has been kept on this device and is"
        " included when you download your answers."
    )
    """Status when answers kept on this device could not be read and the page started again."""
    status_unreadable_blocked: Text = (
        "Some answers kept on this device could not be read. To keep them safe, your new"
        " answers are not being saved. Download your answers before you close this page."
    )
    """Status when answers kept on this device could not be read and new answers are not saved."""
    # Download, load and clear
    download_file_name: Text = "scope-for-growth"
    """Start of the name of a downloaded file when the person has not given their name (what
    it holds and the date follow)."""
    download_done: Text = "Your answers have been downloaded as {file}."
    """Said after downloading ({file} is the file's name)."""
    load_heading: Text = "Choose what to load from this file"
    """Heading of the question asked before loading answers from a file."""
    load_summary: Text = "File: {file}, downloaded on {date}. Answers in the file: {count}."
    """What a file holds ({file}, {date} and {count} are filled in)."""
    load_whose: Text = "They are the answers of {person}."
    """After that, when the file says whose answers they are ({person} is the name)."""
    load_confirm: Text = "Load the answers you chose"
    """Button that loads the answers of a file the person does not have, and those they chose."""
    load_done: Text = "Your answers have been loaded from {file}."
    """Said after loading answers ({file} is the file's name)."""
    load_failed: Text = "The file {file} was not loaded, and your answers have not changed."
    """Said when a file was not loaded ({file} is the file's name); the reason follows."""
    load_error_size: Text = "It is bigger than {limit}, which is too big for a file of answers."
    """Reason: the file is too big ({limit} is a size)."""
    load_error_empty: Text = "The file is empty."
    """Reason: the file is empty."""
    load_error_read: Text = "This browser could not read it. Try choosing it again."
    """Reason: the browser could not read the file."""
    load_error_format: Text = (
        "It is not a file of answers downloaded from this toolkit. Choose a file whose name"
        " starts with the one shown when you downloaded your answers."
    )
    """Reason: the file is not a file of answers from this toolkit."""
    load_error_version: Text = (
        "It was made by a newer version of this toolkit. Ask the person who looks after this"
        " site to update it."
    )
    """Reason: the file was made by a newer version of the toolkit."""
    load_error_namespace: Text = "It holds answers from a different toolkit, not this one."
    """Reason: the file holds answers from a different toolkit."""
    load_error_answer: Text = (
        "Part of it has been changed or damaged: an answer is not text, is longer than"
        " {limit} characters, or has a name this toolkit does not use."
    )
    """Reason: part of the file was changed or damaged ({limit} is a number of characters)."""
    load_error_count: Text = "It has more than {limit} answers, which is too many."
    """Reason: the file has too many answers ({limit} is a number)."""
    load_error_rows: Text = (
        "It has a table of more than {limit} rows, which is more than a plan can hold."
    )
    """Reason: a table in the file has too many rows ({limit} is a number)."""
    load_error_future: Text = (
        "It says it was downloaded on {date}, which is in the future, so the date on the"
        " computer it came from is wrong or the file has been changed."
    )
    """Reason: the file says it was downloaded more than a day from now ({date} is that date)."""
    clear_heading: Text = "Clear all your answers from this device?"
    """Heading of the question asked before clearing every answer."""
    clear_text: Text = (
        "This deletes everything listed below from this browser, with your passphrase lock and"
        " your choices. You cannot undo it. Download your answers first if you want to keep a"
        " copy."
    )
    """What clearing every answer does: the list of what is kept follows it."""
    clear_confirm: Text = "Yes, clear all my answers"
    """Button that clears every answer."""
    clear_done: Text = "All your answers have been cleared from this device."
    """Said after clearing every answer."""
    # Answers to questions that have been removed from the content
    journal_orphans_heading: Text = "Answers to questions no longer in the journal"
    """Journal: heading of the answers to questions no longer in it."""
    plan_orphans_heading: Text = "Answers to questions no longer in the plan"
    """Plan: heading of the answers to fields no longer in it."""
    orphans_intro: Text = (
        "These questions have been changed or removed since you answered them. Your answers"
        " are kept here, so you can copy them into another question, or delete them."
    )
    """Under that heading: why those answers are there and what to do with them."""
    orphan_question_unknown: Text = "A question that has been removed"
    """Shown instead of the question when its words are no longer known."""
    orphan_copy: Text = "Copy answer"
    """Button that copies such an answer."""
    orphan_copied: Text = "Answer copied. You can paste it into another question."
    """Said after copying such an answer."""
    orphan_delete: Text = "Delete answer"
    """Button that deletes such an answer."""
    orphan_delete_heading: Text = "Delete this answer?"
    """Heading of the question asked before deleting such an answer."""
    orphan_delete_text: Text = "You cannot undo this. Copy the answer first if you need it."
    """What deleting such an answer does."""
    orphan_deleted: Text = "Answer deleted."
    """Said after deleting such an answer."""
    # Rows of a table such as the development objectives ({row} is like "Objective 2")
    row_add: Text = "Add another row"
    """Tables (such as the objectives): button that adds a row."""
    row_move_up: Text = "Move up"
    """Tables: button that moves a row up."""
    row_move_down: Text = "Move down"
    """Tables: button that moves a row down."""
    row_remove: Text = "Remove"
    """Tables: button that removes a row."""
    row_added: Text = "{row} added."
    """Said after adding a row ({row} is like Objective 2)."""
    row_moved: Text = "Moved. It is now {row}."
    """Said after moving a row ({row} is its new name, like Objective 2)."""
    row_removed: Text = "Row removed."
    """Said after removing a row."""
    row_remove_heading: Text = "Remove {row}?"
    """Heading of the question asked before removing a row with answers ({row} is filled in)."""
    row_remove_text: Text = "It has answers in it. Removing it deletes them."
    """What removing a row with answers does."""
    row_remove_confirm: Text = "Yes, remove it"
    """Button that removes the row."""
    # Development plan: suggestions from the framework, and the journal summary
    suggestions_heading: Text = "Suggested development initiatives for {position}"
    """Plan: heading of the initiatives for a chosen position ({position} is filled in)."""
    suggestion_add: Text = "Add to objectives"
    """Plan: button that adds an initiative to the objectives."""
    suggestion_added: Text = "Added as {row}."
    """Said after adding an initiative ({row} is like Objective 2)."""
    journal_summary_heading: Text = "Your reflection journal answers"
    """Plan: heading of the person's journal answers."""
    journal_summary_intro: Text = (
        "Your answers from the reflection journal on this device, to have at hand in your"
        " conversation."
    )
    """Plan: words under that heading."""
    journal_summary_link: Text = "Change your answers in the reflection journal"
    """Plan: link back to the journal to change the answers."""
    journal_summary_empty: Text = "You have not answered any journal questions on this device yet."
    """Plan: shown when no journal question has been answered on this device."""
    # Printing and downloads
    print_heading: Text = "Print or download"
    """Heading of the ways to print or download a page."""
    print_answers_button: Text = "Print your answers"
    """Button that prints the journal or plan with the person's answers."""
    print_page_button: Text = "Print this page"
    """Button that prints the page."""
    print_blank_journal_link: Text = "Print a blank journal to fill in by hand"
    """Link to the blank journal for printing."""
    print_blank_plan_link: Text = "Print a blank plan to fill in by hand"
    """Link to the blank plan for printing."""
    print_guide_link: Text = "Print the facilitation guide with the framework"
    """Link to the facilitation guide with the framework, for printing."""
    pdf_journal_link: Text = "Download a blank journal to fill in on screen or print (PDF)"
    """Link to the blank journal as a PDF."""
    pdf_plan_link: Text = "Download a blank plan to fill in on screen or print (PDF)"
    """Link to the blank plan as a PDF."""
    pdf_guide_link: Text = "Download the facilitation guide with the framework (PDF)"
    """Link to the facilitation guide with the framework as a PDF."""
    print_nav_title: Text = "Print and download"
    """Name in the navigation of the pages for printing."""
    print_journal_title: Text = "Blank reflection journal"
    """Title of the blank journal for printing."""
    print_plan_title: Text = "Blank development plan"
    """Title of the blank plan for printing."""
    print_guide_title: Text = "Facilitation guide and framework"
    """Title of the facilitation guide with the framework, for printing."""
    print_blank_intro: Text = (
        "This page is for printing. It shows every question with space to write by hand,"
        " and none of the answers kept in this browser."
    )
    """Words at the top of a blank journal or plan for printing."""
    print_guide_intro: Text = (
        "This page holds the whole facilitation guide and the Scope for Growth framework,"
        " to print and read before the conversation."
    )
    """Words at the top of the facilitation guide with the framework, for printing."""
    printed_on: Text = "Printed on {date}"
    """On a printed journal or plan: when it was printed ({date} is filled in)."""
    # Layout: where people are in a form, what to do next, pages made for paper
    form_privacy_more: Text = "Who can see your answers"
    """Journal and plan: the disclosure that explains who can see answers kept here."""
    progress_next: Text = "Go to the first question you have not answered"
    """Journal and plan: the link after the overall progress."""
    next_heading: Text = "What to do next"
    """Journal and plan: the heading of what to do after the last question."""
    next_plan_link: Text = "Go on to your development plan"
    """Journal, what to do next: the link to the plan."""
    next_journal_link: Text = "Go back to your reflection journal"
    """Plan, what to do next: the link to the journal."""
    next_framework_link: Text = "See the Scope for Growth framework"
    """Journal and plan, what to do next: the link to the framework."""
    print_fill_in_journal_link: Text = "Fill in the reflection journal on screen instead"
    """Blank journal for paper: the link to the journal to fill in on screen."""
    print_fill_in_plan_link: Text = "Fill in the development plan on screen instead"
    """Blank plan for paper: the link to the plan to fill in on screen."""
    page_number: PageNumber = "Page {page} of {pages}"
    """At the foot of every printed sheet: {page} is its number, {pages} how many there are."""

    def script_words(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in SCRIPT_WORDS}
