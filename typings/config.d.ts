/* The configuration each page hands its scripts (data-sfg-config, data-sfg-privacy), for
   `tsc --checkJs` only: never served. Written by `python -m generator typings typings`
   (make schemas) from generator/render/contract.py: change the models there, not this file.
   typings/sfg.d.ts declares the rest (events, records). */

/** A page's configuration (data-sfg-config, from generator/render/config.py). */
interface Config {
  /** The form of the page ("journal" or "plan"), or "" on a page that only shows answers. */
  form: string;
  forms: string[];
  names: NamingRules;
  /** Per form, per answer key: its question and choices. */
  answers: { [key: string]: { [key: string]: Answer } };
  site: string;
  lang: string;
  /** The interface words the scripts show (generator/models/interface.py SCRIPT_WORDS). */
  text: ScriptWords;
  privacy: PrivacySettings;
  /** Where each growth direction's positions are, now and in two years (plan fields). */
  positions: Position[];
  calendar?: Calendar;
  outcome?: Outcome;
  review?: Review;
}

/** How answers are named (config.names, from generator/naming.py script_names). */
interface NamingRules {
  namespace: string;
  /** Each form's record key in the browser's storage. */
  records: { [key: string]: string };
  /** What every key of this toolkit in the browser's storage starts with. */
  prefix: string;
  /**
   * Keys of ours that hold no answer (generator/naming.py privacy_names): the choice to
   * keep answers, the lock, the last download, the forms opened from a folder.
   */
  choice: string;
  lock: string;
  downloaded: string;
  opened: string;
  /** The colleague whose answers are shown: an id, in the tab's sessionStorage for the visit. */
  shown: string;
  keyPattern: string;
  cellPattern: string;
  rowPattern: string;
  rowPlaceholder: string;
  cellKey: string;
  exportKey: string;
  setAsideKey: string;
  cellControlId: string;
  colleaguePattern: string;
  /** Templates of a colleague's key and of the records filled in for them. */
  colleague: string;
  colleagueRecord: string;
  fileName: string;
  /** The answer keys of whose answers they are. */
  person: PersonKeys;
  /** The keys of the plans reviewed and of a review being written. */
  past: PastKeys;
}

/** The answer keys of whose answers they are (generator/naming.py PERSON). */
interface PersonKeys {
  name: string;
  role: string;
}

/**
 * The plan's own keys that answer no question (generator/naming.py PAST): each past plan
 * in a cell ``{table}/<row>/{column}``, a review being written under ``draft``.
 */
interface PastKeys {
  table: string;
  column: string;
  draft: string;
}

/** What the content says about an answer (config.answers[form][key]). */
interface Answer {
  question: string;
  /** A choice's or a position's label, by its id. */
  choices?: { [key: string]: string };
  /** True for a table (its answer is its order of rows). */
  table?: boolean;
  /**
   * True for an answer marked private (content ``private: true``, or a cell of a private
   * table or column): a file leaves it out unless the person chooses to include it.
   */
  private?: boolean;
}

/** The words the scripts show (generator/models/interface.py SCRIPT_WORDS). */
interface ScriptWords {
  status_kept_session: string;
  reminder_never: string;
  reminder_last: string;
  lock_unlocking: string;
  lock_setting: string;
  lock_error_empty: string;
  lock_error_short: string;
  lock_error_match: string;
  lock_error_wrong: string;
  lock_error_storage: string;
  lock_set_done: string;
  lock_changed_done: string;
  lock_removed_done: string;
  lock_reason_idle: string;
  lock_reason_now: string;
  lock_reason_elsewhere: string;
  forget_heading: string;
  forget_text: string;
  forget_confirm: string;
  forget_done: string;
  forget_failed: string;
  forget_done_elsewhere: string;
  kept_journal: string;
  kept_plan: string;
  kept_locked: string;
  kept_set_aside: string;
  kept_colleague: string;
  kept_colleague_plan: string;
  kept_colleagues_unnamed: string;
  kept_nothing: string;
  download_locked_file_name: string;
  load_error_passphrase: string;
  keep_done: string;
  keep_apart: string;
  session_done: string;
  download_name_journal: string;
  download_name_plan: string;
  download_name_both: string;
  download_name_review: string;
  download_name_outcome: string;
  load_form_added: string;
  load_form_same: string;
  load_form_differ: string;
  load_form_empty: string;
  load_theirs: string;
  load_theirs_nobody: string;
  load_no_answer: string;
  load_rows: string;
  load_will_change: string;
  load_will_not_change: string;
  load_confirm_nothing: string;
  load_nothing: string;
  load_nothing_new: string;
  load_other_heading: string;
  load_other_text: string;
  load_other_kept: string;
  colleague_holds: string;
  colleague_opened: string;
  colleague_updated: string;
  colleague_older: string;
  colleague_match_heading: string;
  colleague_match_text: string;
  colleague_match_update: string;
  colleague_plan_link: string;
  colleague_remove_button: string;
  colleague_remove_heading: string;
  colleague_remove_text: string;
  colleague_remove_confirm: string;
  colleague_removed: string;
  colleague_error_name: string;
  colleague_error_locked: string;
  colleague_error_locked_file: string;
  colleague_answer: string;
  colleague_mark_now: string;
  colleague_mark_in_two_years: string;
  colleague_plan_for: string;
  colleague_tools_heading: string;
  colleague_download_button: string;
  colleague_download_done: string;
  colleague_clear_button: string;
  colleague_load_button: string;
  colleague_print_button: string;
  colleague_load_mine: string;
  load_mine: string;
  colleague_clear_heading: string;
  colleague_clear_text: string;
  colleague_clear_confirm: string;
  colleague_clear_done: string;
  colleague_summary_heading: string;
  colleague_summary_intro: string;
  colleague_summary_empty: string;
  check_copied: string;
  check_copy_failed: string;
  calendar_done: string;
  calendar_no_date: string;
  calendar_review_title: string;
  calendar_review_title_manager: string;
  calendar_review_description: string;
  calendar_objective_title: string;
  calendar_objective_description: string;
  calendar_plan_of: string;
  calendar_reminder: string;
  colleague_calendar_review_title: string;
  colleague_calendar_review_description: string;
  colleague_calendar_objective_title: string;
  colleague_calendar_objective_description: string;
  download_choice_missing: string;
  outcome_done: string;
  outcome_none: string;
  review_done: string;
  review_cancelled: string;
  history_plan_heading: string;
  history_outcome: string;
  history_note: string;
  history_not_reviewed: string;
  history_remove_heading: string;
  history_remove_text: string;
  history_remove_confirm: string;
  history_removed: string;
  load_form_past: string;
  status_saved: string;
  status_saved_earlier: string;
  status_unavailable: string;
  status_full: string;
  status_unreadable: string;
  status_unreadable_blocked: string;
  progress: string;
  progress_locked: string;
  download_file_name: string;
  download_done: string;
  load_summary: string;
  load_whose: string;
  load_done: string;
  load_failed: string;
  load_error_size: string;
  load_error_empty: string;
  load_error_read: string;
  load_error_format: string;
  load_error_version: string;
  load_error_namespace: string;
  load_error_answer: string;
  load_error_count: string;
  load_error_rows: string;
  load_error_future: string;
  clear_heading: string;
  clear_text: string;
  clear_confirm: string;
  clear_done: string;
  orphan_question_unknown: string;
  orphan_copied: string;
  orphan_delete_heading: string;
  orphan_delete_text: string;
  orphan_delete: string;
  orphan_deleted: string;
  row_added: string;
  row_moved: string;
  row_removed: string;
  row_remove_heading: string;
  row_remove_text: string;
  row_remove_confirm: string;
  suggestion_added: string;
}

