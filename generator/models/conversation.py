"""The words of the conversation's features: whose answers they are, what a file holds and
what loading one takes, colleagues' answers opened by a manager, "Check your answers", the
review date for a calendar and the outcome record. Part of ``interface:`` in site.yml."""

from __future__ import annotations

from .common import ContentModel, Text

CONVERSATION_SCRIPT_WORDS = (
    "download_name_journal",
    "download_name_plan",
    "download_name_both",
    "download_name_review",
    "download_name_outcome",
    "load_form_added",
    "load_form_same",
    "load_form_differ",
    "load_form_empty",
    "load_theirs",
    "load_theirs_nobody",
    "load_no_answer",
    "load_rows",
    "load_will_change",
    "load_will_not_change",
    "load_confirm_nothing",
    "load_nothing",
    "load_nothing_new",
    "load_other_heading",
    "load_other_text",
    "load_other_kept",
    "colleague_holds",
    "colleague_opened",
    "colleague_updated",
    "colleague_older",
    "colleague_match_heading",
    "colleague_match_text",
    "colleague_match_update",
    "colleague_plan_link",
    "colleague_remove_button",
    "colleague_remove_heading",
    "colleague_remove_text",
    "colleague_remove_confirm",
    "colleague_removed",
    "colleague_error_name",
    "colleague_error_locked",
    "colleague_error_locked_file",
    "colleague_answer",
    "colleague_mark_now",
    "colleague_mark_in_two_years",
    "colleague_plan_for",
    "colleague_tools_heading",
    "colleague_download_button",
    "colleague_download_done",
    "colleague_clear_button",
    "colleague_load_button",
    "colleague_print_button",
    "colleague_load_mine",
    "load_mine",
    "colleague_clear_heading",
    "colleague_clear_text",
    "colleague_clear_confirm",
    "colleague_clear_done",
    "colleague_summary_heading",
    "colleague_summary_intro",
    "colleague_summary_empty",
    "check_copied",
    "check_copy_failed",
    "calendar_done",
    "calendar_no_date",
    "calendar_review_title",
    "calendar_review_title_manager",
    "calendar_review_description",
    "calendar_objective_title",
    "calendar_objective_description",
    "calendar_plan_of",
    "calendar_reminder",
    "colleague_calendar_review_title",
    "colleague_calendar_review_description",
    "colleague_calendar_objective_title",
    "colleague_calendar_objective_description",
    "download_choice_missing",
    "outcome_done",
    "outcome_none",
)
"""The conversation's words the scripts show (see SCRIPT_WORDS in interface.py)."""


