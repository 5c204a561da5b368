// @ts-check
/* Scope for Growth: on the plan, journal answers, read-only, to have at hand: the person's
   own; on a plan filled in for a colleague (plan.html?colleague=…), that colleague's, from the
   file the manager opened (colleague-book.js), with words that say whose, and no link to change
   them. Kept up to date when they change in another tab, shown only while the answers are not
   locked. data-sfg-form-name names the form whose answers it shows; each item
   (data-sfg-summary-item) names its answer key. */
"use strict";
var sfg = sfg || {};
{
  const { Store, fill } = sfg;
  const { all, find } = sfg.parts;

  class JournalSummary extends sfg.Component {
    static moduleName = "sfg-journal-summary";

    /** @param {HTMLElement} element */
    constructor(element) {
      super(element);
      const { config } = this.settings;
      const store = new Store(this.names, element.dataset.sfgFormName || "", this.place);
      this.colleague = sfg.colleagueOnPage(this.names, config.form);
      this.book = new sfg.ColleagueBook(this.names, this.place, config.forms);
      /** The key whose changes in another tab change what is shown. */
      const watched = this.colleague ? this.names.keys.colleague(this.colleague) : store.key;
      const show = () => this.show(store);
      show();
      this.on(window, "storage", (/** @type {StorageEvent} */ event) => (event.key === watched || event.key === null) && show());
      for (const type of /** @type {const} */ (["sfg:locked", "sfg:unlocked"])) this.listen(type, show);
      this.listen("sfg:forgotten", show, document);
      this.listen("sfg:moved", show, document);
    }

    /**
     * The answers to show, by key: the person's own (none while locked), or the colleague's,
     * with the words that say whose (null while their answers cannot be read: locked, removed).
     * @param {Store} store
     * @returns {Promise<{[key: string]: string} | null>}
     */
    async answers(store) {
      if (!this.colleague) {
        const found = await store.look();
        return this.place.state() === "locked" ? {} : found.answers;
      }
      const colleague = await this.book.get(this.colleague);
      if (!colleague) return null;
      const t = this.text;
      const name = colleague.name;
      const element = this.element;
      find(element, "[data-sfg-summary-heading]", HTMLElement).textContent = fill(t.colleague_summary_heading, { name });
      find(element, "[data-sfg-summary-intro]", HTMLElement).textContent = fill(t.colleague_summary_intro, { name });
      find(element, "[data-sfg-summary-empty]", HTMLElement).textContent = fill(t.colleague_summary_empty, { name });
      find(element, "[data-sfg-summary-link]", HTMLElement).hidden = true; // not changed here
      const theirs = colleague.forms[store.form] || {};
      return Object.fromEntries(Object.entries(theirs).map(([key, { answer }]) => [key, answer]));
    }

    /** @param {Store} store */
    async show(store) {
      const answers = await this.answers(store);
      const element = this.element;
      // A colleague's answers that cannot be read: nothing of theirs, nor of anybody's, shows.
      if (this.colleague) element.hidden = !answers;
      for (const item of all(element, "[data-sfg-summary-item]")) {
        const key = item.dataset.sfgSummaryItem || "";
        const value = String(sfg.own(answers, key) ?? "").trim();
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

  sfg.components.register(JournalSummary);
}
