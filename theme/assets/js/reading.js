// @ts-check
/* Scope for Growth: a file of answers (files.js says what it holds), read and checked whole
   before anything in it is drawn or kept. Nothing in it is taken on trust: it must be JSON of
   our format, of a version this page reads, of this toolkit's namespace, downloaded no later
   than a day ahead of this computer's clock; every name one of ours, every answer text of a
   sane length with an edit stamp of the right kind, a table of a sane number of rows
   (files.LIMITS). What is wrong is an ImportProblem, whose word tells the person. Pure: text
   in, answers out (unit tests: files.test.mjs). */
"use strict";
var sfg = sfg || {};
{
  const { own } = sfg;
  const { dict, isObject, isStamp } = sfg.records;
  const { FORMAT, VERSION, LIMITS, DAY, ImportProblem, day } = sfg.files;

  /**
   * @param {unknown} value
   * @param {number} limit
   */
  const text = (value, limit) => (typeof value === "string" ? value.slice(0, limit).trim() : "");

  /**
   * @param {unknown} value
   * @returns {value is number}
   */
  const isCount = (value) => Number.isSafeInteger(value) && Number(value) >= 0;

  /** @param {string} content A file's text as JSON; an ImportProblem when it is empty or not JSON. */
  const parsed = (content) => {
    if (!content.trim()) throw new ImportProblem("load_error_empty");
    try {
      return /** @type {unknown} */ (JSON.parse(content));
    } catch {
      throw new ImportProblem("load_error_format");
    }
  };

  /** @param {string} lang What is wrong with an answer of a file, its limit said in `lang`. */
  const damaged = (lang) => new ImportProblem("load_error_answer", { limit: LIMITS.length.toLocaleString(lang) });

  /**
   * The data of a file of ours, checked before its answers are: JSON, our format, a version
   * this page reads, this toolkit's namespace, a date not in the future, not too many answers.
   * @param {string} content
   * @param {string} namespace
   * @param {string} lang
   * @param {number} now
   * @returns {{data: {[key: string]: unknown, answers: {[key: string]: unknown}}, version: number, exported: Date}}
   */
  const header = (content, namespace, lang, now) => {
    const data = parsed(content);
    const answers = own(data, "answers");
    if (!isObject(data) || data.format !== FORMAT || !isObject(answers) || !isCount(data.version) || data.version < 1) {
      throw new ImportProblem("load_error_format");
    }
    if (data.version > VERSION) throw new ImportProblem("load_error_version");
    if (data.namespace !== namespace) throw new ImportProblem("load_error_namespace");
    // A date in the future would make this file newer than any real one, for good.
    const exported = new Date(String(data.exported));
    if (exported.getTime() > now + DAY) throw new ImportProblem("load_error_future", { date: day(exported, lang) });
    if (Object.keys(answers).length > LIMITS.answers) throw new ImportProblem("load_error_count", { limit: LIMITS.answers.toLocaleString(lang) });
    return { data: { ...data, answers }, version: data.version, exported };
  };

  /**
   * One answer of a file, as read: its text and (version 3 on) its edit stamp; undefined when
   * it is not an answer of a sane length with a stamp of the right kind.
   * @param {unknown} item
   * @param {boolean} ordered
   * @returns {{answer: string, stamp: Stamp | undefined} | undefined}
   */
  const answerIn = (item, ordered) => {
    const answer = own(item, "answer");
    const stamp = ordered ? own(item, "edit") : undefined;
    if (typeof answer !== "string" || answer.length > LIMITS.length) return undefined;
    if (stamp === undefined) return { answer, stamp };
    return isStamp(stamp) && stamp[1].length <= LIMITS.tab ? { answer, stamp } : undefined;
  };

  /**
   * The forms a file holds, each an empty form to read answers into: those it names (version
   * 2 on; each one of ours), or none yet (version 1 held every form; one counts once it
   * holds an answer).
   * @param {{[key: string]: unknown}} data
   * @param {number} version
   * @param {Names} names
   * @param {string} lang
   * @returns {ReadFile["forms"]}
   */
  const formsIn = (data, version, names, lang) => {
    const forms = dict();
    if (version < 2) return forms;
    const named = data.forms;
    if (!Array.isArray(named) || named.some((form) => typeof form !== "string" || !own(names.answers, form))) throw damaged(lang);
    for (const form of named) forms[form] = dict();
    return forms;
  };

  /**
   * Whose answers a file holds: the person it names, or (version 1 said nobody's name) the
   * first name in its answers.
   * @param {unknown} person
   * @param {ReadFile["forms"]} forms
   * @param {Names} names
   * @returns {Person}
   */
  const personIn = (person, forms, names) => {
    const found = { name: text(own(person, "name"), LIMITS.name), role: text(own(person, "role"), LIMITS.name) };
    if (found.name) return found;
    const { name, role } = names.rules.person;
    for (const form of Object.values(forms)) {
      const given = text(form[name]?.answer, LIMITS.name);
      if (given) return { name: given, role: text(form[role]?.answer, LIMITS.name) };
    }
    return found;
  };

  /**
   * A file's answers, per form it holds: {form: {key: {question, answer, edit}}}, each form's
   * clock, whose they are and when it was downloaded; or an ImportProblem that says what is
   * wrong.
   * @param {string} content
   * @param {Names} names
   * @param {string} namespace
   * @param {string} lang
   * @param {number} [now] This computer's time: a file downloaded more than a day after it is refused.
   * @returns {ReadFile}
   */
  const read = (content, names, namespace, lang, now = Date.now()) => {
    const { data, version, exported } = header(content, namespace, lang, now);
    const forms = formsIn(data, version, names, lang);
    const ordered = version >= 3;
    answersIn(data.answers, forms, version, names, lang);
    const clocks = clocksIn(forms, ordered && data.clocks, names, lang);
    return { forms, clocks, ordered, person: personIn(own(data, "person"), forms, names), exported };
  };

  /**
   * Read a file's answers into the forms it holds (`forms`; a form of version 1 once it has
   * an answer), each answer beside its question: the content's own if it still has it.
   * @param {{[name: string]: unknown}} answers
   * @param {ReadFile["forms"]} forms
   * @param {number} version
   * @param {Names} names
   * @param {string} lang
   */
  const answersIn = (answers, forms, version, names, lang) => {
    for (const [name, item] of Object.entries(answers)) {
      const named = names.fromExportKey(name);
      const read = answerIn(item, version >= 3);
      if (!named || !read) throw damaged(lang);
      if (version < 2) forms[named.form] ||= dict();
      const form = forms[named.form];
      if (!form) throw damaged(lang); // an answer of a form the file says it does not hold
      const question = names.question(named.form, named.key) || text(own(item, "question"), 2000);
      const { answer, stamp } = read;
      form[named.key] = stamp ? { question, answer, edit: [stamp[0], stamp[1]] } : { question, answer };
    }
  };

  /**
   * Each form's clock: the file's (version 3 on: `clocks`), never behind an edit the form
   * holds; and no form with a table of too many rows.
   * @param {ReadFile["forms"]} forms
   * @param {unknown} clocks The file's clocks; false before version 3, which had none.
   * @param {Names} names
   * @param {string} lang
   * @returns {ReadFile["clocks"]}
   */
  const clocksIn = (forms, clocks, names, lang) => {
    const ordered = clocks !== false;
    if (ordered && !isObject(clocks)) throw damaged(lang);
    const found = dict();
    for (const [form, given] of Object.entries(forms)) {
      const clock = ordered ? own(clocks, form) : 0;
      if (clock !== undefined && !isCount(clock)) throw damaged(lang);
      found[form] = Math.max(Number(clock ?? 0), ...Object.values(given).map((item) => item.edit?.[0] ?? 0));
      tooManyRows(names, form, given, lang);
    }
    return found;
  };

  /**
   * Refuse a form of a file with a table of more rows than LIMITS.rows: a table's order names
   * its rows, and so do its cells' keys.
   * @param {Names} names
   * @param {string} form
   * @param {FileForm} given
   * @param {string} lang
   */
  const tooManyRows = (names, form, given, lang) => {
    /** @type {Map<string, Set<string>>} */
    const tables = new Map();
    /**
     * @param {string} table
     * @param {string[]} rows
     */
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

  sfg.reading = { read };
}
