// @ts-check
/* Scope for Growth: a file of answers, made and read (components/transfer downloads and
   loads the person's own; components/colleagues opens a colleague's), and what loading one
   into a record would change.
   Version 3: {format, version: 3, namespace, site, exported, person: {name, role},
   forms: ["plan"], clocks: {plan: 42}, answers: {"plan/evidence": {question, answer, edit}}}:
   only the forms chosen, whose answers they are, each answer beside its question, so that a
   person can read it, with its edit stamp (store.js: [edit number, tab]) and each form's
   record clock, so that loading it can tell which of two answers was changed more recently
   by the order of edits, never by a computer's clock. Version 2 had no stamps nor clocks;
   version 1 held every form: read now, a form without a single answer in it counts as not in
   the file (it never empties that form). An answer without a stamp comes before every edit
   (records.js newer()): where the person's own answer differs, theirs is kept unless they
   choose the file's. A file is checked whole, and nothing in it is taken on trust: every name
   must be one of ours, every answer text of a sane length, a table of a sane number of rows,
   the date it was downloaded not in the future. A locked copy (vault.js) is opened with the
   passphrase the person gives first. */
"use strict";
var sfg = sfg || {};
{
  const { own, vault } = sfg;
  const { dict, isObject, isStamp, newer, edit } = sfg.records;
  const FORMAT = "scope-for-growth-answers";
  const VERSION = 3;
  /**
   * The most a file may hold. `rows`: rows of one table. A plan's table holds a handful of
   * objectives; 200 rows is far beyond any real plan and still loads in well under a second
   * (0.6 s measured), where 2,000 took 17 s and 25,000 froze the page for minutes: the work
   * of showing rows grows faster than their number, so the cap is checked here, before
   * anything is drawn or kept. `tab`: the length of a tab's id in an edit stamp.
   */
  const LIMITS = { bytes: 5e6, size: "5 MB", answers: 5000, length: 100000, name: 200, rows: 200, tab: 64 };
  /** How far ahead of this computer's clock a file's date may be (two computers' clocks differ). */
  const DAY = 24 * 60 * 60 * 1000;

  /** What is wrong with a file: the interface word that says it, and what fills it in. */
  class ImportProblem extends Error {
    /** @param {ScriptWord} word @param {{[slot: string]: string}} [parts] */
    constructor(word, parts = {}) {
      super(word);
      this.name = "ImportProblem";
      this.word = word;
      this.parts = parts;
    }
  }

  /**
   * Whose answers `records` are: the first name given in them, with its role.
   * @param {Names} names @param {AnswerRecord[]} records
   * @returns {Person}
   */
  const whose = (names, records) => {
    const { name, role } = names.rules.person;
    for (const record of records) {
      const given = (record.answers[name] || "").trim();
      if (given) return { name: given, role: (record.answers[role] || "").trim() };
    }
    return { name: "", role: "" };
  };

  /**
   * The file of `records` (the forms chosen), as data.
   * @param {Names} names @param {AnswerRecord[]} records
   * @param {{namespace: string, site: string, exported: string}} about
   */
  const make = (names, records, about) => {
    /** @type {{[name: string]: FileAnswer}} */
    const answers = {};
    for (const { form, answers: given, questions, edits } of records) {
      for (const [key, answer] of Object.entries(given)) {
        if (answer) answers[names.exportKey(form, key)] = { question: names.question(form, key) || questions[key] || "", answer, edit: edits[key] };
      }
    }
    const clocks = Object.fromEntries(records.map((record) => [record.form, record.clock]));
    return { format: FORMAT, version: VERSION, ...about, person: whose(names, records), forms: records.map((record) => record.form), clocks, answers };
  };

  /**
   * The text of a locked file, opened with the passphrase `ask` gets (null: the person
   * cancelled); the file's own text otherwise.
   * @param {string} content @param {() => Promise<string | null>} ask
   */
  const unseal = async (content, ask) => {
    let data;
    try {
      data = JSON.parse(content);
    } catch {
      return content;
    }
    if (!vault.isSealedFile(data)) return content;
    const passphrase = await ask();
    if (passphrase === null) return null;
    try {
      return await vault.openFile(data, passphrase);
    } catch {
      throw new ImportProblem("load_error_passphrase");
    }
  };

  /** @param {unknown} value @param {number} limit */
  const text = (value, limit) => (typeof value === "string" ? value.slice(0, limit).trim() : "");

  /** @param {Date} date @param {string} lang Like 24 November 2026. */
  const day = (date, lang) => date.toLocaleDateString(lang, { day: "numeric", month: "long", year: "numeric" });

  /** @param {unknown} value @returns {value is number} */
  const isCount = (value) => Number.isSafeInteger(value) && Number(value) >= 0;

  /**
   * A file's answers, per form it holds: {form: {key: {question, answer, edit}}}, each form's
   * clock, whose they are and when it was downloaded; or an ImportProblem that says what is
   * wrong.
   * @param {string} content @param {Names} names @param {string} namespace @param {string} lang
   * @param {number} [now] This computer's time: a file downloaded more than a day after it is refused.
   * @returns {ReadFile}
   */
  const read = (content, names, namespace, lang, now = Date.now()) => {
    if (!content.trim()) throw new ImportProblem("load_error_empty");
    let data;
    try {
      data = JSON.parse(content);
    } catch {
      throw new ImportProblem("load_error_format");
    }
    if (!isObject(data) || data.format !== FORMAT || !isObject(data.answers) || !Number.isInteger(data.version) || Number(data.version) < 1) {
      throw new ImportProblem("load_error_format");
    }
    const version = Number(data.version);
    if (version > VERSION) throw new ImportProblem("load_error_version");
    if (data.namespace !== namespace) throw new ImportProblem("load_error_namespace");
    // A date in the future would make this file newer than any real one, for good.
    const exported = new Date(String(data.exported));
    if (exported.getTime() > now + DAY) throw new ImportProblem("load_error_future", { date: day(exported, lang) });
    const keys = Object.keys(data.answers);
    if (keys.length > LIMITS.answers) throw new ImportProblem("load_error_count", { limit: LIMITS.answers.toLocaleString(lang) });
    const damaged = () => new ImportProblem("load_error_answer", { limit: LIMITS.length.toLocaleString(lang) });
    /** @type {ReadFile["forms"]} */
    const forms = dict();
    if (version >= 2) {
      if (!Array.isArray(data.forms) || data.forms.some((form) => typeof form !== "string" || !names.answers[form])) throw damaged();
      for (const form of data.forms) forms[form] = dict();
    }
    const ordered = version >= 3;
    if (ordered && !isObject(data.clocks)) throw damaged();
    for (const key of keys) {
      const named = names.fromExportKey(key);
      const item = data.answers[key];
      const answer = own(item, "answer");
      const stamp = ordered ? own(item, "edit") : undefined;
      if (!named || typeof answer !== "string" || answer.length > LIMITS.length) throw damaged();
      if (stamp !== undefined && !(isStamp(stamp) && stamp[1].length <= LIMITS.tab)) throw damaged();
      if (version < 2) forms[named.form] ||= dict();
      const form = forms[named.form];
      if (!form) throw damaged(); // an answer of a form the file says it does not hold
      const question = names.question(named.form, named.key) || text(own(item, "question"), 2000);
      form[named.key] = stamp ? { question, answer, edit: [stamp[0], stamp[1]] } : { question, answer };
    }
    /** @type {ReadFile["clocks"]} */
    const clocks = dict();
    for (const [form, given] of Object.entries(forms)) {
      const clock = ordered ? own(data.clocks, form) : 0;
      if (clock !== undefined && !isCount(clock)) throw damaged();
      clocks[form] = Math.max(Number(clock ?? 0), ...Object.values(given).map((item) => item.edit?.[0] ?? 0));
      tooManyRows(names, form, given, lang);
    }
    const person = own(data, "person");
    /** @type {Person} */
    let found = { name: text(own(person, "name"), LIMITS.name), role: text(own(person, "role"), LIMITS.name) };
    if (!found.name) {
      // Version 1 said nobody's name: the answers may.
      const { name, role } = names.rules.person;
      for (const form of Object.values(forms)) {
        const given = text(form[name]?.answer, LIMITS.name);
        if (given) {
          found = { name: given, role: text(form[role]?.answer, LIMITS.name) };
          break;
        }
      }
    }
    return { forms, clocks, ordered, person: found, exported };
  };

  /**
   * Refuse a form of a file with a table of more rows than LIMITS.rows: a table's order names
   * its rows, and so do its cells' keys.
   * @param {Names} names @param {string} form @param {FileForm} given @param {string} lang
   */
  const tooManyRows = (names, form, given, lang) => {
    /** @type {Map<string, Set<string>>} */
    const tables = new Map();
    /** @param {string} table @param {string[]} rows */
    const count = (table, rows) => {
      const seen = tables.get(table) || new Set();
      tables.set(table, seen);
      for (const row of rows) seen.add(row);
      if (seen.size > LIMITS.rows) throw new ImportProblem("load_error_rows", { limit: LIMITS.rows.toLocaleString(lang) });
    };
    for (const [key, { answer }] of Object.entries(given)) {
      const cell = names.cell(key);
      if (cell) count(cell.table, [cell.row]);
      else if (names.describe(form, key)?.table) count(key, answer.split(/\s+/).filter(Boolean));
    }
  };

  /**
   * What loading `given` (one form of a file) into `record` would do, answer by answer:
   * - added: the file has an answer where the record has none (an answer emptied here after
   *   the file's was made, by the order of edits, is a difference instead);
   * - same: the two hold the same text;
   * - differ: both hold an answer, and they differ; `newer` says which was changed more
   *   recently by the order of edits: "file" or "mine", or "" when the file does not say
   *   (versions 1 and 2), and then the person's own stays unless they choose the file's.
   * @param {AnswerRecord} record @param {FileForm} given
   */
  const compare = (record, given) => {
    /** @type {string[]} */
    const added = [];
    /** @type {string[]} */
    const same = [];
    /** @type {{key: string, newer: "mine" | "file" | ""}[]} */
    const differ = [];
    for (const [key, { answer, edit: stamp }] of Object.entries(given)) {
      const mine = record.answers[key] ?? "";
      if (mine === answer) same.push(key);
      else if (!mine.trim() && !(stamp && newer(record.edits[key], stamp))) added.push(key);
      else differ.push({ key, newer: !stamp ? "" : newer(stamp, record.edits[key]) ? "file" : "mine" });
    }
    return { added, same, differ };
  };

  /**
   * `record` with the answers `keys` of `given` taken in (a new record; `record` is left as
   * it is). Its clock is at least the file's (`clock`, Lamport), so that every edit made
   * after loading comes after every edit in the file. An answer taken that is the newer edit
   * keeps the file's stamp; one that is not (the older of the two, chosen by the person, or
   * an answer without a stamp) is a new edit, made now. A row with answers taken into it is
   * shown: its table's order, where the record has one, gains the row at the end.
   * @param {Names} names @param {AnswerRecord} record @param {FileForm} given
   * @param {string[]} keys @param {number} clock
   * @returns {AnswerRecord}
   */
  const take = (names, record, given, keys, clock) => {
    const copy = (/** @type {{[key: string]: any}} */ part) => Object.assign(dict(), part);
    const result = { ...record, answers: copy(record.answers), edits: copy(record.edits), questions: copy(record.questions), clock: Math.max(record.clock, clock) };
    /** @type {Map<string, string[]>} */
    const rows = new Map();
    for (const key of keys) {
      const taken = given[key];
      if (!taken) continue; // `keys` are among `given`'s (compare)
      const { question, answer, edit: stamp } = taken;
      if (stamp && newer(stamp, result.edits[key])) {
        result.answers[key] = answer;
        result.edits[key] = stamp;
        result.questions[key] = question || result.questions[key] || "";
        result.clock = Math.max(result.clock, stamp[0]);
      } else edit(result, key, answer, "", question);
      const cell = names.cell(key);
      if (cell && answer.trim()) rows.set(cell.table, [...(rows.get(cell.table) || []), cell.row]);
    }
    for (const [table, taken] of rows) {
      const order = result.answers[table];
      if (order === undefined) continue; // the table's first rows, as the page serves them
      const shown = order.split(/\s+/).filter(Boolean);
      const missing = [...new Set(taken)].filter((row) => !shown.includes(row));
      if (missing.length) edit(result, table, [...shown, ...missing].join(" "), "", "");
    }
    return result;
  };

  /** @param {string} given `given` as names and roles are compared: case and spaces aside. */
  const plain = (given) => given.trim().replace(/\s+/g, " ").toLowerCase();

  /** @param {Person} a @param {Person} b True when `a` and `b` have the same name (case and spaces aside). */
  const sameName = (a, b) => plain(a.name) === plain(b.name);

  /**
   * Why a file was not loaded, in the interface words `t`: what an ImportProblem or a
   * StorageProblem says; for anything else, that the browser could not read it.
   * @param {unknown} error @param {Config["text"]} t
   */
  const reason = (error, t) =>
    error instanceof ImportProblem ? sfg.fill(t[error.word], error.parts) : error instanceof sfg.StorageProblem ? t[error.word] : t.load_error_read;

  sfg.files = { FORMAT, VERSION, LIMITS, DAY, ImportProblem, whose, make, unseal, read, compare, take, plain, sameName, reason, day };
}
