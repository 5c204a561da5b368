/* Scope for Growth: the development plan's parts.
   Table: rows added, removed and moved with buttons (keyboard first, focus kept sensible).
   Each row has an id of its own; the table's answer is the order of its rows ("1 2 k3x9"),
   its cells are answers "table/row/column". Suggestions: the framework's initiatives for the
   position chosen, added to the first empty row. Summary: the journal's answers, read-only. */
(() => {
  "use strict";
  const sfg = window.sfg;
  const { storage, parse, dict, get, fill } = sfg.store;
  const ROW = /^[a-z0-9]{1,12}$/;
  const newId = () => Date.now().toString(36).slice(-5) + Math.random().toString(36).slice(2, 5);
  const rowName = (row) => row.querySelector("legend[data-sfg-row-name]").textContent;

  class Table {
    constructor(el, form) {
      this.el = el;
      this.form = form;
      this.id = el.dataset.sfgTable;
      this.list = el.querySelector("[data-sfg-rows]");
      this.initial = this.order();
      this.proto = this.list.firstElementChild.cloneNode(true);
      this.proto.querySelectorAll("[data-sfg-js]").forEach((tools) => (tools.hidden = false));
      el.addEventListener("click", (e) => this.onClick(e));
    }

    rows() {
      return [...this.list.children];
    }

    order() {
      return this.rows().map((row) => row.dataset.sfgRow).join(" ");
    }

    // Show the rows named in `order` (the rows as served when nothing was saved).
    arrange(order) {
      const ids = new Set((order ?? this.initial).split(" ").filter((id) => ROW.test(id)));
      const have = new Map(this.rows().map((row) => [row.dataset.sfgRow, row]));
      this.list.replaceChildren(...[...ids].map((id) => have.get(id) || this.make(id)));
      this.number();
    }

    // A new empty row: a copy of the first row as served, its ids and names changed.
    make(id) {
      const row = this.proto.cloneNode(true);
      const from = "sfg-" + this.id + "-" + this.proto.dataset.sfgRow + "-";
      const swap = (v) => v.split(" ").map((t) => (t.startsWith(from) ? "sfg-" + this.id + "-" + id + "-" + t.slice(from.length) : t)).join(" ");
      row.dataset.sfgRow = id;
      for (const el of row.querySelectorAll("[id], [for], [aria-describedby], [name]")) {
        for (const name of ["id", "for", "aria-describedby"]) if (el.hasAttribute(name)) el.setAttribute(name, swap(el.getAttribute(name)));
        if (el.name) el.name = el.name.replace("[" + this.proto.dataset.sfgRow + "]", "[" + id + "]");
      }
      return row;
    }

    number() {
      const rows = this.rows();
      rows.forEach((row, i) => {
        for (const el of row.querySelectorAll("[data-sfg-row-name]")) el.textContent = this.el.dataset.sfgRowLabel + " " + (i + 1);
        row.querySelector('[data-sfg-row-action="up"]').disabled = i === 0;
        row.querySelector('[data-sfg-row-action="down"]').disabled = i === rows.length - 1;
      });
    }

    changed() {
      this.number();
      this.form.scan();
      this.form.put(this.id, this.order());
    }

    add() {
      const row = this.make(newId());
      this.list.append(row);
      this.changed();
      row.querySelector("[data-sfg-field]").focus();
      return row;
    }

    // An initiative becomes the first column of the first row where that is empty.
    suggest(text) {
      const row = this.rows().find((r) => !r.querySelector("[data-sfg-field]").value.trim()) || this.add();
      const field = row.querySelector("[data-sfg-field]");
      field.value = text;
      this.form.put(this.form.keyOf(field), text);
      field.focus();
      this.form.announce(fill(this.form.text.suggestion_added, { row: rowName(row) }));
    }

    async onClick(event) {
      const t = this.form.text;
      const button = event.target.closest("button");
      if (button?.hasAttribute("data-sfg-add-row")) return this.form.announce(fill(t.row_added, { row: rowName(this.add()) }));
      const action = button?.dataset.sfgRowAction;
      if (!action) return;
      const row = button.closest("[data-sfg-row]");
      const rows = this.rows();
      const i = rows.indexOf(row);
      if (action === "remove") {
        const keys = [...row.querySelectorAll("[data-sfg-field]")].map((el) => this.form.keyOf(el));
        const filled = keys.some((k) => this.form.rec.answers[k]?.trim());
        if (filled && !(await this.form.confirm({ heading: fill(t.row_remove_heading, { row: rowName(row) }), text: t.row_remove_text, confirm: t.row_remove_confirm }))) return;
        row.remove();
        keys.forEach((k) => this.form.put(k, ""));
        this.changed();
        const next = this.rows()[Math.min(i, rows.length - 2)];
        (next ? next.querySelector("[data-sfg-field]") : this.el.querySelector("[data-sfg-add-row]")).focus();
        return this.form.announce(t.row_removed);
      }
      // Move the neighbour rather than this row: the button keeps its focus.
      const other = rows[action === "up" ? i - 1 : i + 1];
      if (!other) return;
      if (action === "up") row.after(other);
      else row.before(other);
      this.changed();
      if (button.disabled) row.querySelector(`[data-sfg-row-action="${action === "up" ? "down" : "up"}"]`).focus();
      this.form.announce(fill(t.row_moved, { row: rowName(row) }));
    }
  }

  // The journal's answers on the plan page, read-only: kept up to date from storage.
  const summary = (form, box) => {
    const name = box.dataset.sfgSummary;
    const show = () => {
      let answers = dict();
      try {
        answers = parse(storage.get(form.ns + "/" + name), name)?.answers || answers;
      } catch (e) {
        // Nothing to show: the form's status already says that storage is out of reach.
      }
      const choices = get(form.config.choices, name);
      for (const item of box.querySelectorAll("[data-sfg-summary-item]")) {
        const id = item.dataset.sfgSummaryItem;
        const value = (answers[id] || "").trim();
        item.hidden = !value;
        item.querySelector("dd").textContent = get(get(choices, id), value) || value;
      }
      // A section shows when it has an answer; a note instead when none has.
      for (const section of box.querySelectorAll("[data-sfg-summary-section]")) section.hidden = !section.querySelector("[data-sfg-summary-item]:not([hidden])");
      box.querySelector("[data-sfg-summary-empty]").hidden = !!box.querySelector("[data-sfg-summary-section]:not([hidden])");
    };
    show();
    form.others.push((event) => event.key === form.ns + "/" + name && show());
  };

  sfg.Table = Table;
  sfg.setups.push((form) => {
    const box = form.root.querySelector("[data-sfg-summary]");
    if (box) summary(form, box);
    // Suggestions: those of the position chosen in the question they belong to.
    const boxes = form.root.querySelectorAll("[data-sfg-suggestions]");
    if (!boxes.length) return;
    const update = () => {
      for (const suggestions of boxes) {
        const chosen = form.rec.answers[suggestions.closest("[data-sfg-question]").dataset.sfgQuestion];
        for (const group of suggestions.children) group.hidden = group.dataset.sfgSuggest !== chosen;
      }
    };
    update();
    form.watchers.push(update);
    form.root.addEventListener("click", (event) => {
      const button = event.target.closest("[data-sfg-add-suggestion]");
      if (button && form.tables[0]) form.tables[0].suggest(button.parentNode.querySelector("[data-sfg-initiative]").textContent);
    });
  });
})();
