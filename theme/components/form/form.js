// @ts-check
/* Scope for Growth: a form page (journal or plan) bound to its record in storage: the root of
   every other part of the page. It shows the stored answers when the page opens, and each
   answer as it changes: typed here, given by another part (a table's rows), taken in from
   another tab. Answers only ever reach the page as text (value, textContent). Its record is
   kept in step with storage by saving.js: saved as the person types, and at once when
   the page is hidden, closed or left by instant navigation.
   Locked answers (vault.js): while this page holds no key it shows none and never writes.
   On its root: it tells the page sfg:render (before answers are shown: tables make their
   rows), sfg:change (answers changed: `keys`, or null for all) and sfg:status; it does what
   sfg:put (new answers), sfg:replace (a whole new record: loaded, or none when cleared) and
   sfg:clock say (edits from now on come after edit `clock`: the file a plan started from),
   follows sfg:locked (the key is gone: show nothing), sfg:unlocked (read the answers again)
   and, on the document, sfg:forgotten (everything was removed); it answers the requests
   sfg:collect (save now and hand over the record) and sfg:flush (save now, however long it
   takes). */
"use strict";
var sfg = sfg || {};
{
  const { TABLE, CONTROLS, controlsOf, keyed, all, find } = sfg.parts;
  const { merge, edit } = sfg.records;

  /**
   * A plan for a colleague not kept here: say so, show no question, save nothing.
   * @param {HTMLElement} root
   */
  const unknownColleague = (root) => {
    const banner = find(root, "[data-sfg-colleague-unknown]", HTMLElement);
    for (const child of root.children)
      if (child instanceof HTMLElement && !child.matches("h1, [data-sfg-config]") && !child.contains(banner)) child.hidden = true;
    banner.hidden = false;
  };

  /**
   * True when `order` is a table's order of rows that the page does not show: put by another
   * part than the table itself (the next plan a review starts).
   * @param {HTMLElement} root
   * @param {string} key
   * @param {string} order
   */
  const unshown = (root, key, order) => {
    const table = root.querySelector(TABLE + keyed(key));
    if (!table) return false;
    const rows = all(table, "[data-sfg-row]").map((row) => row.dataset.sfgRow);
    return rows.join(" ") !== order.split(/\s+/).filter(Boolean).join(" ");
  };

  class Form extends sfg.Component {
    static moduleName = "sfg-form";
    static startsLast = true;

    /** @param {HTMLElement} root */
    constructor(root) {
      super(root);
      performance.mark("sfg-start");
      const { config, names } = this.settings;
      // A plan filled in for a colleague is kept apart from the person's own (plan.html?colleague=…).
      const store = new sfg.Store(names, config.form, this.place, sfg.colleagueOnPage(names, config.form));
      this.record = store.empty();
      this.saving = new sfg.Saving(this, store);
      /** This page's id among the tabs: settles a tie between two tabs' edits. */
      this.tab = Math.random().toString(36).slice(2, 10);
      /** True once the control the address names has had the focus (land()). */
      this.landed = false;
      if (sfg.colleagueUnknown(names, config.form, this.place)) {
        unknownColleague(root);
        return;
      }
      this.listenToAll();
      const state = this.place.state();
      if (state === "locked") this.lock();
      else if (state === "unlocked") this.open();
      else {
        try {
          this.saving.opened(store.read());
        } catch (error) {
          this.saving.fail(error);
        }
        this.render();
        this.land();
      }
      for (const element of all(root, "[data-sfg-js]")) element.hidden = false;
      for (const element of all(root, "[data-sfg-no-js]")) element.hidden = true;
      performance.measure("sfg-restore", "sfg-start");
    }

    /** What the person types, what the other parts tell and ask, what other tabs and the page do. */
    listenToAll() {
      const { saving } = this;
      this.on(this.root, "input", (/** @type {Event} */ event) => this.onInput(event));
      this.on(this.root, "change", (/** @type {Event} */ event) => this.onInput(event));
      this.listen("sfg:put", ({ answers }) => this.put(answers));
      this.listen("sfg:replace", (detail) => this.replace(detail));
      this.answer("sfg:collect", () => {
        saving.save();
        return this.record;
      });
      this.answer("sfg:flush", () => saving.saveNow());
      this.listen("sfg:clock", ({ clock }) => (this.record.clock = Math.max(this.record.clock, clock)));
      this.listen("sfg:locked", () => this.lock());
      this.listen("sfg:unlocked", () => this.open());
      this.listen("sfg:forgotten", () => this.replace({}), document);
      this.listen("sfg:moved", () => saving.moved(), document);
      this.on(window, "pagehide", () => saving.flush());
      this.on(document, "visibilitychange", () => document.visibilityState === "hidden" && saving.flush());
      this.on(window, "storage", (/** @type {StorageEvent} */ event) => saving.onStorage(event));
    }

    /**
     * The page's address names a question's control (a Change link of Check your answers,
     * journal.html#sfg-energy): once the answers show, that control has the focus, its
     * question in view below the header (scroll-margin-top). A table's cells exist only once
     * its rows are made, after the browser's own jump to the address has found nothing. Once
     * a page: not again after each unlock.
     */
    land() {
      if (this.landed) return;
      this.landed = true;
      const id = decodeURIComponent(location.hash.slice(1));
      const target = id ? document.getElementById(id) : null;
      if (!target || !this.root.contains(target) || !target.matches(CONTROLS)) return;
      (target.closest("[data-sfg-question]") || target).scrollIntoView({ block: "start" });
      target.focus({ preventScroll: true });
    }

    /**
     * Say in the status bar what happened to the answers.
     * @param {string} message
     * @param {boolean} [problem]
     * @param {string} [notice]
     */
    say(message, problem, notice) {
      this.emit("sfg:status", { message, problem, notice }, this.root);
    }

    /** Show every answer: tables make their rows first. */
    render() {
      this.emit("sfg:render", { answers: this.record.answers }, this.root);
      for (const control of this.root.querySelectorAll(CONTROLS)) this.display(/** @type {HTMLInputElement} */ (control));
      this.emit("sfg:change", { record: this.record, keys: null }, this.root);
    }

    /**
     * Show its answer, and in its print copy. While the answers are locked nothing can be
     * typed in (the name and role too, which the lock screen does not cover): a radio is
     * disabled, a text box read only.
     * @param {HTMLInputElement | HTMLTextAreaElement} control
     */
    display(control) {
      const value = this.record.answers[control.dataset.sfgKey || ""] ?? "";
      const locked = this.root.hasAttribute("data-sfg-locked");
      if (control.type === "radio") {
        /** @type {HTMLInputElement} */ (control).checked = control.value === value;
        control.disabled = locked;
      } else {
        if (control.value !== value) control.value = value;
        control.readOnly = locked;
      }
      const mirror = control.nextElementSibling;
      if (mirror?.hasAttribute("data-sfg-print-mirror") && mirror.textContent !== value) mirror.textContent = value;
    }

    /** @param {string[]} keys Show these answers. */
    show(keys) {
      for (const key of keys) for (const control of this.root.querySelectorAll(controlsOf(key))) this.display(/** @type {HTMLInputElement} */ (control));
      this.emit("sfg:change", { record: this.record, keys }, this.root);
    }

    /** @param {Event} event */
    onInput({ target: control }) {
      if (!(control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement) || !control.matches(CONTROLS)) return;
      // Locked: nothing typed is taken (the controls are read only; this is for anything else).
      if (this.root.hasAttribute("data-sfg-locked")) return this.display(control);
      if (control.type !== "radio" || /** @type {HTMLInputElement} */ (control).checked) this.put({ [control.dataset.sfgKey || ""]: control.value });
    }

    /** @param {{[key: string]: string}} answers New answers, edited here: saved soon. */
    put(answers) {
      const record = this.record;
      const { unsaved } = this.saving;
      const keys = Object.keys(answers).filter((key) => record.answers[key] !== answers[key]);
      if (!keys.length) return;
      // The first edit since the last save: number it after the last edit any tab has saved,
      // even if this tab missed that tab's storage event.
      if (!unsaved.size) record.clock = Math.max(record.clock, this.saving.store.peek().clock);
      for (const key of keys) {
        edit(record, key, answers[key] ?? "", this.tab, this.names.question(record.form, key));
        unsaved.add(key);
      }
      // A table's rows changed by another part: every answer is shown again.
      if (keys.some((key) => unshown(this.root, key, answers[key] ?? ""))) this.render();
      else this.show(keys);
      this.saving.edited();
    }

    /** Show nothing of the answers: the key is gone. What was typed here and not saved stays to be saved once unlocked. */
    lock() {
      const { saving } = this;
      clearTimeout(saving.timer);
      const kept = saving.store.empty();
      kept.clock = this.record.clock;
      for (const key of saving.unsaved) edit(kept, key, this.record.answers[key] ?? "", this.tab, this.record.questions[key] ?? "");
      this.record = kept;
      saving.seen = null;
      saving.ready = "";
      this.root.toggleAttribute("data-sfg-locked", true);
      this.say("");
      this.render();
    }

    /** Read the answers again (unlocked, or the lock removed), with what was typed here meanwhile. */
    open() {
      const { saving } = this;
      return saving.enqueue(async () => {
        // Locked again before this ran (a lock set locks at once): a sealed record this page
        // cannot open must never be taken for an unreadable one.
        if (this.place.state() === "locked") return;
        const start = performance.now();
        const pending = Object.fromEntries([...saving.unsaved].map((key) => [key, this.record.answers[key] ?? ""]));
        saving.unsaved.clear();
        saving.ready = ""; // sealed with a key that may be gone
        try {
          const { raw, ...read } = await saving.store.load();
          saving.opened(read);
          saving.seen = raw;
        } catch (error) {
          saving.fail(error);
        }
        this.root.toggleAttribute("data-sfg-locked", false);
        this.render();
        this.put(pending);
        this.land();
        performance.measure("sfg-open", { start });
      });
    }

    /** @param {AnswerRecord} stored Take in what another tab saved. */
    adopt(stored) {
      const { record, changed } = merge(this.record, stored, this.saving.unsaved);
      this.record = record;
      // Another tab changed the rows of a table: every answer is shown again.
      if (changed.some((key) => this.root.querySelector(TABLE + keyed(key)))) this.render();
      else if (changed.length) this.show(changed);
    }

    /** @param {SfgEvents["sfg:replace"]} replacement Answers loaded from a file, or none: cleared. */
    replace({ record = this.saving.store.empty(), failure }) {
      const { saving } = this;
      record.clock = Math.max(record.clock, this.record.clock);
      this.record = record;
      saving.seen = null;
      saving.ready = "";
      this.root.toggleAttribute("data-sfg-locked", this.place.state() === "locked");
      // What storage refused stays to be saved later.
      saving.unsaved = new Set(failure ? Object.keys(record.answers) : []);
      saving.blocked = false;
      this.say("", false, "");
      this.render();
      if (failure) saving.fail(failure);
    }

    stop() {
      this.saving.flush();
      super.stop();
    }
  }

  sfg.components.register(Form);
}
