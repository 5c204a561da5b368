// @ts-check
/* Scope for Growth: colleagues' answers, opened by a manager from the files they downloaded.
   Each colleague is kept under a key of their own (generator/naming.py colleague_key), apart
   from the manager's own records and never mixed with them:
   {format: "scope-for-growth-colleague", version: 1, name, role, file, opened, exported,
    forms: {journal: {key: {question, answer, edit}}, plan: {…}}, clocks: {journal: 12, …}}
   (edit stamps and clocks as their file had them, files.js; none from older files); the plan
   the manager fills in for them is an ordinary record beside it (colleague_record_key). Under the toolkit's
   namespace, so that "Forget me" and "Clear" remove them; sealed like the records while the
   answers are locked (vault.js), and not opened at all while this page holds no key. */
"use strict";
var sfg = sfg || {};
{
  const { vault, own } = sfg;
  const { isObject, isStamp } = sfg.records;
  const FORMAT = "scope-for-growth-colleague";
  const VERSION = 1;

  /** @param {unknown} value */
  const text = (value) => (typeof value === "string" ? value : "");

  /**
   * The answers of one form as a colleague's record keeps them (`given`): each of a key of
   * the toolkit's whose answer is text, with its question and, where it has one, its edit stamp.
   * @param {Names} names
   * @param {{[key: string]: unknown}} given
   * @returns {FileForm}
   */
  const answersOf = (names, given) => {
    /** @type {FileForm} */
    const answers = sfg.records.dict();
    for (const key of Object.keys(given)) {
      const answer = own(given[key], "answer");
      const stamp = own(given[key], "edit");
      if (!names.isKey(key) || typeof answer !== "string") continue;
      answers[key] = { question: String(own(given[key], "question") ?? ""), answer };
      if (isStamp(stamp)) answers[key].edit = stamp;
    }
    return answers;
  };

  /**
   * The clock kept for `form` in `clocks`: a whole number from 0; else 0.
   * @param {unknown} clocks
   * @param {string} form
   */
  const clockOf = (clocks, form) => {
    const clock = own(clocks, form);
    return Number.isSafeInteger(clock) && Number(clock) >= 0 ? Number(clock) : 0;
  };

  class ColleagueBook {
    /**
     * @param {Names} names
     * @param {Place} place
     * @param {string[]} forms
     */
    constructor(names, place, forms) {
      this.names = names;
      this.place = place;
      this.forms = forms;
    }

    /** @returns {Promise<Colleague[]>} Every colleague kept (none while locked), by name, then role. */
    async list() {
      if (this.place.state() === "locked") return [];
      const storage = this.place.storage;
      const found = [];
      for (const key of storage.keys(this.names.keys.prefix)) {
        const id = this.names.keys.colleagueOf(key);
        if (!id) continue;
        const colleague = await this.open(id, storage.get(key));
        if (colleague) found.push(colleague);
      }
      return found.sort((a, b) => a.name.localeCompare(b.name) || a.role.localeCompare(b.role));
    }

    /**
     * @param {string} id
     * @returns {Promise<Colleague | null>}
     */
    async get(id) {
      if (this.place.state() === "locked") return null;
      try {
        return await this.open(id, this.place.storage.get(this.names.keys.colleague(id)));
      } catch {
        return null;
      }
    }

    /**
     * The colleague kept in `raw` (opened with this page's key when sealed), or null.
     * @param {string} id
     * @param {string | null} raw
     * @returns {Promise<Colleague | null>}
     */
    async open(id, raw) {
      const data = await this.parse(id, raw);
      if (!isObject(data) || data.format !== FORMAT || typeof data.name !== "string" || !isObject(data.forms)) return null;
      /** @type {Colleague["forms"]} */
      const forms = sfg.records.dict();
      /** @type {Colleague["clocks"]} */
      const clocks = sfg.records.dict();
      for (const form of this.forms) {
        const given = own(data.forms, form);
        if (!isObject(given)) continue;
        forms[form] = answersOf(this.names, given);
        clocks[form] = clockOf(data.clocks, form);
      }
      return { id, name: data.name, role: text(data.role), file: text(data.file), opened: text(data.opened), exported: text(data.exported), forms, clocks };
    }

    /**
     * What the colleague's `raw` holds, parsed (opened with this page's key when sealed); null
     * when nothing is kept, or it cannot be opened or parsed.
     * @param {string} id
     * @param {string | null} raw
     * @returns {Promise<unknown>}
     */
    async parse(id, raw) {
      if (raw === null) return null;
      try {
        return JSON.parse(vault.isSealed(raw) ? await vault.open(raw, this.names.keys.colleague(id)) : raw);
      } catch {
        return null;
      }
    }

    /**
     * Keep `colleague` (sealed while the answers are locked and this page holds the key).
     * @param {Colleague} colleague
     */
    async put({ id, ...colleague }) {
      const key = this.names.keys.colleague(id);
      const text = JSON.stringify({ format: FORMAT, version: VERSION, ...colleague });
      const state = this.place.state();
      if (state === "locked") throw new sfg.files.ImportProblem("colleague_error_locked");
      this.place.storage.set(key, state === "open" ? text : await vault.seal(text, key));
    }

    /** A new colleague's id: random, one of no other colleague kept. */
    newId() {
      for (;;) {
        const id = Math.random().toString(36).slice(2, 10);
        if (this.names.keys.isColleague(id) && this.place.storage.get(this.names.keys.colleague(id)) === null) return id;
      }
    }

    /** @param {string} id Remove the colleague, the plan filled in for them, and its copies set aside. */
    remove(id) {
      const storage = this.place.storage;
      const records = this.forms.map((form) => this.names.keys.record(form, id));
      const { keys } = this.names;
      for (const key of storage.keys(keys.prefix)) {
        if (key === keys.colleague(id) || records.includes(key) || records.some((record) => keys.setAsideOf(record, key))) storage.remove(key);
      }
    }
  }

  sfg.ColleagueBook = ColleagueBook;
}
