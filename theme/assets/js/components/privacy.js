// @ts-check
/* Scope for Growth: keeping answers private on a shared computer (the "Your answers" panel
   of a form page, whose parts are generator/templates/_privacy.j2's, put together by
   _form.j2's tools(); the transfer component's buttons are inside it):
   - the choice to keep answers on this computer or only until the browser closes (store.js
     Place: every key moves across, nothing lost; a choice made in another tab is followed,
     Place.follow, and shown here on sfg:moved); persistent storage asked for when kept;
   - the passphrase lock (vault.js): set it (the answers are locked at once, and the lock
     screen says so), change and remove it (every value that holds answers sealed again, all
     written at once or not at all), lock now (every tab of this browser), and by itself after
     the site's minutes without use; the lock screen while locked, which says why; a locked
     copy to download, and the passphrase of a locked file to load. Every passphrase box is
     emptied when the answers are locked or forgotten;
   - a reminder, where the browser may delete answers, once much has been typed since the last
     download (and before closing a tab whose answers are not kept);
   - on a page that shows another form's answers, opened from a folder: a note when that form
     was never opened in this browser's storage (some browsers keep each such page apart).
   It asks the form to save (sfg:flush) before anything that moves or seals the answers, then
   tells the page sfg:locked or sfg:unlocked; it answers sfg:passphrase (a locked file's) and
   hears sfg:downloaded. */
