// @ts-check
/* Scope for Growth: where an answer gets its names in the browser.
   generator/naming.py makes every name and hands the scripts its rules in the form's
   configuration (config.names): the storage key of each form's record, the patterns an answer
   key, a table cell's key and a row id match, and the templates of a cell's key, an export key
   and the key an unreadable record is set aside under. This file fills those templates and
   matches those patterns; no other script builds or cuts a name. A control's key is read from
   its data-sfg-key; a new table row is a copy of the row <template>, its placeholder replaced. */
"use strict";
// The one global of our scripts (window.sfg): each file adds its part.
var sfg = sfg || {};
{
  /**
   * `template` with each {slot} filled from `parts`: "Saved at {time}" and {time: "10:42"}
   * give "Saved at 10:42". A slot without a part stays as it is.
   * @param {string} template
   * @param {{[slot: string]: string | number}} parts
   */
  const fill = (template, parts) =>
    template.replace(/\{(\w+)\}/g, (slot, name) => (Object.hasOwn(parts, name) ? String(parts[name]) : slot));

  /**
   * `object[key]` when `object` is an object that has `key` itself (not from its prototype).
   * For data that may have been changed or damaged: files, storage.
   * @param {unknown} object
   * @param {string | number} key
   * @returns {unknown}
   */
  const own = (object, key) =>
    object !== null && typeof object === "object" && Object.hasOwn(object, key) ? /** @type {any} */ (object)[key] : undefined;

  /** @param {string} piece */
  const literal = (piece) => piece.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  /** @param {string} pattern */
  const unanchored = (pattern) => pattern.replace(/^\^|\$$/g, "");

  /**
   * A pattern that matches what `template` gives, each {slot} matching `slots[slot]`.
   * @param {string} template
   * @param {{[slot: string]: string}} slots
   */
  const matcher = (template, slots) =>
    new RegExp("^" + template.split(/\{(\w+)\}/).map((piece, i) => (i % 2 ? slots[piece] : literal(piece))).join("") + "$");

  // The attributes of a row's markup that hold its id (in a <template>, the placeholder).
  const ROW_ATTRIBUTES = ["id", "for", "name", "aria-describedby", "aria-labelledby", "data-sfg-key", "data-sfg-row"];

  class Names {
    /** @param {Config} config */
    constructor({ names, answers, forms }) {
      this.rules = names;
      this.answers = answers;
      /** What every storage key of this toolkit starts with. */
      this.prefix = names.prefix;
      this.keyPattern = new RegExp(names.keyPattern);
      this.cellPattern = new RegExp(names.cellPattern);
      this.rowPattern = new RegExp(names.rowPattern);
      const any = (/** @type {string[]} */ texts) => "(?:" + texts.map(literal).join("|") + ")";
      this.exportPattern = matcher(names.exportKey, { form: `(?<form>${any(forms)})`, key: `(?<key>${unanchored(names.keyPattern)})` });
      this.setAsidePattern = matcher(names.setAsideKey, { record: any(Object.values(names.records)), stamp: ".+" });
      this.colleaguePattern = new RegExp(names.colleaguePattern);
      this.colleagueKeyPattern = matcher(names.colleague, { colleague: `(?<colleague>${unanchored(names.colleaguePattern)})` });
    }

    /**
     * The storage key of the form's record: the person's own, or (with `colleague`) the one
     * filled in for a colleague.
     * @param {string} form @param {string} [colleague]
     */
    record(form, colleague) {
      return colleague ? fill(this.rules.colleagueRecord, { colleague, form }) : this.rules.records[form];
    }

    /** @param {string} colleague Where a colleague's answers, opened from their file, are kept. */
    colleague(colleague) {
      return fill(this.rules.colleague, { colleague });
    }

    /** @param {unknown} id True for a colleague's id. */
    isColleague(id) {
      return typeof id === "string" && this.colleaguePattern.test(id);
    }

    /**
     * The colleague whose answers `storageKey` keeps, or undefined for another key.
     * @param {string} storageKey
     */
    colleagueOf(storageKey) {
      return this.colleagueKeyPattern.exec(storageKey)?.groups?.colleague;
    }

    /**
     * A downloaded file's name: whose (the name as lower-case words joined by hyphens, or
     * `fallback`), what it holds, the date.
     * @param {string} person @param {string} fallback @param {string} content @param {string} date
     * @param {string} extension
     */
    fileName(person, fallback, content, date, extension) {
      const words = person
        .normalize("NFKD")
        .replace(/[\u0300-\u036f]/g, "")
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .slice(0, 40)
        .replace(/^-+|-+$/g, "");
      return fill(this.rules.fileName, { person: words || fallback, content, date, extension });
    }

    /** @param {string} table @param {string} row @param {string} column A table cell's control id. */
    cellControlId(table, row, column) {
      return fill(this.rules.cellControlId, { table, row, column });
    }

    /** @param {unknown} key True for an answer key: a field's (or a table's), or a cell's. */
    isKey(key) {
      return typeof key === "string" && this.keyPattern.test(key);
    }

    /** @param {string} id True for a table row's id. */
    isRow(id) {
      return this.rowPattern.test(id);
    }

    /**
     * The parts of a table cell's key (table, row, column), or undefined for another key.
     * @param {string} key
     */
    cell(key) {
      return this.cellPattern.exec(key)?.groups;
    }

    /** @param {string} form @param {string} key The answer's name in a downloaded file. */
    exportKey(form, key) {
      return fill(this.rules.exportKey, { form, key });
    }

    /**
     * The form and answer key an export key names, or undefined when it names none of ours.
     * @param {string} name
     */
    fromExportKey(name) {
      return /** @type {{form: string, key: string} | undefined} */ (this.exportPattern.exec(name)?.groups);
    }

    /** @param {string} record @param {string} stamp Where an unreadable record is set aside. */
    setAsideKey(record, stamp) {
      return fill(this.rules.setAsideKey, { record, stamp });
    }

    /** @param {string} storageKey True for a key of ours that holds no answer (names.rules.choice…). */
    isPlain(storageKey) {
      const { choice, lock, downloaded, opened, shown } = this.rules;
      return [choice, lock, downloaded, opened, shown].includes(storageKey);
    }

    /** @param {string} storageKey True for a record set aside because it could not be read. */
    isSetAside(storageKey) {
      return this.setAsidePattern.test(storageKey);
    }

    /**
     * What the content says about an answer (its question, its choices), if it is still there.
     * A table's cells are described once, with the row placeholder in their key.
     * @param {string} form
     * @param {string} key
     * @returns {Answer | undefined}
     */
    describe(form, key) {
      const cell = this.cell(key);
      const described = cell ? fill(this.rules.cellKey, { ...cell, row: this.rules.rowPlaceholder }) : key;
      return /** @type {Answer | undefined} */ (own(own(this.answers, form), described));
    }

    /** @param {string} form @param {string} key The question as the content has it now, or "". */
    question(form, key) {
      return this.describe(form, key)?.question ?? "";
    }

    /**
     * A copy of the first element of `template` for row `row`: the placeholder replaced by the
     * row's id in every attribute that names it.
     * @param {HTMLTemplateElement} template
     * @param {string} row
     */
    fromTemplate(template, row) {
      const copy = /** @type {HTMLElement} */ (template.content.firstElementChild?.cloneNode(true));
      const placeholder = this.rules.rowPlaceholder;
      for (const element of [copy, ...copy.querySelectorAll("*")]) {
        for (const name of ROW_ATTRIBUTES) {
          const value = element.getAttribute(name);
          if (value?.includes(placeholder)) element.setAttribute(name, value.replaceAll(placeholder, row));
        }
      }
      return copy;
    }
  }

  sfg.fill = fill;
  sfg.own = own;
  sfg.Names = Names;
}
