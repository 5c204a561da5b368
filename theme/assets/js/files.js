// @ts-check
/* Scope for Growth: a file of answers, made and read (components/transfer.js downloads and
   loads the person's own; components/colleagues.js opens a colleague's).
   Version 2: {format, version: 2, namespace, site, exported, person: {name, role},
   forms: ["plan"], answers: {"plan/evidence": {question, answer}}}: only the forms chosen,
   whose answers they are, each answer beside its question, so that a person can read it.
   Version 1 held every form; read now, a form without a single answer in it counts as not in
   the file (it never empties that form). A file is checked whole, and nothing in it is taken
   on trust: every name must be one of ours, every answer text of a sane length. A locked copy
   (vault.js) is opened with the passphrase the person gives first. */
"use strict";
var sfg = sfg || {};
{
  const { own, vault } = sfg;
  const { dict, isObject } = sfg.records;
  const FORMAT = "scope-for-growth-answers";
  const VERSION = 2;
  const LIMITS = { bytes: 5e6, size: "5 MB", answers: 5000, length: 100000, name: 200 };

  /** What is wrong with a file: the interface word that says it, and what fills it in. */
  class ImportProblem extends Error {
    /** @param {string} word @param {{[slot: string]: string}} [parts] */
    constructor(word, parts = {}) {
      super(word);
      this.name = "ImportProblem";
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
    /** @type {{[name: string]: {question: string, answer: string}}} */
    const answers = {};
    for (const { form, answers: given, questions } of records) {
      for (const [key, answer] of Object.entries(given)) {
        if (answer) answers[names.exportKey(form, key)] = { question: names.question(form, key) || questions[key] || "", answer };
      }
    }
    return { format: FORMAT, version: VERSION, ...about, person: whose(names, records), forms: records.map((record) => record.form), answers };
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

  /**
   * A file's answers, per form it holds: {form: {key: {question, answer}}}, whose they are and
   * when it was downloaded; or an ImportProblem that says what is wrong.
   * @param {string} content @param {Names} names @param {string} namespace @param {string} lang
   * @returns {ReadFile}
   */
  const read = (content, names, namespace, lang) => {
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
    const keys = Object.keys(data.answers);
    if (keys.length > LIMITS.answers) throw new ImportProblem("load_error_count", { limit: LIMITS.answers.toLocaleString(lang) });
    const damaged = () => new ImportProblem("load_error_answer", { limit: LIMITS.length.toLocaleString(lang) });
    /** @type {{[form: string]: {[key: string]: {question: string, answer: string}}}} */
    const forms = dict();
    if (version >= 2) {
      if (!Array.isArray(data.forms) || data.forms.some((form) => typeof form !== "string" || !names.answers[form])) throw damaged();
      for (const form of data.forms) forms[form] = dict();
    }
    for (const key of keys) {
      const named = names.fromExportKey(key);
      const item = data.answers[key];
      const answer = own(item, "answer");
      if (!named || typeof answer !== "string" || answer.length > LIMITS.length) throw damaged();
      if (version < 2) forms[named.form] ||= dict();
      if (!forms[named.form]) throw damaged(); // an answer of a form the file says it does not hold
      const question = names.question(named.form, named.key) || text(own(item, "question"), 2000);
      forms[named.form][named.key] = { question, answer };
    }
    const person = own(data, "person");
    /** @type {Person} */
    let found = { name: text(own(person, "name"), LIMITS.name), role: text(own(person, "role"), LIMITS.name) };
    if (!found.name) {
      // Version 1 said nobody's name: the answers may.
      const { name, role } = names.rules.person;
      for (const form of Object.keys(forms)) {
        const given = text(forms[form][name]?.answer, LIMITS.name);
        if (given) {
          found = { name: given, role: text(forms[form][role]?.answer, LIMITS.name) };
          break;
        }
      }
    }
    return { forms, person: found, exported: new Date(String(data.exported)) };
  };

  sfg.files = { FORMAT, VERSION, LIMITS, ImportProblem, whose, make, unseal, read };
}
