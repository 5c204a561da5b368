// @ts-check
/* Scope for Growth: a form page's record kept in step with storage (components/form): saved as
   the person types (DELAY ms after they stop) and at once when the page is hidden, closed or
   left by instant navigation; what other tabs save taken in (the storage event), the newer
   edit of each answer winning (records.js). Locked answers (vault.js): while the page holds no
   key nothing is written; unlocked, reading and writing are asynchronous, one at a time
   (`queue`), and after each edit the record is sealed at once (`ready`), so that a page being
   hidden or closed only has to write it. What storage refuses is said in the status bar. */
"use strict";
var sfg = sfg || {};
{
  const { keyed } = sfg.parts;
  const { forget } = sfg.records;
  const DELAY = 400;

  /** The form's record and its copy in storage. */
  class Saving {
    /**
     * @param {InstanceType<sfg.Component> & {record: AnswerRecord, say(message: string, problem?: boolean, notice?: string): void,
     *   adopt(stored: AnswerRecord): void}} form
     * @param {Store} store
     */
    constructor(form, store) {
      this.form = form;
      this.store = store;
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
    }

    /** @param {unknown} error A StorageProblem, told to the person; anything else is a bug. */
    fail(error) {
      if (!(error instanceof sfg.StorageProblem)) throw error;
      this.blocked ||= error.kind === "blocked";
      this.form.say(this.form.text[error.word] || "", true);
    }

    /** @param {{record: AnswerRecord, setAside: boolean}} read The stored record, read when the page opens or unlocks. */
    opened({ record, setAside }) {
      this.form.record = record;
      if (setAside) this.form.say("", true, this.form.text.status_unreadable);
      else if (record.saved) this.form.say(this.savedAt(record.saved || ""));
    }

    /** @param {string} iso "Saved on this device at 10:42" (or on which day, if not today). */
    savedAt(iso) {
      const date = new Date(iso);
      if (isNaN(date.getTime())) return "";
      const t = this.form.text;
      const lang = this.form.settings.config.lang;
      const today = date.toDateString() === new Date().toDateString();
      const word = !this.form.place.keeps ? t.status_kept_session : today ? t.status_saved : t.status_saved_earlier;
      return sfg.fill(word, {
        time: date.toLocaleTimeString(lang, { hour: "2-digit", minute: "2-digit" }),
        date: date.toLocaleDateString(lang, { day: "numeric", month: "long" }),
      });
    }

    /** Keys were edited: saved DELAY ms after the last edit, sealed at once when locked. */
    edited() {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.save(), DELAY);
      if (this.form.place.state() === "unlocked") this.prepare();
    }

    /** Seal the record as it is now, ready for flush(): one sealing at a time, the last one again. */
    prepare() {
      if (this.sealing) return void (this.resealing = true);
      this.sealing = true;
      const start = performance.now();
      this.store
        .seal({ ...this.form.record, saved: new Date().toISOString() })
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

    /**
     * Run `task` after every read and write of sealed records before it.
     * @param {() => Promise<void>} task
     */
    enqueue(task) {
      return (this.queue = this.queue.then(task, task));
    }

    save() {
      clearTimeout(this.timer);
      if (!this.unsaved.size) return;
      if (this.blocked) return this.form.say(this.form.text.status_unreadable_blocked || "", true);
      const state = this.form.place.state();
      if (state === "unlocked") return void this.saveSealed();
      if (state === "locked") return; // never overwrite what this page cannot read
      try {
        const record = this.merged(this.store.read());
        this.store.write(record);
        this.unsaved.clear();
        this.form.say(this.savedAt(record.saved || ""));
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
      if (read?.setAside) this.form.say("", true, this.form.text.status_unreadable);
      else if (read) this.form.adopt(read.record);
      const record = this.form.record;
      // Emptied answers go if their question is no longer on the page (an orphan deleted,
      // a row removed); others stay, so that emptying one is an edit that other tabs see. The
      // plan's own keys (a past plan removed, a review ended: past.js) stay emptied too: the
      // newer edit that files loaded later must not undo.
      for (const key of Object.keys(record.answers))
        if (!record.answers[key] && !this.form.root.querySelector(keyed(key)) && !sfg.past.isOwn(this.form.names, key)) forget(record, key);
      record.saved = new Date().toISOString();
      return record;
    }

    /** save(), for locked answers that this page holds the key of. */
    saveSealed() {
      return this.enqueue(async () => {
        const start = performance.now();
        try {
          for (let tries = 0; tries < 3 && this.unsaved.size && this.form.place.state() === "unlocked"; tries++) {
            const raw = this.store.raw();
            const record = this.merged(raw === this.seen ? undefined : this.store.settle(raw, await this.store.open(raw)));
            const before = this.store.raw();
            const edits = { ...record.edits };
            const sealed = await this.store.seal(record);
            if (this.store.raw() !== before) continue; // another tab saved meanwhile: take it in first
            this.form.place.storage.set(this.store.key, sealed);
            this.seen = this.ready = sealed;
            for (const key of [...this.unsaved]) if (record.edits[key] === edits[key]) this.unsaved.delete(key);
            this.form.say(this.savedAt(record.saved || ""));
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
      if (this.unsaved.size && this.ready && this.form.place.state() === "unlocked") {
        try {
          if (this.store.raw() === this.seen) {
            this.form.place.storage.set(this.store.key, this.ready);
            this.seen = this.ready;
          }
        } catch {
          // said by save() below
        }
      }
      this.save();
    }

    /**
     * The stored record, opened with this page's key, once no read or write comes before it;
     * taken in (adopt) when it changed since this page last took it in, or `anyway`.
     * @param {boolean} [anyway]
     */
    takeSealed(anyway = false) {
      return this.enqueue(async () => {
        const raw = this.store.raw();
        const stored = raw === this.seen && !anyway ? null : await this.store.open(raw);
        if (stored) {
          this.form.adopt(stored);
          this.seen = raw;
        }
      });
    }

    /** Another tab chose where answers are kept, and this tab's moved (Place.follow): take in the record where it is now. */
    moved() {
      const state = this.form.place.state();
      if (state === "unlocked") this.takeSealed(true); // wherever it is now
      if (state !== "open") return;
      try {
        const read = this.store.read();
        if (read.setAside) this.form.say("", true, this.form.text.status_unreadable);
        else this.form.adopt(read.record);
        this.form.say(this.savedAt(this.form.record.saved || ""));
      } catch (error) {
        this.fail(error);
      }
    }

    /** @param {StorageEvent} event Another tab saved: take in what it saved. */
    onStorage({ key, newValue, storageArea }) {
      if ((key !== this.store.key && key !== null) || !this.form.place.holds(storageArea)) return;
      const state = this.form.place.state();
      if (state === "unlocked") this.takeSealed();
      if (state !== "open") return;
      const stored = this.store.parse(newValue);
      if (stored) this.form.adopt(stored);
    }
  }

  sfg.Saving = Saving;
}
