// @ts-check
/* Scope for Growth: a table of the plan (the development objectives), row by row. Rows are
   added, moved and removed with buttons, keyboard first, focus kept where it makes sense.
   Each row has an id of its own; the table's answer is the order of its rows ("1 2 k3x9"), its
   cells are answers of their own. A new row is a copy of the row <template>. An initiative
   suggested by the framework (sfg:suggest) goes into the first row whose first cell is empty. */
"use strict";
var sfg = sfg || {};
{
  const { CONTROLS, find, all, answered } = sfg.parts;

  class Table extends sfg.Component {
    static moduleName = "sfg-table";

    /** @param {HTMLElement} element */
    constructor(element) {
      super(element);
      this.key = element.dataset.sfgKey || "";
      this.list = find(element, "[data-sfg-rows]", HTMLElement);
      this.template = find(element, "template[data-sfg-row-template]", HTMLTemplateElement);
      this.served = this.order();
      // Before the answers are shown: the rows they name.
      this.listen("sfg:render", ({ answers }) => this.arrange(answers[this.key] ?? this.served));
      this.listen("sfg:suggest", ({ text }) => this.suggest(text), element);
      this.onClick("button", (button) => {
        if (button.hasAttribute("data-sfg-add-row")) this.announce(sfg.fill(this.text.row_added, { row: this.name(this.add()) }));
        else if (button.dataset.sfgRowAction === "remove") this.remove(button);
        else if (button.dataset.sfgRowAction) this.move(button, button.dataset.sfgRowAction === "up");
      });
    }

    rows() {
      return all(this.list, ":scope > [data-sfg-row]");
    }

    order() {
      return this.rows()
        .map((row) => row.dataset.sfgRow)
        .join(" ");
    }

    /** @param {HTMLElement} row */
    name(row) {
      return find(row, "legend[data-sfg-row-name]", HTMLElement).textContent || "";
    }

    /** @param {HTMLElement} row */
    controls(row) {
      return /** @type {(HTMLInputElement | HTMLTextAreaElement)[]} */ ([...row.querySelectorAll(CONTROLS)]);
    }

    /** @param {HTMLElement} row Its first control: every row has one (the table's <template>). */
    first(row) {
      const [control] = this.controls(row);
      if (!control) throw new Error("Scope for Growth: a table row without a control");
      return control;
    }

    /** @param {string} order Show the rows named in `order`, in that order. */
    arrange(order) {
      const ids = [...new Set(order.split(" ").filter((id) => this.names.isRow(id)))];
      const have = new Map(this.rows().map((row) => [row.dataset.sfgRow, row]));
      // Rows already in order stay where they are (and keep the focus).
      if (ids.join(" ") !== this.order()) this.list.replaceChildren(...ids.map((id) => have.get(id) || this.make(id)));
      this.number();
    }

    /** @param {string} id A new empty row. */
    make(id) {
      const row = this.names.fromTemplate(this.template, id);
      for (const tools of all(row, "[data-sfg-js]")) tools.hidden = false;
      return row;
    }

    number() {
      const rows = this.rows();
      rows.forEach((row, i) => {
        for (const name of row.querySelectorAll("[data-sfg-row-name]")) name.textContent = this.element.dataset.sfgRowLabel + " " + (i + 1);
        find(row, '[data-sfg-row-action="up"]', HTMLButtonElement).disabled = i === 0;
        find(row, '[data-sfg-row-action="down"]', HTMLButtonElement).disabled = i === rows.length - 1;
      });
    }

    /** @param {{[key: string]: string}} [answers] The rows changed: their order is an answer too. */
    changed(answers) {
      this.number();
      this.emit("sfg:put", { answers: { ...answers, [this.key]: this.order() } });
    }

    add() {
      const used = new Set(this.rows().map((row) => row.dataset.sfgRow));
      let id = "";
      while (!this.names.isRow(id) || used.has(id)) id = Math.random().toString(36).slice(2, 10);
      const row = this.make(id);
      this.list.append(row);
      this.changed();
      this.first(row).focus();
      return row;
    }

    /** @param {string} text */
    suggest(text) {
      const row = this.rows().find((row) => !answered(this.first(row))) || this.add();
      const control = this.first(row);
      this.emit("sfg:put", { answers: { [control.dataset.sfgKey || ""]: text } });
      control.focus();
      this.announce(sfg.fill(this.text.suggestion_added, { row: this.name(row) }));
    }

    /** @param {HTMLElement} button */
    async remove(button) {
      const t = this.text;
      const row = /** @type {HTMLElement} */ (button.closest("[data-sfg-row]"));
      const rows = this.rows();
      const i = rows.indexOf(row);
      const controls = this.controls(row);
      const question = { heading: sfg.fill(t.row_remove_heading, { row: this.name(row) }), text: t.row_remove_text, confirm: t.row_remove_confirm };
      if (controls.some(answered) && !(await this.ask(question))) return;
      row.remove();
      this.changed(Object.fromEntries(controls.map((control) => [control.dataset.sfgKey || "", ""])));
      const next = this.rows()[Math.min(i, rows.length - 2)];
      (next ? this.first(next) : find(this.element, "[data-sfg-add-row]", HTMLElement)).focus();
      this.announce(t.row_removed);
    }

    /**
     * Move the neighbour rather than the row itself: the button keeps its focus.
     * @param {HTMLElement} button
     * @param {boolean} up
     */
    move(button, up) {
      const row = /** @type {HTMLElement} */ (button.closest("[data-sfg-row]"));
      const rows = this.rows();
      const other = rows[rows.indexOf(row) + (up ? -1 : 1)];
      if (!other) return;
      if (up) row.after(other);
      else row.before(other);
      this.changed();
      // At the top or the bottom the button is disabled: its twin takes the focus.
      if (/** @type {HTMLButtonElement} */ (button).disabled) find(row, `[data-sfg-row-action="${up ? "down" : "up"}"]`, HTMLElement).focus();
      this.announce(sfg.fill(this.text.row_moved, { row: this.name(row) }));
    }
  }

  sfg.components.register(Table);
}
