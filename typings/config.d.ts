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
  text: { [key: string]: string };
  privacy: PrivacySettings;
  /** Where each growth direction's positions are, now and in two years (plan fields). */
  positions: Position[];
  calendar?: Calendar;
  outcome?: Outcome;
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
}

/** The answer keys of whose answers they are (generator/naming.py PERSON). */
interface PersonKeys {
  name: string;
  role: string;
}

/** What the content says about an answer (config.answers[form][key]). */
interface Answer {
  question: string;
  /** A choice's or a position's label, by its id. */
  choices?: { [key: string]: string };
  /** True for a table (its answer is its order of rows). */
  table?: boolean;
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

/** What the plan's calendar event is made of. */
interface Calendar {
  /** The answer key of the review date. */
  key: string;
  title: string;
  description: string;
  organisation: string;
}

/** What the plan's outcome record is made of. */
interface Outcome {
  date: string;
  objectives: string;
  /** In order: a new column only ever comes last. */
  columns: string[];
}

/**
 * The configuration of "Forget me on this computer" (data-sfg-privacy, on every page,
 * from generator/render/privacy.py).
 */
interface ForgetConfig {
  names: NamingRules;
  forms: string[];
  /** Its words (generator/models/privacy.py FORGET_WORDS). */
  text: { [key: string]: string };
}
