// @ts-check
/* Scope for Growth: the review of a plan (_review.j2), on the plan (the person's own, and the
   plan filled in for a colleague). "Start a review" shows each objective with words in it (its
   text, as text only), how it went and a note, and the date of the next review; what is
   chosen and typed is kept at once as the review being written (reviewing.js: JSON under the
   plan's own key config.names.past.draft, through the form's sfg:put), so that a reload, the
   lock, other tabs and files keep it. "Start the next plan" puts, in one edit, the plan as a
   past plan and the next plan (reviewing.finish), saves it, says what happened and moves the
   focus to the review's heading; "Cancel" empties the review being written. While the answers
   are locked nothing of it shows. */
"use strict";
var sfg = sfg || {};
{
  const { find, all, CONTROLS } = sfg.parts;
  const { reviewing } = sfg;

  /** Today on this computer: yyyy-mm-dd. */
  const today = () => {
    const now = new Date();
    return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((part) => String(part).padStart(2, "0")).join("-");
  };

  class Review extends sfg.Component {
    static moduleName = "sfg-review";

    /** @param {HTMLElement} element */
    constructor(element) {
      super(element);
      /** @param {string} name */
      const part = (name) => find(element, `[data-sfg-review-${name}]`, HTMLElement);
      this.form = part("form");
      this.opener = part("opener");
      this.list = part("list");
      this.status = part("status");
      this.template = find(element, "template[data-sfg-review-template]", HTMLTemplateElement);
      this.next = find(element, "input[data-sfg-review-next]", HTMLInputElement);
      /** The review as this page last put it: its own edits are not shown again. */
      this.written = /** @type {string | null} */ (null);
      /** @type {AnswerRecord | null} */
      this.record = null;
      this.onClick("[data-sfg-review-start]", () => this.start());
      this.onClick("[data-sfg-review-finish]", () => this.finish());
      this.onClick("[data-sfg-review-cancel]", () => this.cancel());
      this.on(this.form, "input", () => this.keep());
      this.on(this.form, "change", () => this.keep());
      this.listen("sfg:change", ({ record, keys }) => this.changed(record, keys));
    }

    get review() {
      const review = this.settings.config.review;
      if (!review) throw new Error("Scope for Growth: a review without config.review");
      return review;
    }

    get draftKey() {
      return this.names.rules.past.draft;
    }

    /** The plan's table of objectives on the page. */
    get table() {
      return find(this.root, `[data-module~="sfg-table"][data-sfg-key="${CSS.escape(this.review.table)}"]`, HTMLElement);
    }

    /** The table's rows as the page shows them. */
    order() {
      return all(this.table, "[data-sfg-row]")
        .map((row) => row.dataset.sfgRow)
        .join(" ");
    }

    /**
     * The answers changed: show the review being written, as kept (not this page's own edits).
     * @param {AnswerRecord} record
     * @param {string[] | null} keys
     */
    changed(record, keys) {
      this.record = record;
      const text = record.answers[this.draftKey] || "";
      const objectives = (/** @type {string} */ key) => key === this.review.table || this.names.cell(key)?.table === this.review.table;
      if (keys && !keys.some((key) => key === this.draftKey || (!this.form.hidden && objectives(key)))) return;
      if (keys?.includes(this.draftKey) && text === this.written && !keys.some(objectives)) return;
      if (text) this.show(record, reviewing.draftOf(this.names, text));
      else this.close();
    }

    /**
     * Show the review `draft` of `record`'s objectives.
     * @param {AnswerRecord} record
     * @param {ReviewDraft} draft
     */
    show(record, draft) {
      const order = this.order().split(" ");
      const label = this.table.dataset.sfgRowLabel || "";
      const rows = reviewing.objectives(this.names, this.review, record.answers, order.join(" "));
      const items = rows.map((row) => {
        const item = this.names.fromTemplate(this.template, row);
        item.dataset.sfgReviewRow = row;
        const name = `${label} ${order.indexOf(row) + 1}`;
        for (const part of all(item, "[data-sfg-review-name]")) part.textContent = name;
        find(item, "[data-sfg-review-text]", HTMLElement).textContent = this.objective(record, row);
        const { outcome = "", note = "" } = draft.outcomes[row] || {};
        for (const radio of /** @type {HTMLInputElement[]} */ (all(item, "input[data-sfg-review-outcome]"))) radio.checked = radio.value === outcome;
        find(item, "textarea[data-sfg-review-note]", HTMLTextAreaElement).value = note;
        return item;
      });
      this.list.replaceChildren(...items);
      find(this.element, "[data-sfg-review-some]", HTMLElement).hidden = !items.length;
      find(this.element, "[data-sfg-review-none]", HTMLElement).hidden = !!items.length;
      this.next.value = draft.next;
      this.form.hidden = false;
      this.opener.hidden = true;
    }

    /**
     * An objective's words: its first cell with some (the objective itself, as a rule).
     * @param {AnswerRecord} record
     * @param {string} row
     */
    objective(record, row) {
      const cells = all(this.table, `[data-sfg-row="${CSS.escape(row)}"] :is(${CONTROLS})`).map((control) => control.dataset.sfgKey || "");
      const key = cells.find((cell) => record.answers[cell]?.trim() && !this.names.describe(record.form, cell)?.choices);
      return key ? record.answers[key] || "" : "";
    }

    close() {
      this.form.hidden = true;
      this.opener.hidden = false;
      this.list.replaceChildren();
    }

    /** The review as the page shows it. */
    drafted() {
      /** @type {ReviewDraft} */
      const draft = { outcomes: {}, next: this.next.value };
      for (const item of all(this.list, "[data-sfg-review-row]")) {
        const chosen = /** @type {HTMLInputElement | null} */ (item.querySelector("input[data-sfg-review-outcome]:checked"));
        const note = find(item, "textarea[data-sfg-review-note]", HTMLTextAreaElement).value;
        draft.outcomes[item.dataset.sfgReviewRow || ""] = { outcome: chosen?.value || "", note };
      }
      return draft;
    }

    /** Keep the review being written as it is now. */
    keep() {
      this.written = JSON.stringify(this.drafted());
      this.emit("sfg:put", { answers: { [this.draftKey]: this.written } });
    }

    start() {
      if (!this.record || this.root.hasAttribute("data-sfg-locked")) return;
      this.status.textContent = "";
      const text = this.record.answers[this.draftKey] || "";
      this.show(this.record, reviewing.draftOf(this.names, text));
      this.keep();
      const first = this.form.querySelector("input, textarea");
      if (first instanceof HTMLElement) first.focus();
    }

    async cancel() {
      this.written = "";
      this.emit("sfg:put", { answers: { [this.draftKey]: "" } });
      this.close();
      this.status.textContent = this.text.review_cancelled;
      find(this.element, "[data-sfg-review-start]", HTMLElement).focus();
    }

    async finish() {
      const t = this.text;
      const record = await this.request("sfg:collect", {}, () => null);
      if (!record || this.root.hasAttribute("data-sfg-locked")) return;
      const draft = this.drafted();
      let row = "";
      while (!this.names.isRow(row) || record.answers[sfg.past.keyOf(this.names, row)] !== undefined) row = Math.random().toString(36).slice(2, 10);
      const day = today();
      const { answers, carried } = reviewing.finish(this.names, this.settings.config, record, { served: this.order(), draft, today: day, row });
      this.written = "";
      this.emit("sfg:put", { answers });
      this.close();
      await this.request("sfg:flush", {}, () => undefined);
      this.status.textContent = sfg.fill(t.review_done, { count: carried, date: sfg.pastView.day(day, this.settings.config.lang) });
      find(this.element, "h2", HTMLElement).focus();
    }
  }

  sfg.components.register(Review);
}
