// @ts-check
/* Scope for Growth: keeping answers private on a shared computer (the "Your answers" panel
   of a form page, whose parts are _privacy.j2's, beside this script, put together by
   components/form/_form.j2's tools(); the transfer component's buttons are inside it):
   - the choice to keep answers on this computer or only until the browser closes (place.js:
     every key moves across, nothing lost; a choice made in another tab is followed,
     Place.follow, and shown here on sfg:moved); persistent storage asked for when kept;
   - the passphrase lock (lock.js): set, change, remove, lock now, the lock screen, a
     locked copy to download, and the passphrase of a locked file to load;
   - a reminder, where the browser may delete answers, once much has been typed since the last
     download (reminder.js);
   - "Forget me" (forgetting.js);
   - on a page that shows another form's answers, opened from a folder: a note when that form
     was never opened in this browser's storage (some browsers keep each such page apart).
   It asks the form to save (sfg:flush) before anything that moves or seals the answers, then
   tells the page sfg:locked or sfg:unlocked; it answers sfg:passphrase (a locked file's) and
   hears sfg:downloaded. */
"use strict";
var sfg = sfg || {};
{
  const { find, all } = sfg.parts;

  class Privacy extends sfg.Component {
    static moduleName = "sfg-privacy";

    /** @param {HTMLElement} element */
    constructor(element) {
      super(element);
      this.message = find(element, "[data-sfg-privacy-message]", HTMLElement);
      this.lock = new sfg.PanelLock(this);
      this.reminder = new sfg.Reminder(this);
      this.controls();
      this.answer("sfg:passphrase", () => this.lock.askPassphrase());
      this.listen(
        "sfg:forgotten",
        () => {
          this.lock.forgetTyped();
          this.refresh();
        },
        document,
      );
      // Another tab chose: the radios show its choice (Place.follow moved the answers).
      this.listen("sfg:moved", ({ keep, apart }) => this.chosenElsewhere(keep, apart), document);
      this.on(window, "storage", (/** @type {StorageEvent} */ event) => {
        if (event.key === this.names.keys.lock || event.key === null) this.lock.changedElsewhere();
      });
      if (this.place.keeps) this.reminder.persist();
      this.opened();
      this.refresh();
      this.lock.idle.active();
    }

    /** The panel's buttons, its choice, its passphrase boxes and the locked file's question do what they say. */
    controls() {
      const { lock } = this;
      /** @type {{[action: string]: (button: HTMLElement) => void}} */
      const actions = {
        unlock: () => lock.unlock(),
        set: (button) => lock.set(button, ""),
        change: (button) => lock.set(button, this.text.lock_changed_done),
        remove: () => lock.rekey(null, this.text.lock_removed_done),
        lock: () => lock.lockNow("now"),
        download: () => this.emit("sfg:download", { locked: true }),
        forget: () => this.forget(),
      };
      this.onClick("[data-sfg-privacy-action]", (button) => {
        const action = /** @type {((button: HTMLElement) => void) | undefined} */ (sfg.own(actions, button.dataset.sfgPrivacyAction || ""));
        action?.(button);
      });
      this.on(this.root, "change", (/** @type {Event} */ { target }) => {
        if (!(target instanceof HTMLInputElement)) return;
        if (target.matches("[data-sfg-keep]")) this.choose(target.value === "keep");
        if (!target.matches("[data-sfg-show-passphrase]")) return;
        const inputs = /** @type {HTMLInputElement[]} */ (lock.group(target, "input[data-sfg-passphrase]"));
        for (const input of inputs) input.type = target.checked ? "text" : "password";
      });
      // Enter in a passphrase does what its button does.
      this.on(this.root, "keydown", (/** @type {KeyboardEvent} */ event) => {
        const input = event.target;
        if (event.key !== "Enter" || !(input instanceof HTMLInputElement) || !input.matches("[data-sfg-passphrase]")) return;
        event.preventDefault();
        lock.group(input, "[data-sfg-privacy-action], button[value='open']")[0]?.click();
      });
      this.on(lock.prompt, "click", (/** @type {MouseEvent} */ { target }) => {
        const button = target instanceof Element && target.closest("button[value]");
        if (button instanceof HTMLButtonElement) lock.prompt.close(button.value);
      });
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
      if (state !== "locked") this.lock.reason = "";
      for (const part of all(this.element, "[data-sfg-lock-state]")) {
        const states = (part.dataset.sfgLockState || "").split(" ");
        part.hidden = !states.includes(state) || (!!part.dataset.sfgKeeping && part.dataset.sfgKeeping !== keeping);
      }
      for (const radio of /** @type {HTMLInputElement[]} */ (all(this.element, "input[data-sfg-keep]"))) radio.checked = radio.value === keeping;
      find(this.element, "[data-sfg-first-use]", HTMLElement).hidden = !!this.place.chosen();
      find(this.element, "[data-sfg-lock-reason]", HTMLElement).textContent = this.lock.reason;
      this.lock.shown = state;
    }

    /** Everything this page has not saved yet is saved (sealed, when locked). */
    async flush() {
      await this.request("sfg:flush", {}, () => undefined);
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
      this.chosen(keep);
    }

    /**
     * Another tab chose to keep answers, or not: this page follows, unless its answers are
     * under another lock than those kept there (`apart`: they stay in this tab).
     * @param {boolean} keep
     * @param {boolean} [apart]
     */
    chosenElsewhere(keep, apart = false) {
      if (!apart) return this.chosen(keep);
      this.refresh();
      this.say(this.text.keep_apart);
    }

    /** @param {boolean} keep Answers are kept after the browser closes, or not, from now on: say so. */
    chosen(keep) {
      if (keep) this.reminder.persist();
      this.refresh();
      this.say(keep ? this.text.keep_done : this.text.session_done, true);
      this.reminder.remind();
    }

    /** Opened from a folder: note this form, and say so if the forms this page shows were never opened here. */
    opened() {
      if (location.protocol !== "file:") return;
      const { local } = sfg.storage.areas;
      const { form } = this.settings.config;
      const key = this.names.keys.opened;
      let forms = [];
      try {
        forms = JSON.parse(local.get(key) || "[]");
        if (!Array.isArray(forms)) forms = [];
        if (!forms.includes(form)) local.set(key, JSON.stringify([...forms, form]));
      } catch {
        // storage blocked: the status says so already
      }
      const shows = this.root.querySelector("[data-sfg-form-name]");
      const other = shows instanceof HTMLElement ? shows.dataset.sfgFormName : "";
      find(this.element, "[data-sfg-folder-apart]", HTMLElement).hidden = !other || forms.includes(other);
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
      this.lock.idle.stop();
      super.stop();
    }
  }

  sfg.components.register(Privacy);
}
