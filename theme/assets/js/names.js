// @ts-check
/* Scope for Growth: where everything the scripts name gets its name in the browser.
   generator/naming.py makes every name of an answer and hands the scripts its rules in the
   form's configuration (config.names): the storage key of each form's record, the patterns an
   answer key, a table cell's key and a row id match, and the templates of a cell's key, an
   export key, a downloaded file's name and the key an unreadable record is set aside under.
   This file fills those templates and matches those patterns: Keys, what the browser keeps
   (storage keys, and the channels between tabs named after them); Names, an answer's names
   (keys, export keys, controls' ids, a new table row, a file's name, the address of a plan
   filled in for a colleague). No other script builds or cuts a name: they ask these.
   A control's key is read from its data-sfg-key; a new table row is a copy of the row
   <template>, its placeholder replaced. Pure but for fromTemplate (unit tests: names.test.mjs). */
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
  const fill = (template, parts) => template.replace(/\{(\w+)\}/g, (slot, name) => (Object.hasOwn(parts, name) ? String(parts[name]) : slot));

  /**
   * `object[key]` when `object` is an object that has `key` itself (not from its prototype).
   * For data that may have been changed or damaged: files, storage.
   * @param {unknown} object
   * @param {string | number} key
   * @returns {unknown}
   */
  const own = (object, key) => (object !== null && typeof object === "object" && Object.hasOwn(object, key) ? /** @type {any} */ (object)[key] : undefined);

  /** @param {string} piece A pattern that matches `piece` itself. */
  const literal = (piece) => piece.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  /** @param {string} pattern `pattern` without its anchors (^…$), to take into another. */
  const unanchored = (pattern) => pattern.replace(/^\^|\$$/g, "");

  /**
   * A pattern that matches what `template` gives, each {slot} matching `slots[slot]`.
   * @param {string} template
   * @param {{[slot: string]: string}} slots
   */
  const matcher = (template, slots) =>
    new RegExp(
      "^" +
        template
          .split(/\{(\w+)\}/)
          .map((piece, i) => (i % 2 ? slots[piece] : literal(piece)))
          .join("") +
        "$",
    );

  /** @param {string[]} texts A pattern that matches any of `texts`. */
  const any = (texts) => "(?:" + texts.map(literal).join("|") + ")";

  // The attributes of a row's markup that hold its id (in a <template>, the placeholder).
  const ROW_ATTRIBUTES = ["id", "for", "name", "aria-describedby", "aria-labelledby", "data-sfg-key", "data-sfg-row"];
  /** The address of a plan filled in for a colleague names them: plan.html?colleague=<id>. */
  const COLLEAGUE_PARAMETER = "colleague";
  /** What joins the words of a downloaded file's content ("journal-locked"). */
  const WORDS = "-";

  /** What the browser keeps under the toolkit's namespace: the storage keys, and the channels between tabs. */
  class Keys {
    /** @param {NamingRules} rules */
    constructor(rules) {
      this.rules = rules;
      /** What every key of this toolkit starts with. */
      this.prefix = rules.prefix;
      /** Keys of ours that hold no answer: the choice to keep answers, the lock, … */
      this.choice = rules.choice;
      this.lock = rules.lock;
      this.downloaded = rules.downloaded;
      this.opened = rules.opened;
      this.shown = rules.shown;
      this.setAsidePattern = matcher(rules.setAsideKey, { record: any(Object.values(rules.records)), stamp: ".+" });
      this.colleaguePattern = new RegExp(rules.colleaguePattern);
      this.colleagueKeyPattern = matcher(rules.colleague, { colleague: `(?<colleague>${unanchored(rules.colleaguePattern)})` });
    }

    /**
     * The storage key of the form's record: the person's own, or (with `colleague`) the one
     * filled in for a colleague.
     * @param {string} form
     * @param {string} [colleague]
     */
    record(form, colleague) {
      return colleague ? fill(this.rules.colleagueRecord, { colleague, form }) : (this.rules.records[form] ?? "");
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

    /** @param {string} storageKey True for a key of this toolkit's namespace. */
    ours(storageKey) {
      return storageKey.startsWith(this.prefix);
    }

    /** @param {string} storageKey True for a key of ours that holds no answer (the choice, the lock…). */
    isPlain(storageKey) {
      return [this.choice, this.lock, this.downloaded, this.opened, this.shown].includes(storageKey);
    }

    /**
     * @param {string} record
     * @param {string} stamp Where an unreadable value of `record` is set aside.
     */
    setAside(record, stamp) {
      return fill(this.rules.setAsideKey, { record, stamp });
    }

    /** @param {string} storageKey True for a record set aside because it could not be read. */
    isSetAside(storageKey) {
      return this.setAsidePattern.test(storageKey);
    }

    /**
     * @param {string} record
     * @param {string} storageKey True when `storageKey` keeps a value of `record` set aside.
     */
    setAsideOf(record, storageKey) {
      return matcher(this.rules.setAsideKey, { record: literal(record), stamp: ".+" }).test(storageKey);
    }

    /**
     * The name of this namespace's channel between the tabs of this browser, for `purpose`.
     * @param {"session" | "lock" | "forget"} purpose
     */
    channel(purpose) {
      return this.prefix + purpose;
    }
  }

  /** The names of answers: keys, export keys, controls' ids, new rows; and what the content says of each. */
  class Names {
    /** @param {Pick<Config, "names" | "answers" | "forms">} config */
    constructor({ names, answers, forms }) {
      this.rules = names;
      this.answers = answers;
      this.keys = new Keys(names);
      this.keyPattern = new RegExp(names.keyPattern);
      this.cellPattern = new RegExp(names.cellPattern);
      this.rowPattern = new RegExp(names.rowPattern);
      const export_ = { form: `(?<form>${any(forms)})`, key: `(?<key>${unanchored(names.keyPattern)})` };
      this.exportPattern = matcher(names.exportKey, export_);
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
     * @returns {{table: string, row: string, column: string} | undefined} The three groups the
     *   pattern names (generator/naming.py), each matched when the key is a cell's.
     */
    cell(key) {
      return /** @type {{table: string, row: string, column: string} | undefined} */ (this.cellPattern.exec(key)?.groups);
    }

    /**
     * A table cell's control id.
     * @param {string} table
     * @param {string} row
     * @param {string} column
     */
    cellControlId(table, row, column) {
      return fill(this.rules.cellControlId, { table, row, column });
    }

    /**
     * @param {string} form
     * @param {string} key The answer's name in a downloaded file.
     */
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

    /**
     * @param {string} form
     * @param {string} key The question as the content has it now, or "".
     */
    question(form, key) {
      return this.describe(form, key)?.question ?? "";
    }

    /**
     * A downloaded file's name: whose (the name as lower-case words joined by hyphens, or
     * `fallback`), what it holds (its words joined by hyphens), the date.
     * @param {{person: string, fallback: string, content: string[], date: string, extension: string}} file
     */
    fileName({ person, fallback, content, date, extension }) {
      const words = person
        .normalize("NFKD")
        .replace(/[\u0300-\u036f]/g, "")
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, WORDS)
        .slice(0, 40)
        .replace(/^-+|-+$/g, "");
      return fill(this.rules.fileName, { person: words || fallback, content: content.join(WORDS), date, extension });
    }

    /**
     * The address of the plan filled in for colleague `id`: `page` (the plan's), naming them.
     * @param {string} page
     * @param {string} id
     */
    colleagueAddress(page, id) {
      const address = new URL(page, location.href);
      address.searchParams.set(COLLEAGUE_PARAMETER, id);
      return address;
    }

    /**
     * What the address `search` (its query, "?colleague=k3x9") names as the colleague whose
     * plan is filled in: their id, or anything else given there; null when it names no one.
     * @param {string} search
     */
    colleagueIn(search) {
      return new URLSearchParams(search).get(COLLEAGUE_PARAMETER);
    }

    /**
     * A copy of the first element of `template` for row `row`: the placeholder replaced by the
     * row's id in every attribute that names it. More than one part (`more`) make one id.
     * @param {HTMLTemplateElement} template
     * @param {string} row
     * @param {...string} more
     */
    fromTemplate(template, row, ...more) {
      const copy = /** @type {HTMLElement} */ (template.content.firstElementChild?.cloneNode(true));
      const placeholder = this.rules.rowPlaceholder;
      const id = [row, ...more].join(WORDS);
      for (const element of [copy, ...copy.querySelectorAll("*")]) {
        for (const name of ROW_ATTRIBUTES) {
          const value = element.getAttribute(name);
          if (value?.includes(placeholder)) element.setAttribute(name, value.replaceAll(placeholder, id));
        }
      }
      return copy;
    }
  }

  sfg.fill = fill;
  sfg.own = own;
  sfg.Keys = Keys;
  sfg.Names = Names;
}