/** The settings of content/site.yml ``privacy:`` (generator/render/privacy.py). */
interface PrivacySettings {
  keep: boolean;
  idleMinutes: number;
  minLength: number;
  reminderEdits: number;
}

/** Where a growth direction's position is asked in the plan, now or in two years. */
interface Position {
  key: string;
  direction: string;
  when: string;
  /** Its column in the outcome record. */
  column: string;
}

/**
 * What the plan's calendar events are made of: the review date, and each objective's date
 * (the column ``review.due`` of the table ``review.table``).
 */
interface Calendar {
  /** The answer key of the review date. */
  key: string;
  /**
   * The review event's title set in content/plan.yml ("": the interface words, which say
   * whose review it is to the one who downloads it).
   */
  title: string;
  /** The review event's words set in content/plan.yml ("": the interface words). */
  description: string;
  organisation: string;
  /** Each event's reminder comes this many days before it. */
  reminderDays: number;
  /** The answer key of the line manager's name ("": none). */
  manager: string;
  /** The column id of the table of objectives whose text names an objective ("": none). */
  objective: string;
}

/** What the plan's outcome record is made of. */
interface Outcome {
  date: string;
  objectives: string;
  /** In order: a new column only ever comes last. */
  columns: string[];
  /** The column of the date of the last review ("": the plan has no review). */
  reviewed: string;
  /** By a review outcome's id, its column: how many objectives went that way. */
  outcomes: { [key: string]: string };
}

/** What the review of a plan is made of (content/plan.yml ``review:``). */
interface Review {
  /** The answer key of the table of objectives. */
  table: string;
  /** The column id of who acts on an objective ("": none). */
  owner: string;
  /** The column id of by when ("": none). */
  due: string;
  /** The answer key of the date of the next review. */
  nextDate: string;
  /**
   * The answer keys the next plan keeps as they are, besides the person's name and role,
   * the positions and the objectives carried over.
   */
  keep: string[];
  outcomes: ReviewChoice[];
}

/** How an objective can have gone (content/plan.yml ``review: outcomes``). */
interface ReviewChoice {
  id: string;
  label: string;
  /** Carried over into the next plan. */
  unfinished: boolean;
}

/**
 * The configuration of "Forget me on this computer" (data-sfg-privacy, on every page,
 * from generator/render/privacy.py).
 */
interface ForgetConfig {
  names: NamingRules;
  forms: string[];
  /** Its words (generator/models/privacy.py FORGET_WORDS). */
  text: ForgetWords;
}

/** The words of "Forget me on this computer" (generator/models/privacy.py FORGET_WORDS). */
interface ForgetWords {
  forget_heading: string;
  forget_text: string;
  forget_confirm: string;
  forget_done: string;
  forget_failed: string;
  forget_done_elsewhere: string;
  kept_journal: string;
  kept_plan: string;
  kept_locked: string;
  kept_set_aside: string;
  kept_colleague: string;
  kept_colleague_plan: string;
  kept_colleagues_unnamed: string;
  kept_nothing: string;
}
