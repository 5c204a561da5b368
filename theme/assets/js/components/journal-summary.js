// @ts-check
/* Scope for Growth: on the plan, the person's journal answers, read-only, to have at hand;
   kept up to date when the journal changes in another tab, shown only while the answers are
   not locked. data-sfg-form-name names the form whose answers it shows; each item
   (data-sfg-summary-item) names its answer key. */
"use strict";
var sfg = sfg || {};
{
  const { Store } = sfg;
  const { all } = sfg.parts;

  class JournalSummary extends sfg.Component {
    static moduleName = "sfg-journal-summary";

    /** @param {HTMLElement} element */
    constructor(element) {
      super(element);
      const store = new Store(this.names, element.dataset.sfgFormName || "", this.place);
      const show = () => this.show(store);
      show();
      this.on(window, "storage", (/** @type {StorageEvent} */ event) => (event.key === store.key || event.key === null) && show());
      for (const type of /** @type {const} */ (["sfg:locked", "sfg:unlocked"])) this.listen(type, show);
      this.listen("sfg:forgotten", show, document);
      this.listen("sfg:moved", show, document);
    }

    /** @param {Store} store */
    async show(store) {
      const found = await store.look();
      const record = this.place.state() === "locked" ? store.empty() : found;
      const element = this.element;
      for (const item of all(element, "[data-sfg-summary-item]")) {
        const key = item.dataset.sfgSummaryItem || "";
        const value = (record.answers[key] || "").trim();
        item.hidden = !value;
        const answer = item.querySelector("[data-sfg-summary-answer]");
        if (answer) answer.textContent = /** @type {string | undefined} */ (sfg.own(this.names.describe(store.form, key)?.choices, value)) ?? value;
      }
      // A section shows when it holds an answer; when none does, a note instead.
      for (const section of all(element, "[data-sfg-summary-section]")) section.hidden = !section.querySelector("[data-sfg-summary-item]:not([hidden])");
      const none = element.querySelector("[data-sfg-summary-empty]");
      if (none instanceof HTMLElement) none.hidden = !!element.querySelector("[data-sfg-summary-section]:not([hidden])");
    }
  }

  sfg.JournalSummary = JournalSummary;
}