class ConversationWords(ContentModel):
    """Interface words of the conversation's features; part of ``interface:`` in site.yml."""

    # Whose answers: the first fields of the journal and the plan
    person_name_label: Text = "Your name"
    """Journal and plan: the label of the person's name, the first field of each."""
    person_role_label: Text = "Your role (optional)"
    """Journal and plan: the label of the person's role, after their name."""
    # What to download
    download_choice_heading: Text = "What do you want to download?"
    """Heading of the question asked before downloading answers."""
    download_choice_hint: Text = (
        "The file holds only what you choose, each answer beside its question, and your name."
        " Anyone you give it to can read it."
    )
    """What a downloaded file holds, under that heading."""
    download_choice_journal: Text = "Your reflection journal"
    """Choice: download the journal only."""
    download_choice_plan: Text = "Your development plan"
    """Choice: download the plan only."""
    download_choice_both: Text = "Both, for your conversation"
    """Choice: download the journal and the plan."""
    download_choice_button: Text = "Download"
    """Button that downloads what was chosen."""
    download_choice_missing: Text = "Choose what you want to download"
    """Error shown when the download button is pressed before a choice is made (nothing is
    chosen at first: the journal is in a file only when the person chooses it)."""
    download_private_label: Text = "Include your private notes"
    """Checkbox in the download dialog, unticked each time: answers to fields marked
    private are in the file only when it is ticked."""
    download_private_hint: Text = (
        "Your private notes stay on this device unless you tick this. Anyone you give the file"
        " to could read them."
    )
    """Under that checkbox: what ticking it does."""
    download_name_journal: Text = "journal"
    """Part of a downloaded file's name when it holds the journal (alex-morgan-journal-…)."""
    download_name_plan: Text = "plan"
    """Part of a downloaded file's name when it holds the plan."""
    download_name_both: Text = "journal-and-plan"
    """Part of a downloaded file's name when it holds the journal and the plan."""
    download_name_review: Text = "review"
    """Part of the name of the calendar file of the review date."""
    download_name_outcome: Text = "outcome-record"
    """Part of the name of the outcome record's files."""
    # Loading a file: what it adds, and which answer to keep where they differ
    load_choose_intro: Text = (
        "Answers in the file that you do not have are added. Where you and the file have"
        " different answers, choose which to keep: the one changed more recently is chosen"
        " for you. None of your answers is deleted, and nothing changes until you press the"
        " button."
    )
    """Under the heading of the question asked before loading a file."""
    load_order_unknown: Text = (
        "This file was made by an earlier version of this toolkit and does not say which"
        " answers were changed more recently, so your own answers are chosen where they differ."
    )
    """Loading a file made before files said the order of changes: why the person's own answers
    are chosen where they differ."""
    load_form_added: Text = "{count} new answers will be added."
    """For each form of a file: how many of its answers the person does not have ({count})."""
    load_form_same: Text = "{count} are the same as yours."
    """For each form of a file: how many of its answers are the same as the person's."""
    load_form_differ: Text = "{count} are different from yours. Choose which to keep:"
    """For each form of a file: how many of its answers differ from the person's; the
    choices follow."""
    load_form_empty: Text = "There are no answers in it."
    """For a form a file holds without a single answer."""
    load_mine: Text = "Your answer"
    """Where the person's answer and the file's differ: the choice of the person's own."""
    load_theirs: Text = "{person}'s answer in the file"
    """The choice of the file's answer, when the file says whose answers it holds."""
    load_theirs_nobody: Text = "The answer in the file"
    """The choice of the file's answer, when the file does not say whose answers it holds."""
    load_newer: Text = "changed more recently"
    """After the answer of the two that was changed more recently, by the order of changes."""
    load_no_answer: Text = "no answer (it was deleted)"
    """Shown instead of an answer that was deleted."""
    load_rows: Text = "{count} rows"
    """Shown instead of a table's order of rows, where it differs ({count} is a number)."""
    load_will_change: Text = (
        "{count} of your answers will be added or changed. None will be deleted."
    )
    """Above the button that loads a file: how many answers will change ({count})."""
    load_will_not_change: Text = "Nothing will change: you chose to keep all your own answers."
    """Above that button, when the person chose to keep every answer of their own."""
    load_confirm_nothing: Text = "Close: nothing will change"
    """That button, when loading would change nothing."""
    load_nothing: Text = "Nothing was loaded from {file}: you chose to keep your own answers."
    """Said when the person kept all their own answers ({file} is the file's name)."""
    # Words of the load dialog before loading merged (a whole form replaced or left): no longer
    # shown. Kept so that a site.yml that set them still builds, rather than failing as unknown.
    load_leave: Text | None = None
    """No longer used (loading now merges answer by answer); kept so that site.yml files that
    set it still build."""
    load_replace: Text | None = None
    """No longer used (loading now merges answer by answer); kept so that site.yml files that
    set it still build."""
    load_form_summary: Text | None = None
    """No longer used (loading now merges answer by answer); kept so that site.yml files that
    set it still build."""
    load_more: Text | None = None
    """No longer used (loading now merges answer by answer); kept so that site.yml files that
    set it still build."""
    load_nothing_new: Text = (
        "Nothing was loaded from {file}: every answer in it is the same as yours."
    )
    """Said when a file holds nothing the person does not have already ({file} is its name)."""
    load_other_heading: Text = "These are {person}'s answers, not yours"
    """Heading of the question asked when a file loaded holds someone else's answers ({person}
    is the name in the file)."""
    load_other_text: Text = (
        "The file {file} holds the answers of {person}. Your answers on this device are in the"
        " name of {name}. You can keep theirs apart from yours, as a colleague's answers."
    )
    """What that question says ({file}, {person} and {name}, the person's own name)."""
    load_other_colleague: Text = "Keep them as a colleague's answers"
    """Button: keep the file's answers apart, as a colleague's."""
    load_other_mine: Text = "Load them into my own answers"
    """Button: load the file's answers into the person's own after all."""
    load_other_kept: Text = (
        "Your own answers have not changed. You can see theirs, and fill in a plan for them,"
        " on the facilitation guide."
    )
    """Said after keeping a file loaded on a form page as a colleague's answers."""
    # Colleagues' answers, opened by a manager
    colleagues_heading: Text = "Your colleagues' answers"
    """Guide: heading of the colleagues' answers a manager has opened."""
    colleagues_intro: Text = (
        "Open the file a colleague downloaded for your conversation. Their answers are kept"
        " apart from your own, and cannot be changed here. You can fill in a development plan"
        " for them, download it, and give them the file to load."
    )
    """Guide: what opening a colleague's answers does."""
    colleagues_none: Text = "You have not opened any colleague's answers in this browser."
    """Guide: shown when no colleague's answers are kept."""
    colleague_open_button: Text = "Open a colleague's answers"
    """Button that opens a file of a colleague's answers."""
    colleague_show_label: Text = "Show the answers of"
    """Guide and framework: the label of the choice of colleague whose answers are shown."""
    colleague_show_nobody: Text = "Nobody"
    """Guide and framework: the choice that shows no colleague's answers."""
    colleague_holds: Text = (
        "{journal} journal answers and {plan} plan answers, opened from {file} on {date}."
    )
    """What is kept of a colleague ({journal}, {plan}, {file} and {date} are filled in)."""
    colleague_opened: Text = "{name}'s answers have been opened from {file}."
    """Said after opening a colleague's answers."""
    colleague_updated: Text = "{name}'s answers have been updated from {file}."
    """Said after opening a newer file of a colleague whose answers were kept already."""
    colleague_older: Text = (
        "You already have newer answers from {name}, downloaded on {date}. Nothing was changed."
    )
    """Said when a file older than the one kept of that colleague is opened ({date}: when the
    kept one was downloaded)."""
    colleague_match_heading: Text = "Is this the {name} whose answers you already have?"
    """Heading of the question asked when a colleague's file has the name of a colleague kept,
    and a role is missing from one of them ({name} is the name)."""
    colleague_match_text: Text = (
        "The file {file} holds the answers of {person}. You already have answers from someone"
        " of that name, but a role is missing from one of the files, so this page cannot tell"
        " if they are the same person."
    )
    """What that question says ({file} and {person} are filled in)."""
    colleague_match_legend: Text = "What do you want to do with the answers in this file?"
    """The question above the choices."""
    colleague_match_update: Text = (
        "Update the answers of {who}, downloaded on {date}: {changes} answers would be added,"
        " changed or removed"
    )
    """Choice: update a colleague kept ({who} is their name and role, {date} when their file
    was downloaded, {changes} a number)."""
    colleague_match_new: Text = "Keep them as a new colleague"
    """Choice: keep the file's answers as a colleague of their own (chosen at first)."""
    colleague_match_button: Text = "Continue"
    """Button that does what was chosen."""
    colleague_plan_link: Text = "Fill in a plan for {name}"
    """Link to the development plan filled in for a colleague."""
    colleague_remove_button: Text = "Remove {name}'s answers"
    """Button that removes a colleague's answers from this browser."""
    colleague_remove_heading: Text = "Remove {name}'s answers?"
    """Heading of the question asked before removing a colleague's answers."""
    colleague_remove_text: Text = (
        "This removes their answers, and the plan you filled in for them, from this browser."
        " Download that plan first if you have not given it to them."
    )
    """What removing a colleague's answers does."""
    colleague_remove_confirm: Text = "Yes, remove them"
    """Button that removes a colleague's answers."""
    colleague_removed: Text = "{name}'s answers have been removed from this browser."
    """Said after removing a colleague's answers."""
    colleague_error_name: Text = "It does not say whose answers these are."
    """Reason a colleague's file was not opened: it holds no name."""
    colleague_error_locked: Text = (
        "Your answers are locked. Enter your passphrase above to see or open colleagues' answers."
    )
    """Reason a colleague's answers cannot be opened or shown: the answers are locked."""
    colleague_error_locked_file: Text = (
        "It is a locked copy. Ask your colleague to download their answers without a lock, and"
        " to give you the file in person."
    )
    """Reason a colleague's file was not opened: it is a locked copy (no passphrase is asked)."""
    colleague_answer: Text = "{name}'s answer:"
    """Guide: before a colleague's answer under a question ({name} is filled in)."""
    colleague_mark_now: Text = "{name} now"
    """Framework: marks the position a colleague is at now ({name} is filled in)."""
    colleague_mark_in_two_years: Text = "{name} in two years"
    """Framework: marks the position a colleague wants to be at in two years."""
    colleague_plan_for: Text = "You are filling in a development plan for {name}"
    """Plan filled in for a colleague: the heading that says whose plan it is."""
    colleague_name_unknown: Text = "a colleague"
    """Stands for a colleague's name in the words the page is served with, before its script
    puts the name in: what a reader without scripts, or a validator, finds."""
    colleague_tools_heading: Text = "The plan for {name}"
    """Plan filled in for a colleague: the heading of its panel (in place of "Your answers")."""
    colleague_download_button: Text = "Download the plan for {name}"
    """Plan filled in for a colleague: the buttons that download it (in place of "Download my
    answers")."""
    colleague_download_done: Text = "The plan for {name} has been downloaded as {file}."
    """Said after downloading the plan filled in for a colleague ({file} is the file's name)."""
    colleague_load_button: Text = "Load the plan for {name} from a file"
    """Plan filled in for a colleague: the button that loads it from a file (in place of "Load
    answers from a file")."""
    colleague_print_button: Text = "Print the plan for {name}"
    """Plan filled in for a colleague: the button that prints it (in place of "Print your
    answers")."""
    colleague_load_mine: Text = "In the plan for {name} on this device"
    """Plan filled in for a colleague, loading a file: the answer kept here, beside the file's
    (in place of "Your answer")."""
    colleague_clear_button: Text = "Clear the plan for {name} from this device"
    """Plan filled in for a colleague: the button that clears that plan, and nothing else."""
    colleague_clear_heading: Text = "Clear the plan you filled in for {name}?"
    """Heading of the question asked before clearing the plan filled in for a colleague."""
    colleague_clear_text: Text = (
        "This deletes the development plan you filled in for {name} from this browser, and"
        " nothing else: your own answers and the answers from {name}'s file stay. You cannot"
        " undo it. Download the plan first if you want to keep a copy."
    )
    """What clearing the plan filled in for a colleague does."""
    colleague_clear_confirm: Text = "Yes, clear the plan for {name}"
    """Button that clears the plan filled in for a colleague."""
    colleague_clear_done: Text = (
        "The plan you filled in for {name} has been cleared from this device."
    )
    """Said after clearing the plan filled in for a colleague."""
    colleague_summary_heading: Text = "{name}'s reflection journal answers"
    """Plan filled in for a colleague: heading of their journal answers, from their file."""
    colleague_summary_intro: Text = (
        "{name}'s answers from the reflection journal, opened from their file, to have at hand"
        " in your conversation. They cannot be changed here."
    )
    """Plan filled in for a colleague: words under that heading."""
    colleague_summary_empty: Text = "{name}'s file holds no journal answers."
    """Plan filled in for a colleague: shown when their file holds no journal answer."""
    colleague_plan_text: Text = (
        "It is kept apart from your own plan. When you have finished, download it and give"
        " them the file to load."
    )
    """Plan filled in for a colleague: what to do with it."""
    colleague_plan_own: Text = "Go to your own development plan"
    """Plan filled in for a colleague: the link to the person's own plan."""
    colleague_unknown_heading: Text = (
        "No colleague's answers with this link are kept in this browser"
    )
    """Plan link for a colleague not kept here (removed, or opened elsewhere): the heading."""
    colleague_unknown_text: Text = (
        "They may have been removed, or opened in another browser or in a tab since closed."
        " Open your colleague's answers on the facilitation guide, then fill in a plan for"
        " them from there."
    )
    """Plan link for a colleague not kept here: what to do."""
    colleague_unknown_guide: Text = "Go to the facilitation guide"
    """Plan link for a colleague not kept here: the link to the guide."""
    # Check your answers
    check_title: Text = "Check your answers"
    """The title of the page of every answer given, with links to change them."""
    check_intro: Text = (
        "Every question you have answered in your reflection journal and development plan on"
        " this device. Change an answer, print this page, or copy it as text to paste into an"
        " email, a document or a notes field."
    )
    """Check your answers: the words under the heading."""
    check_empty: Text = "You have not answered any question on this device yet."
    """Check your answers: shown for a form without answers."""
    check_locked: Text = "Your answers are locked. Enter your passphrase to see them here."
    """Check your answers: shown while the answers are locked."""
    check_change: Text = "Change"
    """Check your answers: the link to an answer's question."""
    check_copy_button: Text = "Copy as text"
    """Check your answers: the button that copies every answer as plain text."""
    check_copied: Text = (
        "Your answers have been copied. Paste them into an email, a document or a notes field."
    )
    """Said after copying the answers as text."""
    check_copy_failed: Text = (
        "This browser did not let the page copy. The text is in the box below: select it and"
        " copy it."
    )
    """Said when the browser did not let the page copy."""
    check_text_label: Text = "Your answers as text"
    """Check your answers: the label of the box that shows the text when copying failed."""
    next_check_link: Text = "Check your answers"
    """Journal and plan, what to do next: the link to the page of every answer."""
    # The review date, for a calendar
    calendar_button: Text = "Add the review date to your calendar"
    """Plan, what to do next: the button that downloads the review date as an .ics file."""
    calendar_done: Text = (
        "The review date has been downloaded as {file}. Open it to add it to your calendar."
    )
    """Said after downloading the calendar file ({file} is its name)."""
    calendar_no_date: Text = "Fill in the date of the next review first."
    """Said when there is no review date (nor any objective's date) to add to a calendar."""
    calendar_review_title: Text = "Your Scope for Growth review"
    """The calendar file, on the person's own plan: the review event's title (unless
    content/plan.yml `calendar: title` sets one)."""
    calendar_review_title_manager: Text = "Your Scope for Growth review with {manager}"
    """The same, when the plan gives the name of the line manager or coach ({manager})."""
    calendar_review_description: Text = (
        "Review the development plan agreed in your Scope for Growth career conversation: how"
        " are you getting on, and what has changed since you last talked?"
    )
    """The calendar file, on the person's own plan: the review event's words (unless
    content/plan.yml `calendar: description` sets them)."""
    calendar_objective_title: Text = "Your objective is due: {objective}"
    """The calendar file, on the person's own plan: the title of the event on an objective's
    date ({objective} is what the objective says)."""
    calendar_objective_description: Text = (
        "The date agreed for an objective of your development plan: {objective}"
    )
    """The words of that event ({objective} too)."""
    calendar_plan_of: Text = "From the development plan of {name}."
    """The calendar file, on the person's own plan: the last line of each event's words, when
    the plan gives their name ({name})."""
    calendar_reminder: Text = "{title}, on {date}"
    """The words of each event's reminder ({title} is the event's title, {date} its date)."""
    colleague_calendar_review_title: Text = "{name}'s Scope for Growth review"
    """The calendar file, on a plan filled in for a colleague: the review event's title
    ({name} is the colleague's name; unless content/plan.yml `calendar: title` sets one)."""
    colleague_calendar_review_description: Text = (
        "Review the development plan you agreed with {name} in their Scope for Growth career"
        " conversation: how are they getting on, and what has changed since you last talked?"
    )
    """The same event's words (unless content/plan.yml `calendar: description` sets them)."""
    colleague_calendar_objective_title: Text = "{name}'s objective is due: {objective}"
    """The calendar file, on a plan filled in for a colleague: the title of the event on an
    objective's date."""
    colleague_calendar_objective_description: Text = (
        "The date agreed for an objective of {name}'s development plan: {objective}"
    )
    """The words of that event."""
    # The outcome record
    outcome_heading: Text = "Outcome record"
    """Plan, what to do next: the heading of the outcome record."""
    outcome_hint: Text = (
        "For your organisation's talent records: one line per conversation held (your plan,"
        " and each plan you filled in for a colleague, once it has the date of the"
        " conversation, a position, an objective or a review) with the name, the date, the"
        " positions now and in two years, how many objectives were set, who downloaded it"
        " when, and how the objectives went at the last review. It never holds journal"
        " answers, notes or anything private."
    )
    """Plan, what to do next: what the outcome record holds."""
    outcome_csv_button: Text = "Download the outcome record (CSV)"
    """Button that downloads the outcome record as CSV, for a spreadsheet."""
    outcome_json_button: Text = "Download the outcome record (JSON)"
    """Button that downloads the outcome record as JSON."""
    outcome_done: Text = "The outcome record has been downloaded as {file}."
    """Said after downloading the outcome record ({file} is its name)."""
    outcome_none: Text = (
        "There is no conversation to record yet. Fill in the date of the conversation,"
        " a position or an objective first."
    )
    """Said instead of downloading the outcome record when no plan kept here holds a
    conversation (the date of the conversation, a position or an objective): a plan with only
    a name and a role is none."""
