/* Types shared by the toolkit's scripts (theme/assets/js), for `tsc --checkJs` only: never
   served. The scripts' classes and functions are typed by their own JSDoc; this file names
   the data they pass around, and what Material for MkDocs adds to the page. The pages'
   configuration (Config, ForgetConfig and what they hold) is typings/config.d.ts, written
   from generator/render/contract.py: never typed by hand here. */

interface Window {
  /** Material for MkDocs: emits after each instant navigation (never from file://). */
  document$?: { subscribe(next: (document: Document) => void): unknown };
  /** Material for MkDocs: the address; with instant loading, a new one loads that page in place. */
  location$?: { next(url: URL): void };
}

/** When an answer was last edited: the record's edit number, then the tab that made it. */
type Stamp = [edit: number, tab: string];

/** One form's answers as kept in storage (records.js). */
/** A plan reviewed, kept read only (theme/assets/js/past.js). */
interface PastPlan {
  /** When it was reviewed: yyyy-mm-dd. */
  reviewed: string;
  answers: { [key: string]: string };
  questions: { [key: string]: string };
  /** How each objective went, by its row in the table of objectives: an outcome's id, a note. */
  outcomes: { [row: string]: { outcome: string; note: string } };
}

/** A review being written, kept as JSON text under config.names.past.draft (components/review). */
interface ReviewDraft {
  /** How each objective went, by its row in the table of objectives: an outcome's id ("": not marked), a note. */
  outcomes: { [row: string]: { outcome: string; note: string } };
  /** The date of the next review: yyyy-mm-dd, or "". */
  next: string;
}

interface AnswerRecord {
  format: string;
  version: number;
  form: string;
  /** When it was last saved, as an ISO date: shown, never compared. */
  saved: string | null;
  /** The highest edit number handed out. */
  clock: number;
  answers: { [key: string]: string };
  edits: { [key: string]: Stamp };
  questions: { [key: string]: string };
}

/** Whose answers: a person's name and role. */
interface Person {
  name: string;
  role: string;
}

/** An answer in a file (files.js): its question, its text, and its edit stamp (version 3 on). */
interface FileAnswer {
  question: string;
  answer: string;
  edit?: Stamp;
}

/** One form's answers in a file, per answer key. */
type FileForm = { [key: string]: FileAnswer };

/** A file of answers as read (files.js): per form it holds, its answers and its record's clock. */
interface ReadFile {
  forms: { [form: string]: FileForm };
  /** Each form's clock: the highest edit number its record had handed out (0 before version 3). */
  clocks: { [form: string]: number };
  /** True when the file says the order of its edits (version 3 on). */
  ordered: boolean;
  person: Person;
  exported: Date;
}

/** A colleague's answers, opened from their file (colleague-book.js). */
interface Colleague extends Person {
  id: string;
  file: string;
  opened: string;
  exported: string;
  forms: ReadFile["forms"];
  clocks: ReadFile["clocks"];
}

/** What keeping a colleague's file did (components/colleague-file): what to say, and whose id. */
interface KeptColleague {
  message: string;
  id?: string;
  problem?: boolean;
}

/** A word the scripts show (config.text: typings/config.d.ts). */
type ScriptWord = keyof ScriptWords;

/** A word of "Forget me on this computer" (its own configuration's text). */
type ForgetWord = keyof ForgetWords;

/** When answers were last downloaded, and each form's edit count then. */
interface Downloaded {
  at: string;
  clocks: { [form: string]: number };
}

/** What the confirmation dialog asks. */
interface Question {
  heading: string;
  text: string;
  items?: string[];
  confirm: string;
}

/** News (CustomEvent) and its detail: one part of a page tells the others what happened, or
    tells the form what to do without an answer (component.js emit and listen). */
interface SfgEvents {
  "sfg:render": { answers: AnswerRecord["answers"] };
  "sfg:change": { record: AnswerRecord; keys: string[] | null };
  "sfg:status": { message?: string; problem?: boolean; notice?: string; reminder?: string };
  "sfg:announce": { message: string };
  "sfg:put": { answers: { [key: string]: string } };
  "sfg:replace": { record?: AnswerRecord; failure?: unknown };
  "sfg:download": { locked?: boolean } | null;
  "sfg:downloaded": Downloaded;
  /** Number edits from now on after edit `clock` (records.js: Lamport). */
  "sfg:clock": { clock: number };
  "sfg:locked": { reason: string; kept?: boolean };
  "sfg:unlocked": null;
  "sfg:forgotten": null;
  /** Another tab chose to keep answers or not: this tab's moved across (on the document). */
  "sfg:moved": { keep: boolean; apart?: boolean };
  "sfg:suggest": { text: string };
  "sfg:person": Person;
  /** The colleague whose answers show on the guide, or null for nobody (components/colleagues, on the document). */
  "sfg:colleague": { colleague: Colleague | null };
}

/** Requests one part of a page makes of another (component.js request and answer): what is
    asked, and the answer that comes back. The nearest part that answers takes it. */
interface SfgRequests {
  /** Ask before something that cannot be undone: true when the person agrees (components/dialog). */
  "sfg:confirm": { ask: Question; answer: boolean };
  /** The passphrase of a locked file, or null when the person cancelled (components/privacy). */
  "sfg:passphrase": { ask: {}; answer: string | null };
  /** This page's record as it is now, saved first (components/form). */
  "sfg:collect": { ask: {}; answer: AnswerRecord | null };
  /** Save now, however long sealing takes (components/form). */
  "sfg:flush": { ask: {}; answer: void };
  /** Keep a colleague's file, read whole: what happened, or null when the person cancelled
      (components/colleague-file). */
  "sfg:colleague-file": { ask: { read: ReadFile; file: string }; answer: KeptColleague | null };
}

/** A request as it travels: the question, and how to answer it (the detail of its CustomEvent). */
type SfgRequest<K extends keyof SfgRequests> = SfgRequests[K]["ask"] & {
  answer(value: SfgRequests[K]["answer"]): void;
  fail?(error: unknown): void;
};

type Names = InstanceType<typeof sfg.Names>;
type Keys = InstanceType<typeof sfg.Keys>;
type Store = InstanceType<typeof sfg.Store>;
type Place = InstanceType<typeof sfg.Place>;
/** A storage area, every call wrapped (storage.js). */
type Area = ReturnType<typeof sfg.storage.wrap>;
