// @ts-check
/* Scope for Growth: a form page (journal or plan) bound to its record in storage: the root of
   every other part of the page. It shows the stored answers when the page opens; saves as the
   person types (DELAY ms after they stop) and at once when the page is hidden, closed or left
   by instant navigation; takes in what other tabs save (the storage event), the newer edit of
   each answer winning (store.js). Answers only ever reach the page as text (value,
   textContent).
   Locked answers (vault.js): while this page holds no key it shows none and never writes.
   Unlocked, reading and writing are asynchronous, one at a time (`queue`); after each edit
   the record is sealed at once (`ready`), so that a page being hidden or closed only has to
   write it.
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
  const { TABLE, CONTROLS, controlsOf, keyed, all } = sfg.parts;
  const { merge, edit, forget } = sfg.records;
  const DELAY = 400;

  class Form extends sfg.Component {
    static moduleName = "sfg-form";
    static startsLast = true;

    /** @param {HTMLElement} root */
    constructor(root) {
      super(root);
      performance.mark("sfg-start");
      const { config, names } = this.settings;
      // A plan filled in for a colleague is kept apart from the person's own (plan.html?colleague=…).
      this.store = new sfg.Store(names, config.form, this.place, sfg.colleagueOnPage(names, config.form));
      this.record = this.store.empty();
      /** This page's id among the tabs: settles a tie between two tabs' edits. */
      this.tab = Math.random().toString(36).slice(2, 10);
      /** @type {Set<string>} Answers changed here and not saved yet. */
      this.unsaved = new Set();
      /** An unreadable record could not be set aside: never overwrite it. */
      this.blocked = false;
      this.timer = 0;
      /** While the answers are locked and open here: the stored value last taken in or written. */
      this.seen = /** @type {string | null} */ (null);
      /** The record sealed after the latest edit, ready to be written when the page is hidden. */
      this.ready = "";
      this.sealing = false;
      this.resealing = false;
      /** Reads and writes of sealed records, one after the other. */
      this.queue = Promise.resolve();
      /** True once the control the address names has had the focus (land()). */
      this.landed = false;
      if (sfg.colleagueUnknown(names, config.form, this.place)) {
        this.unknownColleague();
        return;
      }
      this.on(root, "input", (/** @type {Event} */ event) => this.onInput(event));
      this.on(root, "change", (/** @type {Event} */ event) => this.onInput(event));
      this.listen("sfg:put", ({ answers }) => this.put(answers));
      this.listen("sfg:replace", (detail) => this.replace(detail));
      this.answer("sfg:collect", () => {
        this.save();
        return this.record;
      });
      this.answer("sfg:flush", () => this.saveNow());
      this.listen("sfg:clock", ({ clock }) => (this.record.clock = Math.max(this.record.clock, clock)));
      this.listen("sfg:locked", () => this.lock());
      this.listen("sfg:unlocked", () => this.open());
      this.listen("sfg:forgotten", () => this.replace({}), document);
      this.listen("sfg:moved", () => this.moved(), document);
      this.on(window, "pagehide", () => this.flush());
      this.on(document, "visibilitychange", () => document.visibilityState === "hidden" && this.flush());
      this.on(window, "storage", (/** @type {StorageEvent} */ event) => this.onStorage(event));
      const state = this.place.state();
      if (state === "locked") this.lock();
      else if (state === "unlocked") this.open();
      else {
        try {
          this.opened(this.store.read());
        } catch (error) {
          this.fail(error);
        }
        this.render();
        this.land();
      }
      for (const element of all(root, "[data-sfg-js]")) element.hidden = false;
      for (const element of all(root, "[data-sfg-no-js]")) element.hidden = true;
      performance.measure("sfg-restore", "sfg-start");
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

    /** A plan for a colleague not kept here: say so, show no question, save nothing. */
    unknownColleague() {
      const banner = sfg.parts.find(this.root, "[data-sfg-colleague-unknown]", HTMLElement);
      for (const child of this.root.children) if (child instanceof HTMLElement && !child.matches("h1, [data-sfg-config]") && !child.contains(banner)) child.hidden = true;
      banner.hidden = false;
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

    /** @param {{record: AnswerRecord, setAside: boolean}} read The stored record, read when the page opens or unlocks. */
    opened({ record, setAside }) {
      this.record = record;
      if (setAside) this.say("", true, this.text.status_unreadable);
      else if (record.saved) this.say(this.savedAt(record.saved || ""));
    }

    /** @param {string} iso "Saved on this device at 10:42" (or on which day, if not today). */
    savedAt(iso) {
      const date = new Date(iso);
      if (isNaN(date.getTime())) return "";
      const lang = this.settings.config.lang;
      const today = date.toDateString() === new Date().toDateString();
      const word = !this.place.keeps ? this.text.status_kept_session : today ? this.text.status_saved : this.text.status_saved_earlier;
      return sfg.fill(word, {
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
      if (this.place.state() === "unlocked") this.prepare();
    }

    /** Seal the record as it is now, ready for flush(): one sealing at a time, the last one again. */
    prepare() {
      if (this.sealing) return void (this.resealing = true);
      this.sealing = true;
      const start = performance.now();
      this.store
        .seal({ ...this.record, saved: new Date().toISOString() })
        .then((raw) => {
          this.ready = raw;
          performance.measure("sfg-seal", { start });
        })
        .catch(() => {})
        .finally(() => {
          this.sealing = false;
          if (this.resealing) {
            this.resealing = false;
            this.prepare();
          }
        });
    }

    /** @param {() => Promise<void>} task Run after every read and write of sealed records before it. */
    enqueue(task) {
      return (this.queue = this.queue.then(task, task));
    }

    save() {
      clearTimeout(this.timer);
      if (!this.unsaved.size) return;
      if (this.blocked) return this.say(this.text.status_unreadable_blocked, true);
      const state = this.place.state();
      if (state === "unlocked") return void this.saveSealed();
      if (state === "locked") return; // never overwrite what this page cannot read
      try {
        const record = this.merged(this.store.read());
        this.store.write(record);
        this.unsaved.clear();
        this.say(this.savedAt(record.saved || ""));
      } catch (error) {
        this.fail(error);
      }
    }

    /** Save now; resolves when saved (sealing takes a moment). */
    saveNow() {
      this.save();
      return this.queue;
    }

    /**
     * Take in what is stored (when `read` is given), then get the record ready to be written.
     * @param {{record: AnswerRecord, setAside: boolean}} [read]
     */
    merged(read) {
      if (read?.setAside) this.say("", true, this.text.status_unreadable);
      else if (read) this.adopt(read.record);
      const record = this.record;
      // Emptied answers go if their question is no longer on the page (an orphan deleted,
      // a row removed); others stay, so that emptying one is an edit that other tabs see.
      for (const key of Object.keys(record.answers)) if (!record.answers[key] && !this.root.querySelector(keyed(key))) forget(record, key);
      record.saved = new Date().toISOString();
      return record;
    }

    /** save(), for locked answers that this page holds the key of. */
    saveSealed() {
      return this.enqueue(async () => {
        const start = performance.now();
        try {
          for (let tries = 0; tries < 3 && this.unsaved.size && this.place.state() === "unlocked"; tries++) {
            const raw = this.store.raw();
            const record = this.merged(raw === this.seen ? undefined : this.store.settle(raw, await this.store.open(raw)));
            const before = this.store.raw();
            const edits = { ...record.edits };
            const sealed = await this.store.seal(record);
            if (this.store.raw() !== before) continue; // another tab saved meanwhile: take it in first
            this.place.storage.set(this.store.key, sealed);
            this.seen = this.ready = sealed;
            for (const key of [...this.unsaved]) if (record.edits[key] === edits[key]) this.unsaved.delete(key);
            this.say(this.savedAt(record.saved || ""));
            performance.measure("sfg-save", { start });
            break;
          }
        } catch (error) {
          this.fail(error);
        }
      });
    }

    /** The page is being hidden or closed: what is not saved yet is written now. */
    flush() {
      // Sealing cannot finish now: the record sealed after the last edit is written, unless
      // another tab has saved since this page last took it in.
      if (this.unsaved.size && this.ready && this.place.state() === "unlocked") {
        try {
          if (this.store.raw() === this.seen) {
            this.place.storage.set(this.store.key, this.ready);
            this.seen = this.ready;
          }
        } catch {
          // said by save() below
        }
      }
      this.save();
    }

    /** Show nothing of the answers: the key is gone. What was typed here and not saved stays to be saved once unlocked. */
    lock() {
      clearTimeout(this.timer);
      const kept = this.store.empty();
      kept.clock = this.record.clock;
      for (const key of this.unsaved) edit(kept, key, this.record.answers[key], this.tab, this.record.questions[key]);
      this.record = kept;
      this.seen = null;
      this.ready = "";
      this.root.toggleAttribute("data-sfg-locked", true);
      this.say("");
      this.render();
    }

    /** Read the answers again (unlocked, or the lock removed), with what was typed here meanwhile. */
    open() {
      return this.enqueue(async () => {
        // Locked again before this ran (a lock set locks at once): a sealed record this page
        // cannot open must never be taken for an unreadable one.
        if (this.place.state() === "locked") return;
        const start = performance.now();
        const pending = Object.fromEntries([...this.unsaved].map((key) => [key, this.record.answers[key]]));
        this.unsaved.clear();
        this.ready = ""; // sealed with a key that may be gone
        try {
          const { raw, ...read } = await this.store.load();
          this.opened(read);
          this.seen = raw;
        } catch (error) {
          this.fail(error);
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
      const { record, changed } = merge(this.record, stored, this.unsaved);
      this.record = record;
      // Another tab changed the rows of a table: every answer is shown again.
      if (changed.some((key) => this.root.querySelector(TABLE + keyed(key)))) this.render();
      else if (changed.length) this.show(changed);
    }

    /** Another tab chose where answers are kept, and this tab's moved (store.js Place.follow): take in the record where it is now. */
    moved() {
      const state = this.place.state();
      if (state === "open") {
        try {
          const read = this.store.read();
          if (read.setAside) this.say("", true, this.text.status_unreadable);
          else this.adopt(read.record);
          this.say(this.savedAt(this.record.saved || ""));
        } catch (error) {
          this.fail(error);
        }
      } else if (state === "unlocked") {
        this.enqueue(async () => {
          const raw = this.store.raw();
          const stored = await this.store.open(raw);
          if (stored) {
            this.adopt(stored);
            this.seen = raw;
          }
        });
      }
    }

    /** @param {StorageEvent} event */
    onStorage({ key, newValue, storageArea }) {
      if ((key !== this.store.key && key !== null) || !this.place.holds(storageArea)) return;
      const state = this.place.state();
      if (state === "open") {
        const stored = this.store.parse(newValue);
        if (stored) this.adopt(stored);
      } else if (state === "unlocked") {
        this.enqueue(async () => {
          const raw = this.store.raw();
          const stored = raw === this.seen ? null : await this.store.open(raw);
          if (stored) {
            this.adopt(stored);
            this.seen = raw;
          }
        });
      }
    }

    /** @param {SfgEvents["sfg:replace"]} replacement Answers loaded from a file, or none: cleared. */
    replace({ record = this.store.empty(), failure }) {
      record.clock = Math.max(record.clock, this.record.clock);
      this.record = record;
      this.seen = null;
      this.ready = "";
      this.root.toggleAttribute("data-sfg-locked", this.place.state() === "locked");
      // What storage refused stays to be saved later.
      this.unsaved = new Set(failure ? Object.keys(record.answers) : []);
      this.blocked = false;
      this.say("", false, "");
      this.render();
      if (failure) this.fail(failure);
    }

    stop() {
      this.flush();
      super.stop();
    }
  }

  sfg.components.register(Form);
}
