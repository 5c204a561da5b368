// @ts-check
/* Scope for Growth: the passphrase, asked where a page without a form shows answers ("Check
   your answers"; colleagues' answers on the guide). A page loaded afresh holds no key, so
   without it a person with a lock could see these only on a form page. While this page holds
   the key it locks again as a form page does: after the site's minutes without use, and when
   "Lock now" is pressed in another tab. It sends sfg:unlocked and sfg:locked on the page. */
"use strict";
var sfg = sfg || {};
{
  const { find, passphraseError } = sfg.parts;

  class Unlock extends sfg.Component {
    static moduleName = "sfg-unlock";
    static inForm = false;

    /** @param {HTMLElement} element */
    constructor(element) {
      super(element);
      this.input = find(element, "input[data-sfg-passphrase]", HTMLInputElement);
      this.status = find(element, "[data-sfg-unlock-status]", HTMLElement);
      this.onClick("[data-sfg-unlock-here]", () => this.unlock());
      this.on(element, "keydown", (/** @type {KeyboardEvent} */ event) => {
        if (event.key !== "Enter" || event.target !== this.input) return;
        event.preventDefault();
        this.unlock();
      });
      this.on(element, "change", (/** @type {Event} */ { target }) => {
        if (target instanceof HTMLInputElement && target.matches("[data-sfg-show-passphrase]")) this.input.type = target.checked ? "text" : "password";
      });
      this.on(window, "storage", (/** @type {StorageEvent} */ { key }) => (key === this.names.keys.lock || key === null) && this.refresh());
      this.listen(
        "sfg:forgotten",
        () => {
          this.input.value = "";
          this.refresh();
        },
        document,
      );
      this.idle = new sfg.IdleLock(
        this.on.bind(this),
        this.names.keys.channel("lock"),
        this.settings.config.privacy.idleMinutes,
        () => this.lock(),
        () => this.lock(),
      );
      this.refresh();
      this.idle.active();
    }

    /**
     * Shown while there is a lock whose key this page does not hold; on the framework
     * (data-sfg-unlock-for="colleagues") only where a colleague's answers are kept.
     */
    refresh() {
      const wanted = this.element.dataset.sfgUnlockFor !== "colleagues" || this.place.keepsColleagues();
      this.element.hidden = !wanted || this.place.state() !== "locked";
    }

    async unlock() {
      const t = this.text;
      const lock = this.place.lock();
      if (!lock) return this.refresh();
      if (!this.input.value) return passphraseError(this.input, t.lock_error_empty);
      this.status.textContent = t.lock_unlocking;
      const right = await sfg.vault.unlock(lock, this.input.value, this.names.keys.lock);
      this.status.textContent = "";
      if (!right) {
        passphraseError(this.input, t.lock_error_wrong);
        this.input.select();
        return this.input.focus();
      }
      this.input.value = "";
      passphraseError(this.input, "");
      this.refresh();
      this.idle.active();
      this.emit("sfg:unlocked", null, this.root);
    }

    /** Drop the key: after the minutes without use, or "Lock now" in another tab. */
    lock() {
      this.input.value = "";
      passphraseError(this.input, "");
      if (this.place.state() !== "unlocked") return;
      sfg.vault.hold(null);
      this.refresh();
      this.emit("sfg:locked", { reason: "idle" }, this.root);
    }

    stop() {
      this.idle.stop();
      super.stop();
    }
  }

  sfg.components.register(Unlock);
}
