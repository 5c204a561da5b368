// @ts-check
/* Scope for Growth: on the plan, the person's journal answers, read-only, to have at hand;
   kept up to date when the journal changes in another tab. data-sfg-form-name names the form
   whose answers it shows; each item (data-sfg-summary-item) names its answer key. */
"use strict";
var sfg = sfg || {};
{
  const { Store, storage } = sfg;

  class JournalSummary extends sfg.Component {
    static moduleName = "sfg-journal-summary";

    /** @param {HTMLElement} element */
    constructor(element) {
      super(element);
      const store = new Store(this.names, element.dataset.sfgFormName || "");
      this.show(store);
      this.on(window, "storage", (/** @type {StorageEvent} */ event) => (event.key === store.key || event.key === null) && this.show(store));
    }

    /** @param {Store} store */
    show(store) {
      let record = store.empty();
      try {
        record = store.parse(storage.get(store.key)) || record;
      } catch {
        // Nothing to show: the status bar already says that storage is out of reach.
      }
      const element = this.element;
      for (const item of element.querySelectorAll("[data-sfg-summary-item]")) {
        const key = /** @type {HTMLElement} */ (item).dataset.sfgSummaryItem || "";
        const value = (record.answers[key] || "").trim();
        /** @type {HTMLElement} */ (item).hidden = !value;
        const answer = item.querySelector("[data-sfg-summary-answer]");
        if (answer) answer.textContent = /** @type {string | undefined} */ (sfg.own(this.names.describe(store.form, key)?.choices, value)) ?? value;
      }
      // A section shows when it holds an answer; when none does, a note instead.
      for (const section of element.querySelectorAll("[data-sfg-summary-section]")) {
        /** @type {HTMLElement} */ (section).hidden = !section.querySelector("[data-sfg-summary-item]:not([hidden])");
      }
      const none = element.querySelector("[data-sfg-summary-empty]");
      if (none instanceof HTMLElement) none.hidden = !!element.querySelector("[data-sfg-summary-section]:not([hidden])");
    }
  }

  sfg.JournalSummary = JournalSummary;
}
