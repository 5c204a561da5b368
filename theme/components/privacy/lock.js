// @ts-check
/* Scope for Growth: the passphrase lock of the "Your answers" panel (components/privacy), with
   vault.js's cryptography: set it (the answers are locked at once, and the lock screen says
   so), change and remove it (every value that holds answers sealed again, all written at once
   or not at all), lock now (every tab of this browser), and by itself after the site's minutes
   without use; unlock on the lock screen, which says why the answers were locked; follow a
   lock set, changed or removed in another tab; ask the passphrase of a locked file. Every
   passphrase box is emptied when the answers are locked or forgotten. */
"use strict";
var sfg = sfg || {};
{
  const { vault, fill } = sfg;
  const { find, all, passphraseError, chosen } = sfg.parts;

  /**
   * Every value of ours in `storage` that holds answers, sealed with `next` (null: opened), as
   * it is to be written; a sealed one stays out when `held` is false (this page holds no key)
   * or it cannot be opened even with the key.
   * @param {Area} storage
   * @param {Keys} keys
   * @param {{key: CryptoKey} | null} next
   * @param {boolean} held
   */
  const resealed = async (storage, keys, next, held) => {
    /** @type {Map<string, string>} */
    const after = new Map();
    for (const key of storage.keys(keys.prefix)) {
      if (keys.isPlain(key)) continue;
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
    return after;
  };

  /**
   * Put back every value of `before` (null: none was there), as far as storage lets.
   * @param {Area} storage
   * @param {Map<string, string | null>} before
   */
  const restore = (storage, before) => {
    for (const [key, value] of before) {
      try {
        if (value === null) storage.remove(key);
        else storage.set(key, value);
      } catch {
        // storage refuses even this: what is there is still sealed or as it was
      }
    }
  };

  /** The passphrase lock, as the panel shows it. */
  class PanelLock {
    /** @param {InstanceType<sfg.Component> & {say(message: string): void, refresh(): void, flush(): Promise<void>}} panel */
    constructor(panel) {
      this.panel = panel;
      /** Why the answers were locked while this page was open ("" when they were already). */
      this.reason = "";
      /** The state last shown: "open", "unlocked" or "locked". */
      this.shown = "";
      this.prompt = find(panel.root, "dialog[data-sfg-prompt]", HTMLDialogElement);
      const { idleMinutes } = panel.settings.config.privacy;
      const channel = panel.names.keys.channel("lock");
      this.idle = new sfg.IdleLock(
        panel.on.bind(panel),
        channel,
        idleMinutes,
        () => this.lockNow("idle"),
        () => this.lockNow("elsewhere"),
      );
    }

    /**
     * The elements `selector` finds in the group (data-sfg-group) of `element`.
     * @param {Element} element
     * @param {string} selector
     */
    group(element, selector) {
      const group = element.closest("[data-sfg-group]");
      return group ? all(group, selector) : [];
    }

    /** @param {string} id A passphrase field (data-sfg-passphrase). */
    field(id) {
      return find(this.panel.root, `input[data-sfg-passphrase="${id}"]`, HTMLInputElement);
    }

    /**
     * Empty every passphrase box of the page, and close the question for a locked file's
     * passphrase: nothing typed for the lock stays on screen once the answers are locked or
     * forgotten.
     */
    forgetTyped() {
      for (const input of /** @type {HTMLInputElement[]} */ (all(this.panel.root, "input[data-sfg-passphrase]"))) {
        input.value = "";
        passphraseError(input, "");
      }
      if (this.prompt.open) this.prompt.close("");
    }

    /** @param {"now" | "idle" | "elsewhere"} reason */
    async lockNow(reason) {
      if (this.panel.place.state() !== "unlocked") return;
      await this.panel.flush();
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
      const { panel } = this;
      const t = panel.text;
      const minutes = panel.settings.config.privacy.idleMinutes;
      const why = { now: t.lock_reason_now, idle: fill(t.lock_reason_idle, { minutes }), elsewhere: t.lock_reason_elsewhere, set: t.lock_set_done };
      this.reason = why[reason];
      this.forgetTyped();
      panel.emit("sfg:locked", { reason });
      panel.refresh();
      panel.say("");
      find(panel.element, "[data-sfg-unlock-heading]", HTMLElement).focus();
    }

    /** Another tab set, changed or removed the lock. */
    changedElsewhere() {
      const lock = this.panel.place.lock();
      if (lock && !vault.opens(lock) && this.shown !== "locked") {
        vault.hold(null);
        this.locked("elsewhere");
      } else if (!lock && this.shown !== "open") {
        vault.hold(null);
        this.panel.emit("sfg:unlocked", null);
        this.panel.refresh();
      }
    }

    /** Unlock with the passphrase typed on the lock screen. */
    async unlock() {
      const { panel } = this;
      const t = panel.text;
      const input = this.field("unlock");
      const lock = panel.place.lock();
      if (!lock) return panel.refresh();
      if (!input.value) return passphraseError(input, t.lock_error_empty);
      panel.say(t.lock_unlocking);
      const start = performance.now();
      const right = await vault.unlock(lock, input.value, panel.names.keys.lock);
      performance.measure("sfg-derive", { start });
      panel.say("");
      if (!right) {
        passphraseError(input, t.lock_error_wrong);
        input.select();
        return input.focus();
      }
      input.value = "";
      passphraseError(input, "");
      panel.emit("sfg:unlocked", null);
      panel.refresh();
      this.idle.active();
      find(panel.element, ".sfg-privacy-heading", HTMLElement).focus();
    }

    /**
     * What is wrong with the new passphrase typed twice (`first`, `second`): the box to show
     * it at and the words that say it, or null when nothing is.
     * @param {HTMLInputElement} first
     * @param {HTMLInputElement} second
     * @returns {[HTMLInputElement, string] | null}
     */
    problem(first, second) {
      const t = this.panel.text;
      const length = this.panel.settings.config.privacy.minLength;
      if (!first.value) return [first, t.lock_error_empty];
      if (first.value.length < length) return [first, fill(t.lock_error_short, { length })];
      return first.value !== second.value ? [second, t.lock_error_match] : null;
    }

    /**
     * Lock the answers with the passphrase typed twice in the group of `button`, or change it.
     * @param {HTMLElement} button
     * @param {string} done What to say once it is changed.
     */
    async set(button, done) {
      const [first, second] = /** @type {HTMLInputElement[]} */ (this.group(button, "input[data-sfg-passphrase]"));
      if (!first || !second) return;
      for (const input of [first, second]) passphraseError(input, "");
      const problem = this.problem(first, second);
      if (problem) {
        passphraseError(...problem);
        return problem[0].focus();
      }
      this.panel.say(this.panel.text.lock_setting);
      const next = await vault.create(first.value, this.panel.names.keys.lock);
      const setting = !this.panel.place.lock();
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
     * @param {{key: CryptoKey, salt: string, raw: string} | null} next
     * @param {string} done What to say once done.
     * @param {boolean} [lockAfter]
     */
    async rekey(next, done, lockAfter = false) {
      const { panel } = this;
      await panel.flush();
      const { keys } = panel.names;
      const storage = panel.place.storage;
      /** @type {Map<string, string | null>} */
      const before = new Map();
      try {
        const after = await resealed(storage, keys, next, panel.place.state() === "unlocked");
        for (const key of [...after.keys(), keys.lock]) before.set(key, storage.get(key));
        // The lock first when setting or changing it, last when removing it: another tab that
        // reads in between finds answers it cannot open locked, and never writes over them.
        if (next) storage.set(keys.lock, next.raw);
        for (const [key, value] of after) storage.set(key, value);
        if (!next) storage.remove(keys.lock);
      } catch {
        restore(storage, before);
        panel.say(panel.text.lock_error_storage);
        return false;
      }
      vault.hold(lockAfter ? null : next);
      if (lockAfter) this.locked("set");
      else {
        panel.emit("sfg:unlocked", null);
        panel.refresh();
        panel.say(done);
      }
      return true;
    }

    /**
     * Ask for the passphrase of a locked file.
     * @returns {Promise<string | null>} The passphrase, or null when the person cancelled.
     */
    askPassphrase() {
      const input = this.field("file");
      input.value = "";
      const answered = chosen(this.prompt);
      input.focus();
      return answered.then((value) => (value === "open" ? input.value : null));
    }
  }

  sfg.PanelLock = PanelLock;
}
