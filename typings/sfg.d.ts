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

/** One form's answers as kept in storage (store.js). */
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

/** A colleague's answers, opened from their file (colleagues.js). */
interface Colleague extends Person {
  id: string;
  file: string;
  opened: string;
  exported: string;
  forms: ReadFile["forms"];
  clocks: ReadFile["clocks"];
}

/** What keeping a colleague's file did (components/colleague-file.js): what to say, and whose id. */
interface KeptColleague {
  message: string;
  id?: string;
  problem?: boolean;
}

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

/** Our events (CustomEvent) and their detail: see component.js and components/form.js. */
interface SfgEvents {
  "sfg:render": { answers: AnswerRecord["answers"] };
  "sfg:change": { record: AnswerRecord; keys: string[] | null };
  "sfg:status": { message?: string; problem?: boolean; notice?: string; reminder?: string };
  "sfg:announce": { message: string };
  "sfg:confirm": Question & { answer(yes: boolean): void };
  "sfg:put": { answers: { [key: string]: string } };
  "sfg:replace": { record?: AnswerRecord; failure?: unknown };
  "sfg:collect": { record?: AnswerRecord };
  "sfg:download": { locked?: boolean } | null;
  "sfg:downloaded": Downloaded;
  "sfg:flush": { waits: Promise<unknown>[] };
  /** Number edits from now on after edit `clock` (store.js: Lamport). */
  "sfg:clock": { clock: number };
  "sfg:locked": { reason: string; kept?: boolean };
  "sfg:unlocked": null;
  "sfg:forgotten": null;
  /** Another tab chose to keep answers or not: this tab's moved across (on the document). */
  "sfg:moved": { keep: boolean; apart?: boolean };
  "sfg:passphrase": { answer(passphrase: string | null): void };
  "sfg:suggest": { text: string };
  "sfg:person": Person;
  /** Keep a colleague's file, read whole; `answer` hears what happened (null: cancelled). */
  "sfg:colleague-file": { read: ReadFile; file: string; answer(kept: KeptColleague | null): void };
}

type Names = InstanceType<typeof sfg.Names>;
type Store = InstanceType<typeof sfg.Store>;
type Place = InstanceType<typeof sfg.Place>;
