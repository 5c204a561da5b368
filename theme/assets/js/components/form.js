// @ts-check
/* Scope for Growth: a form page (journal or plan) bound to its record in storage: the root of
   every other part of the page. It shows the stored answers when the page opens; saves as the
   person types (DELAY ms after they stop) and at once when the page is hidden, closed or left
   by instant navigation; takes in what other tabs save (the storage event), the newer edit of
   each answer winning (store.js). Answers only ever reach the page as text (value,
   textContent).
   Events on its root: it sends sfg:render (before answers are shown: tables make their rows),
   sfg:change (answers changed: `keys`, or null for all) and sfg:status; it answers sfg:put
   (new answers), sfg:replace (a whole new record: loaded, or none when cleared) and
   sfg:collect (save now and hand over the record). */
"use strict";
var sfg = sfg || {};
{
  const { TABLE, CONTROLS, controlsOf, keyed, all } = sfg.parts;
  const { merge, edit, forget } = sfg.records;
  const DELAY = 400;

  class Form extends sfg.Component {
    static moduleName = "sfg-form";

    /** @param {HTMLElement} root */
    constructor(root) {
      super(root);
      performance.mark("sfg-start");
      const { config, names } = this.settings;
      this.store = new sfg.Store(names, config.form);
      this.record = this.store.empty();
      /** This page's id among the tabs: settles a tie between two tabs' edits. */
      this.tab = Math.random().toString(36).slice(2, 10);
      /** @type {Set<string>} Answers changed here and not saved yet. */
      this.unsaved = new Set();
      /** An unreadable record could not be set aside: never overwrite it. */
      this.blocked = false;
      this.timer = 0;
      this.on(root, "input", (/** @type {Event} */ event) => this.onInput(event));
      this.on(root, "change", (/** @type {Event} */ event) => this.onInput(event));
      this.listen("sfg:put", ({ answers }) => this.put(answers));
      this.listen("sfg:replace", (detail) => this.replace(detail));
      this.listen("sfg:collect", (detail) => {
        this.save();
        detail.record = this.record;
      });
      this.on(window, "pagehide", () => this.save());
      this.on(document, "visibilitychange", () => document.visibilityState === "hidden" && this.save());
      this.on(window, "storage", (/** @type {StorageEvent} */ event) => this.onStorage(event));
      try {
        const { record, setAside } = this.store.read();
        this.record = record;
        if (setAside) this.say("", true, this.text.status_unreadable);
        else if (record.saved) this.say(this.savedAt(record.saved));
      } catch (error) {
        this.fail(error);
      }
      this.render();
      for (const element of all(root, "[data-sfg-js]")) element.hidden = false;
      for (const element of all(root, "[data-sfg-no-js]")) element.hidden = true;
      performance.measure("sfg-restore", "sfg-start");
    }

    /** @param {string} message @param {boolean} [problem] @param {string} [notice] */
    say(message, problem, notice) {
      this.emit("sfg:status", { message, problem, notice }, this.root);
    }

    /** @param {unknown} error A StorageProblem, told to the person; anything else is a bug. */
    fail(error) {
      if (!(error instanceof sfg.StorageProblem)) throw error;
      this.blocked ||= error.kind === "blocked";
      this.say(this.text[error.word], true);
    }

    /** @param {string} iso "Saved on this device at 10:42" (or on which day, if not today). */
    savedAt(iso) {
      const date = new Date(iso);
      if (isNaN(date.getTime())) return "";
      const lang = this.settings.config.lang;
      const today = date.toDateString() === new Date().toDateString();
      return sfg.fill(today ? this.text.status_saved : this.text.status_saved_earlier, {
        time: date.toLocaleTimeString(lang, { hour: "2-digit", minute: "2-digit" }),
        date: date.toLocaleDateString(lang, { day: "numeric", month: "long" }),
      });
    }

    /** Show every answer: tables make their rows first. */
    render() {
      this.emit("sfg:render", { answers: this.record.answers }, this.root);
      for (const control of this.root.querySelectorAll(CONTROLS)) this.display(/** @type {HTMLInputElement} */ (control));
      this.emit("sfg:change", { record: this.record, keys: null }, this.root);
    }

    /** @param {HTMLInputElement | HTMLTextAreaElement} control Show its answer, and in its print copy. */
    display(control) {
      const value = this.record.answers[control.dataset.sfgKey || ""] ?? "";
      if (control.type === "radio") /** @type {HTMLInputElement} */ (control).checked = control.value === value;
      else if (control.value !== value) control.value = value;
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
      if (control.type !== "radio" || /** @type {HTMLInputElement} */ (control).checked) this.put({ [control.dataset.sfgKey || ""]: control.value });
    }

    /** @param {{[key: string]: string}} answers New answers, edited here: saved soon. */
    put(answers) {
      const record = this.record;
      const keys = Object.keys(answers).filter((key) => record.answers[key] !== answers[key]);
      if (!keys.length) return;
      // The first edit since the last save: number it after the last edit any tab has saved,
      // even if this tab missed that tab's storage event.
      if (!this.unsaved.size) this.record.clock = Math.max(this.record.clock, this.store.peek().clock);
      for (const key of keys) {
        edit(record, key, answers[key], this.tab, this.names.question(record.form, key));
        this.unsaved.add(key);
      }
      this.show(keys);
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.save(), DELAY);
    }


    save() {
      clearTimeout(this.timer);
      if (!this.unsaved.size) return;
      if (this.blocked) return this.say(this.text.status_unreadable_blocked, true);
      try {
        const { record: stored, setAside } = this.store.read();
        if (setAside) this.say("", true, this.text.status_unreadable);
        else this.adopt(stored);
        const record = this.record;
        // Emptied answers go if their question is no longer on the page (an orphan deleted,
        // a row removed); others stay, so that emptying one is an edit that other tabs see.
        for (const key of Object.keys(record.answers)) if (!record.answers[key] && !this.root.querySelector(keyed(key))) forget(record, key);
        record.saved = new Date().toISOString();
        this.store.write(record);
        this.unsaved.clear();
        this.say(this.savedAt(record.saved));
      } catch (error) {
        this.fail(error);
      }
    }

    /** @param {AnswerRecord} stored Take in what another tab saved. */
    adopt(stored) {
      const { record, changed } = merge(this.record, stored, this.unsaved);
      this.record = record;
      // Another tab changed the rows of a table: every answer is shown again.
      if (changed.some((key) => this.root.querySelector(TABLE + keyed(key)))) this.render();
      else if (changed.length) this.show(changed);
    }

    /** @param {StorageEvent} event */
    onStorage({ key, newValue }) {
      if (key !== this.store.key && key !== null) return;
      const stored = this.store.parse(newValue);
      if (stored) this.adopt(stored);
    }

    /** @param {SfgEvents["sfg:replace"]} replacement Answers loaded from a file, or none: cleared. */
    replace({ record = this.store.empty(), failure }) {
      record.clock = Math.max(record.clock, this.record.clock);
      this.record = record;
      // What storage refused stays to be saved later.
      this.unsaved = new Set(failure ? Object.keys(record.answers) : []);
      this.blocked = false;
      this.say("", false, "");
      this.render();
      if (failure) this.fail(failure);
    }

    stop() {
      this.save();
      super.stop();
    }
  }

  sfg.Form = Form;
}
