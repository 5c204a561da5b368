// @ts-check
/* Scope for Growth: a file of answers, made and read (components/transfer downloads and
   loads the person's own; components/colleagues opens a colleague's): reading.js reads and
   checks one, taking.js says what loading it into a record would change.
   Version 3: {format, version: 3, namespace, site, exported, person: {name, role},
   forms: ["plan"], clocks: {plan: 42}, answers: {"plan/evidence": {question, answer, edit}}}:
   only the forms chosen, whose answers they are, each answer beside its question, so that a
   person can read it, with its edit stamp (records.js: [edit number, tab]) and each form's
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
  const { vault } = sfg;
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
    /**
     * @param {ScriptWord} word
     * @param {{[slot: string]: string}} [parts]
     */
    constructor(word, parts = {}) {
      super(word);
      this.name = "ImportProblem";
      this.word = word;
      this.parts = parts;
    }
  }

  /**
   * Whose answers `records` are: the first name given in them, with its role.
   * @param {Names} names
   * @param {AnswerRecord[]} records
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
   * @param {Names} names
   * @param {AnswerRecord[]} records
   * @param {{namespace: string, site: string, exported: string}} about
   */
  const make = (names, records, about) => {
    /** @type {{[name: string]: FileAnswer}} */
    const answers = {};
    for (const { form, answers: given, questions, edits } of records) {
      for (const [key, answer] of Object.entries(given)) {
        // A past plan removed travels too: its emptied answer is the newer edit (past.js).
        if (answer || (edits[key] && sfg.past.isOwn(names, key)))
          answers[names.exportKey(form, key)] = { question: names.question(form, key) || questions[key] || "", answer, edit: edits[key] };
      }
    }
    const clocks = Object.fromEntries(records.map((record) => [record.form, record.clock]));
    return { format: FORMAT, version: VERSION, ...about, person: whose(names, records), forms: records.map((record) => record.form), clocks, answers };
  };

  /**
   * The text of a locked file, opened with the passphrase `ask` gets (null: the person
   * cancelled); the file's own text otherwise.
   * @param {string} content
   * @param {() => Promise<string | null>} ask
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

  /**
   * @param {Date} date
   * @param {string} lang Like 24 November 2026.
   */
  const day = (date, lang) => date.toLocaleDateString(lang, { day: "numeric", month: "long", year: "numeric" });

  /** @param {string} given `given` as names and roles are compared: case and spaces aside. */
  const plain = (given) => given.trim().replace(/\s+/g, " ").toLowerCase();

  /**
   * @param {Person} a
   * @param {Person} b True when `a` and `b` have the same name (case and spaces aside).
   */
  const sameName = (a, b) => plain(a.name) === plain(b.name);

  /**
   * Why a file was not loaded, in the interface words `t`: what an ImportProblem or a
   * StorageProblem says; for anything else, that the browser could not read it.
   * @param {unknown} error
   * @param {Config["text"]} t
   */
  const reason = (error, t) =>
    error instanceof ImportProblem ? sfg.fill(t[error.word], error.parts) : error instanceof sfg.StorageProblem ? t[error.word] : t.load_error_read;

  sfg.files = { FORMAT, VERSION, LIMITS, DAY, ImportProblem, whose, make, unseal, plain, sameName, reason, day };
}
