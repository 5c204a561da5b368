// @ts-check
/* Scope for Growth: "Check your answers" (generator/templates/answers.md.j2): every answered
   question of the journal and the plan as NHS summary lists (question, answer, a "Change"
   link to the field), each table row an objective of its own; printable; "Copy as text"
   puts them on the clipboard as plain text with headings, for an email, a document or a
   notes field (where the browser refuses, the text shows in a box to copy by hand). Answers
   only ever reach the page as text. Nothing shows while the answers are locked (the page
   says they are locked), and the text copied by hand goes when they are locked or forgotten. */
"use strict";
var sfg = sfg || {};
{
  const { find, all } = sfg.parts;

  /** @param {Element} element True when neither it nor anything around it is hidden. */
  const shown = (element) => !element.closest("[hidden]");

  /**
   * Point each "Change" link of a table's row at its cell's control (the template links to
   * the row's placeholder).
   * @param {Names} names
   * @param {HTMLElement} row
   */
  const pointChanges = (names, row) => {
    for (const link of all(row, "a[data-sfg-check-change]")) {
      const cell = names.cell(link.closest("[data-sfg-key]")?.getAttribute("data-sfg-key") || "");
      if (!cell) continue;
      const address = new URL(link.getAttribute("href") || "", location.href);
      address.hash = names.cellControlId(cell.table, cell.row, cell.column);
      link.setAttribute("href", address.href);
    }
  };

  /**
   * Show the tables' rows that hold an answer, each headed by its first column's label (kept
   * from the template in data-sfg-label) and its number among those shown.
   * @param {HTMLElement} part
   */
  const numberRows = (part) => {
    let number = 0;
    for (const row of all(part, ".sfg-check-row")) {
      row.hidden = !row.querySelector(".sfg-summary-list__row:not([hidden])");
      const heading = find(row, "[data-sfg-check-row-name]", HTMLElement);
      if (!row.hidden) heading.textContent = `${heading.dataset.sfgLabel || (heading.dataset.sfgLabel = heading.textContent || "")} ${++number}`;
    }
  };

  class Check extends sfg.Component {
    static moduleName = "sfg-check";
    static inForm = false;

    /** @param {HTMLElement} element */
    constructor(element) {
      super(element);
      this.status = find(element, "[data-sfg-check-status]", HTMLElement);
      this.onClick("[data-sfg-check-copy]", () => this.copy());
      this.on(window, "storage", () => this.show());
      // Locked or forgotten: the text copied by hand goes from the screen with the answers.
      this.listen("sfg:forgotten", () => this.show(true), document);
      this.listen("sfg:locked", () => this.show(true));
      this.listen("sfg:unlocked", () => this.show());
      this.listen("sfg:moved", () => this.show(), document);
      for (const part of all(element, "[data-sfg-js]")) part.hidden = false;
      for (const part of all(element, "[data-sfg-no-js]")) part.hidden = true;
      this.show();
    }

    /**
     * Show the answers kept (none while locked: the page says they are locked, never that
     * nothing is answered).
     * @param {boolean} [gone] The answers were locked or forgotten: empty the copied text too.
     */
    async show(gone = false) {
      const { config } = this.settings;
      const locked = this.place.state() === "locked";
      find(this.element, "[data-sfg-check-locked]", HTMLElement).hidden = !locked;
      for (const part of all(this.element, "[data-sfg-check-form], [data-sfg-check-copy]")) part.hidden = locked;
      if (gone || locked) {
        find(this.element, "textarea[data-sfg-check-text]", HTMLTextAreaElement).value = "";
        find(this.element, "[data-sfg-check-text-box]", HTMLElement).hidden = true;
        this.status.textContent = "";
      }
      /** @type {AnswerRecord[]} */
      const records = [];
      for (const form of config.forms) {
        const store = new sfg.Store(this.names, form, this.place);
        const record = locked ? store.empty() : await store.look();
        records.push(record);
        const part = this.element.querySelector(`[data-sfg-check-form="${CSS.escape(form)}"]`);
        if (part instanceof HTMLElement) this.fill(part, record);
      }
      this.emit("sfg:person", sfg.files.whose(this.names, records));
    }

    /**
     * @param {HTMLElement} part
     * @param {AnswerRecord} record Show a form's answered questions.
     */
    fill(part, record) {
      for (const table of all(part, "[data-sfg-check-table]")) this.rows(table, record);
      this.answers(part, record);
      numberRows(part);
      for (const section of all(part, "[data-sfg-check-section]")) section.hidden = !section.querySelector(".sfg-summary-list__row:not([hidden])");
      find(part, "[data-sfg-check-empty]", HTMLElement).hidden = !!part.querySelector("[data-sfg-check-section]:not([hidden])");
    }

    /**
     * A table's rows from its template, in the record's order of rows (before any, the rows a
     * new form starts with: data-sfg-check-rows), with their "Change" links.
     * @param {HTMLElement} table
     * @param {AnswerRecord} record
     */
    rows(table, record) {
      const { names } = this;
      const key = table.dataset.sfgCheckTable || "";
      const template = find(table, "template", HTMLTemplateElement);
      const order = (record.answers[key] || table.dataset.sfgCheckRows || "").split(" ").filter((row) => names.isRow(row));
      const rows = order.map((row) => {
        const copy = names.fromTemplate(template, row);
        pointChanges(names, copy);
        return copy;
      });
      table.replaceChildren(template, ...rows);
    }

    /**
     * Each question's answer in the record (a choice by its label); a question not answered
     * is hidden.
     * @param {HTMLElement} part
     * @param {AnswerRecord} record
     */
    answers(part, record) {
      for (const row of all(part, ".sfg-summary-list__row[data-sfg-key]")) {
        const key = row.dataset.sfgKey || "";
        const value = (record.answers[key] || "").trim();
        row.hidden = !value;
        find(row, "[data-sfg-check-answer]", HTMLElement).textContent =
          /** @type {string | undefined} */ (sfg.own(this.names.describe(record.form, key)?.choices, value)) ?? value;
      }
    }

    /** The answers shown, as plain text with headings. */
    plain() {
      const lines = [];
      for (const element of all(this.element, "[data-sfg-check-form] :is([data-sfg-check-heading], [data-sfg-check-row-name], .sfg-summary-list__row)")) {
        if (!shown(element)) continue;
        const words = (element.textContent || "").trim();
        if (element.matches("h2")) lines.push("", words.toUpperCase(), "=".repeat(words.length));
        else if (element.matches("h3")) lines.push("", words, "-".repeat(words.length));
        else if (element.matches("[data-sfg-check-row-name]")) lines.push("", words + ":");
        else {
          const question = find(element, "dt", HTMLElement).textContent?.trim() || "";
          const answer = find(element, "[data-sfg-check-answer]", HTMLElement).textContent || "";
          lines.push("", question, answer);
        }
      }
      return lines.join("\n").trim() + "\n";
    }

    async copy() {
      const t = this.text;
      const text = this.plain();
      const box = find(this.element, "[data-sfg-check-text-box]", HTMLElement);
      const area = find(box, "textarea[data-sfg-check-text]", HTMLTextAreaElement);
      try {
        await navigator.clipboard.writeText(text);
        box.hidden = true;
        this.status.textContent = t.check_copied;
      } catch {
        area.value = text;
        box.hidden = false;
        this.status.textContent = t.check_copy_failed;
        area.focus();
        area.select();
      }
    }
  }

  sfg.components.register(Check);
}