"use strict";
var sfg = sfg || {};
{
  const { vault, fill } = sfg;
  const { find, all, passphraseError } = sfg.parts;

  class Privacy extends sfg.Component {
    static moduleName = "sfg-privacy";

    /** @param {HTMLElement} element */
    constructor(element) {
      super(element);
      const { config } = this.settings;
      this.options = config.privacy;
      this.form = config.form;
      this.message = find(element, "[data-sfg-privacy-message]", HTMLElement);
      this.prompt = find(this.root, "dialog[data-sfg-prompt]", HTMLDialogElement);
      /** Why the answers were locked while this page was open ("" when they were already). */
      this.reason = "";
      /** The state last shown: "open", "unlocked" or "locked". */
      this.shown = "";
      this.persisted = false;
      /** @type {AnswerRecord | null} This page's record as last shown. */
      this.record = null;
      this.reminder = "";
      this.leaving = false;
      /** @type {{[action: string]: () => void}} */
      const actions = {
        unlock: () => this.unlock(),
        set: () => this.setLock("new", ""),
        change: () => this.setLock("change", this.text.lock_changed_done),
        remove: () => this.rekey(null, this.text.lock_removed_done),
        lock: () => this.lockNow("now"),
        download: () => this.emit("sfg:download", { locked: true }),
        forget: () => this.forget(),
      };
      this.onClick("[data-sfg-privacy-action]", (button) => /** @type {(() => void) | undefined} */ (sfg.own(actions, button.dataset.sfgPrivacyAction || ""))?.());
      this.on(this.root, "change", (/** @type {Event} */ { target }) => {
        if (!(target instanceof HTMLInputElement)) return;
        if (target.matches("[data-sfg-keep]")) this.choose(target.value === "keep");
        if (target.matches("[data-sfg-show-passphrase]")) for (const input of this.group(target, "input[data-sfg-passphrase]")) /** @type {HTMLInputElement} */ (input).type = target.checked ? "text" : "password";
      });
      // Enter in a passphrase does what its button does.
      this.on(this.root, "keydown", (/** @type {KeyboardEvent} */ event) => {
        const input = event.target;
        if (event.key !== "Enter" || !(input instanceof HTMLInputElement) || !input.matches("[data-sfg-passphrase]")) return;
        event.preventDefault();
        this.group(input, "[data-sfg-privacy-action], button[value='open']")[0]?.click();
      });
      this.on(this.prompt, "click", (/** @type {MouseEvent} */ { target }) => {
        const button = target instanceof Element && target.closest("button[value]");
        if (button instanceof HTMLButtonElement) this.prompt.close(button.value);
      });
      this.listen("sfg:change", ({ record }) => {
        this.record = record;
        this.remind();
      });
      this.listen("sfg:downloaded", (downloaded) => this.downloaded(downloaded));
      this.answer("sfg:passphrase", () => this.askPassphrase());
      this.listen("sfg:forgotten", () => {
        this.forgetTyped();
        this.refresh();
      }, document);
      // Another tab chose: the radios show its choice (store.js Place.follow moved the answers).
      this.listen("sfg:moved", ({ keep, apart }) => this.chosenElsewhere(keep, apart), document);
      this.on(window, "storage", (/** @type {StorageEvent} */ event) => {
        if (event.key === this.names.keys.lock || event.key === null) this.lockChanged();
      });
      this.on(document, "click", (/** @type {MouseEvent} */ { target }) => this.followed(target));
      this.on(window, "beforeunload", (/** @type {BeforeUnloadEvent} */ event) => {
        if (!this.leaving && !this.place.keeps && this.undownloaded() > 0) event.preventDefault();
      });
      if (this.place.keeps) this.persist();
      this.opened();
      this.idle = new sfg.IdleLock(this.on.bind(this), this.names.keys.channel("lock"), this.options.idleMinutes, () => this.lockNow("idle"), () => this.lockNow("elsewhere"));
      this.refresh();
      this.idle.active();
    }

    /**
     * The elements `selector` finds in the group (data-sfg-group) of `element`.
     * @param {Element} element @param {string} selector
     */
    group(element, selector) {
      const group = element.closest("[data-sfg-group]");
      return group ? all(group, selector) : [];
    }

    /** @param {string} id A passphrase field (data-sfg-passphrase). */
    field(id) {
      return find(this.root, `input[data-sfg-passphrase="${id}"]`, HTMLInputElement);
    }

    /**
     * @param {string} message Said in the panel (a status region).
     * @param {boolean} [quiet] Said to screen readers only, where the panel shows it already
     *   (the choice just made is the radio that is checked).
     */
    say(message, quiet = false) {
      this.message.textContent = message;
      this.message.classList.toggle("sfg-visually-hidden", quiet);
    }

    /** Show the parts of the panel for the state of the answers and the choice. */
    refresh() {
      const state = this.place.state();
      const keeping = this.place.keeps ? "keep" : "session";
      if (state !== "locked") this.reason = "";
      for (const part of all(this.element, "[data-sfg-lock-state]")) {
        const states = (part.dataset.sfgLockState || "").split(" ");
        part.hidden = !states.includes(state) || (!!part.dataset.sfgKeeping && part.dataset.sfgKeeping !== keeping);
      }
      for (const radio of all(this.element, "input[data-sfg-keep]")) /** @type {HTMLInputElement} */ (radio).checked = /** @type {HTMLInputElement} */ (radio).value === keeping;
      find(this.element, "[data-sfg-first-use]", HTMLElement).hidden = !!this.place.chosen();
      find(this.element, "[data-sfg-lock-reason]", HTMLElement).textContent = this.reason;
      this.shown = state;
    }

    /** Everything this page has not saved yet is saved (sealed, when locked). */
    async flush() {
      await this.request("sfg:flush", {}, () => undefined);
    }

    /**
     * Empty every passphrase box of the page, and close the question for a locked file's
     * passphrase: nothing typed for the lock stays on screen once the answers are locked or
     * forgotten.
     */
    forgetTyped() {
      for (const input of all(this.root, "input[data-sfg-passphrase]")) {
        /** @type {HTMLInputElement} */ (input).value = "";
        passphraseError(/** @type {HTMLInputElement} */ (input), "");
      }
      if (this.prompt.open) this.prompt.close("");
    }

    /** @param {"now" | "idle" | "elsewhere"} reason */
    async lockNow(reason) {
      if (this.place.state() !== "unlocked") return;
      await this.flush();
      vault.hold(null);
      if (reason === "now") this.idle.tellOthers();
      this.locked(reason);
    }

    /**
     * The key is gone: the page shows no answer, and the lock screen says why, where the
     * person is looking (its heading has the focus, in view below the header).
     * @param {"now" | "idle" | "elsewhere" | "set"} reason
     */
    locked(reason) {
      const t = this.text;
      this.reason = { now: t.lock_reason_now, idle: fill(t.lock_reason_idle, { minutes: this.options.idleMinutes }), elsewhere: t.lock_reason_elsewhere, set: t.lock_set_done }[reason];
      this.forgetTyped();
      this.emit("sfg:locked", { reason });
      this.refresh();
      this.say("");
      find(this.element, "[data-sfg-unlock-heading]", HTMLElement).focus();
    }

    /** Another tab set, changed or removed the lock. */
    lockChanged() {
      const lock = this.place.lock();
      if (lock && !vault.opens(lock) && this.shown !== "locked") {
        vault.hold(null);
        this.locked("elsewhere");
      } else if (!lock && this.shown !== "open") {
        vault.hold(null);
        this.emit("sfg:unlocked", null);
        this.refresh();
      }
    }

    async unlock() {
      const t = this.text;
      const input = this.field("unlock");
      const lock = this.place.lock();
      if (!lock) return this.refresh();
      if (!input.value) return passphraseError(input, t.lock_error_empty);
      this.say(t.lock_unlocking);
      const start = performance.now();
      const right = await vault.unlock(lock, input.value, this.names.keys.lock);
      performance.measure("sfg-derive", { start });
      this.say("");
      if (!right) {
        passphraseError(input, t.lock_error_wrong);
        input.select();
        return input.focus();
      }
      input.value = "";
      passphraseError(input, "");
      this.emit("sfg:unlocked", null);
      this.refresh();
      this.idle.active();
      find(this.element, ".sfg-privacy-heading", HTMLElement).focus();
    }

    /**
     * Lock the answers with the passphrase typed in field `id` (twice), or change it.
     * @param {string} id @param {string} done
     */
    async setLock(id, done) {
      const t = this.text;
      const [first, second] = [this.field(id), this.field(id + "-repeat")];
      const length = this.options.minLength;
      for (const input of [first, second]) passphraseError(input, "");
      const problem = !first.value
        ? [first, t.lock_error_empty]
        : first.value.length < length
          ? [first, fill(t.lock_error_short, { length })]
          : first.value !== second.value
            ? [second, t.lock_error_match]
            : null;
      if (problem) {
        const [input, message] = /** @type {[HTMLInputElement, string]} */ (problem);
        passphraseError(input, message);
        return input.focus();
      }
      this.say(t.lock_setting);
      const next = await vault.create(first.value, this.names.keys.lock);
      const setting = !this.place.lock();
      if (!(await this.rekey(next, done, setting))) return;
      for (const input of [first, second]) input.value = "";
      const details = first.closest("details");
      if (details) details.open = false;
    }

    /**
     * Seal every value that holds answers with `next` (null: open them all), in one go:
     * on a failure everything stays as it was. True when done. A lock just set (`lockAfter`)
     * locks the answers at once: the page shows them no more, and the lock screen says they
     * are locked, which also shows that the person can open them again.
     * @param {{key: CryptoKey, salt: string, raw: string} | null} next @param {string} done
     * @param {boolean} [lockAfter]
     */
    async rekey(next, done, lockAfter = false) {
      await this.flush();
      const names = this.names;
      const storage = this.place.storage;
      const held = this.place.state() === "unlocked";
      /** @type {Map<string, string | null>} */
      const before = new Map();
      try {
        /** @type {Map<string, string>} */
        const after = new Map();
        for (const key of storage.keys(names.keys.prefix)) {
          if (names.keys.isPlain(key)) continue;
          let text = /** @type {string} */ (storage.get(key));
          if (vault.isSealed(text)) {
            if (!held) continue;
            try {
              text = await vault.open(text, key);
            } catch {
              continue; // unreadable even with the key: it stays as it is, sealed
            }
          }
          after.set(key, next ? await vault.seal(text, key, next.key) : text);
        }
        for (const key of [...after.keys(), names.keys.lock]) before.set(key, storage.get(key));
        // The lock first when setting or changing it, last when removing it: another tab that
        // reads in between finds answers it cannot open locked, and never writes over them.
        if (next) storage.set(names.keys.lock, next.raw);
        for (const [key, value] of after) storage.set(key, value);
        if (!next) storage.remove(names.keys.lock);
      } catch {
        for (const [key, value] of before) {
          try {
            if (value === null) storage.remove(key);
            else storage.set(key, value);
          } catch {
            // storage refuses even this: what is there is still sealed or as it was
          }
        }
        this.say(this.text.lock_error_storage);
        return false;
      }
      if (lockAfter) {
        vault.hold(null);
        this.locked("set");
        return true;
      }
      vault.hold(next);
      this.emit("sfg:unlocked", null);
      this.refresh();
      this.say(done);
      return true;
    }

    /** @param {boolean} keep Keep answers on this computer, or only until the browser closes. */
    async choose(keep) {
      await this.flush();
      try {
        this.place.choose(keep);
      } catch (error) {
        this.refresh();
        return this.say(error instanceof sfg.StorageProblem ? this.text[error.word] : String(error));
      }
      if (keep) this.persist();
      this.refresh();
      this.say(keep ? this.text.keep_done : this.text.session_done, true);
      this.remind();
    }

    /**
     * Another tab chose to keep answers, or not: this page follows, unless its answers are
     * under another lock than those kept there (`apart`: they stay in this tab).
     * @param {boolean} keep @param {boolean} [apart]
     */
    chosenElsewhere(keep, apart = false) {
      if (apart) {
        this.refresh();
        return this.say(this.text.keep_apart);
      }
      if (keep) this.persist();
      this.refresh();
      this.say(keep ? this.text.keep_done : this.text.session_done, true);
      this.remind();
    }

    /** Ask the browser not to delete the answers it keeps when it runs short of space. */
    persist() {
      navigator.storage?.persist?.().then(
        (granted) => {
          this.persisted = granted;
          this.remind();
        },
        () => {},
      );
    }

    /** @returns {Downloaded | null} When answers were last downloaded. */
    lastDownload() {
      try {
        const data = JSON.parse(this.place.storage.get(this.names.keys.downloaded) || "null");
        return data && typeof data.at === "string" && sfg.records.isObject(data.clocks) ? data : null;
      } catch {
        return null;
      }
    }

    /** @param {Downloaded} downloaded */
    downloaded(downloaded) {
      try {
        this.place.storage.set(this.names.keys.downloaded, JSON.stringify(downloaded));
      } catch {
        // not kept: the reminder comes back, which does no harm
      }
      this.remind();
    }

    /** How many edits of this page's answers were made since they were last downloaded. */
    undownloaded() {
      const record = this.record;
      if (!record || !Object.values(record.answers).some(Boolean)) return 0;
      return record.clock - Number(this.lastDownload()?.clocks[record.form] ?? 0);
    }

    /** Where the browser may delete the answers, and much was typed since the last download: say so. */
    remind() {
      const t = this.text;
      const last = this.lastDownload();
      let reminder = "";
      if ((!this.place.keeps || !this.persisted) && this.undownloaded() >= this.options.reminderEdits) {
        const lang = this.settings.config.lang;
        const date = new Date(last?.at || "");
        reminder = isNaN(date.getTime())
          ? t.reminder_never
          : fill(t.reminder_last, { date: date.toLocaleDateString(lang, { day: "numeric", month: "long" }), time: date.toLocaleTimeString(lang, { hour: "2-digit", minute: "2-digit" }) });
      }
      if (reminder === this.reminder) return;
      this.reminder = reminder;
      this.emit("sfg:status", { reminder });
    }

    /** @param {EventTarget | null} target A click: a link to another page of the site is no closing. */
    followed(target) {
      const link = target instanceof Element ? target.closest("a[href]") : null;
      if (!(link instanceof HTMLAnchorElement) || link.target || link.protocol !== location.protocol || link.host !== location.host) return;
      this.leaving = true;
      setTimeout(() => (this.leaving = false), 2000);
    }

    /** Opened from a folder: note this form, and say so if the forms this page shows were never opened here. */
    opened() {
      if (location.protocol !== "file:") return;
      const key = this.names.keys.opened;
      let forms = [];
      try {
        forms = JSON.parse(sfg.storage.areas.local.get(key) || "[]");
        if (!Array.isArray(forms)) forms = [];
        if (!forms.includes(this.form)) sfg.storage.areas.local.set(key, JSON.stringify([...forms, this.form]));
      } catch {
        // storage blocked: the status says so already
      }
      const shows = this.root.querySelector("[data-sfg-form-name]");
      const other = shows instanceof HTMLElement ? shows.dataset.sfgFormName : "";
      find(this.element, "[data-sfg-folder-apart]", HTMLElement).hidden = !other || forms.includes(other);
    }

    /**
     * Ask for the passphrase of a locked file.
     * @returns {Promise<string | null>} The passphrase, or null when the person cancelled.
     */
    askPassphrase() {
      const input = this.field("file");
      input.value = "";
      const answered = sfg.parts.chosen(this.prompt);
      input.focus();
      return answered.then((value) => (value === "open" ? input.value : null));
    }

    /** "Forget me": list what is kept and ask, then forget everything, in every tab (forgetting.js). */
    async forget() {
      const t = this.text;
      const items = await sfg.forgetting.kept(this.names, t);
      if (!(await this.ask({ heading: t.forget_heading, text: t.forget_text, items, confirm: t.forget_confirm }))) return;
      const failure = sfg.forgetting.everywhere(this.names.keys);
      this.emit("sfg:forgotten", null);
      this.say(failure ? t.forget_failed : t.forget_done);
    }

    /** Left by instant navigation: the next page's panel counts the time without use. */
    stop() {
      this.idle.stop();
      super.stop();
    }
  }

  sfg.components.register(Privacy);
}
