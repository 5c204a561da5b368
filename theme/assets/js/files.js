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
   passphrase the person gives first. Answers the content marks private stay out of a file
   unless the person chooses to include them, inside the past plans it carries too. */
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
   * True for an answer the content marks private (a cell of a private table or column too).
   * @param {Names} names
   * @param {string} form
   * @param {string} key
   */
  const isPrivate = (names, form, key) => !!names.describe(form, key)?.private;

  /**
   * True when the content marks any answer of `forms` private: then a file leaves them out
   * unless the person ticks "Include your private notes".
   * @param {Names} names
   * @param {string[]} forms
   */
  const hasPrivate = (names, forms) => forms.some((form) => Object.values(names.answers[form] || {}).some((answer) => answer.private));

  /**
   * The answer under `key` as a file without private answers holds it: none for a private
   * answer; a past plan (past.js) without its private answers, written back as past plans are
   * kept (one that cannot be read cannot be checked, and is left out); any other as it is.
   * @param {Names} names
   * @param {string} form
   * @param {string} key
   * @param {string} answer
   * @returns {string}
   */
  const shared = (names, form, key, answer) => {
    if (!answer || isPrivate(names, form, key)) return "";
    if (form !== "plan" || !sfg.past.isOwn(names, key) || key === names.rules.past.draft) return answer;
    const plan = sfg.past.parse(names, answer);
    return plan ? withoutPrivate(names, plan, answer) : "";
  };

  /**
   * Past plan `plan` (kept as `text`) without the answers marked private, and their
   * questions: as it is kept (`text`) where it holds none.
   * @param {Names} names
   * @param {PastPlan} plan
   * @param {string} text
   */
  const withoutPrivate = (names, plan, text) => {
    let removed = false;
    for (const part of [plan.answers, plan.questions]) {
      for (const key of Object.keys(part)) if (isPrivate(names, "plan", key)) removed = delete part[key];
    }
    return removed ? sfg.past.text(plan) : text;
  };

  /**
   * What a file holds of the answer `key` of `record`: its text (a private answer left out
   * where `strip`), or null for nothing. An answer emptied (an edit, with its stamp) travels
   * too, as "": the next plan a review starts empties last time's answers, and a past plan
   * removed is its emptied answer (past.js); loading the file, the newer of the two edits is
   * preselected, so an emptied answer is not brought back by an older copy, nor kept where it
   * was emptied later. A private answer emptied stays out where `strip`, as private answers do.
   * @param {Names} names
   * @param {AnswerRecord} record
   * @param {string} key
   * @param {boolean} strip
   */
  const held = (names, record, key, strip) => {
    const stored = record.answers[key] ?? "";
    if (!stored) return record.edits[key] && !(strip && isPrivate(names, record.form, key)) ? "" : null;
    return (strip ? shared(names, record.form, key, stored) : stored) || null;
  };

  /**
   * The file of `records` (the forms chosen), as data. Answers marked private (and those
   * inside each past plan) are left out unless `withPrivate`.
   * @param {Names} names
   * @param {AnswerRecord[]} records
   * @param {{namespace: string, site: string, exported: string}} about
   * @param {{withPrivate?: boolean}} [options]
   */
  const make = (names, records, about, { withPrivate = false } = {}) => {
    /** @type {{[name: string]: FileAnswer}} */
    const answers = {};
    for (const record of records) {
      const { form, questions, edits } = record;
      const strip = !withPrivate && hasPrivate(names, [form]);
      for (const key of Object.keys(record.answers)) {
        const answer = held(names, record, key, strip);
        if (answer !== null) answers[names.exportKey(form, key)] = { question: names.question(form, key) || questions[key] || "", answer, edit: edits[key] };
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

  sfg.files = { FORMAT, VERSION, LIMITS, DAY, ImportProblem, whose, make, hasPrivate, unseal, plain, sameName, reason, day };
}
