// @ts-check
/* Scope for Growth: "Your answers": download the journal, the plan or both as a file, load
   them from one (load.js), clear them all from this device; and download buttons
   elsewhere on the page. The file (files.js) holds only the forms chosen, says whose answers
   they are, and names each answer by its export key ("journal/energy") beside its question.
   A locked copy (sfg:download with `locked`) holds that file's text sealed with the
   passphrase's key (vault.js).
   On a plan filled in for a colleague (plan.html?colleague=…), only that plan is downloaded
   (named after them), loaded and cleared, and the words say whose it is. Elsewhere, clearing
   lists what is kept first (forgetting.js kept(): each form, each colleague), then forgets it
   all in every tab, as "Forget me" does. */
"use strict";
var sfg = sfg || {};
{
  const { Store, own, fill, vault, files } = sfg;
  const { find, all, chosen } = sfg.parts;

  class Transfer extends sfg.Component {
    static moduleName = "sfg-transfer";

    /** @param {HTMLElement} element */
    constructor(element) {
      super(element);
      this.namespace = this.settings.config.names.namespace;
      const { forms, form } = this.settings.config;
      this.form = form;
      this.colleague = sfg.colleagueOnPage(this.names, form);
      const mine = this.colleague ? [form] : forms;
      this.stores = mine.map((name) => new Store(this.names, name, this.place, this.colleague));
      this.choice = find(this.root, "dialog[data-sfg-download-choice]", HTMLDialogElement);
      this.withPrivate = find(this.choice, "[data-sfg-download-private]", HTMLInputElement);
      find(this.choice, "[data-sfg-download-private-choice]", HTMLElement).hidden = !files.hasPrivate(this.names, forms);
      this.loading = new sfg.Loading(this);
      for (const dialog of [this.choice, this.loading.dialog, this.loading.other]) {
        this.on(dialog, "click", (/** @type {MouseEvent} */ { target }) => {
          const button = target instanceof Element && target.closest("button[value]");
          if (button instanceof HTMLButtonElement && !(dialog === this.choice && button.value && !this.chosenForms())) dialog.close(button.value);
        });
      }
      const input = find(element, "[data-sfg-load-file]", HTMLInputElement);
      /** @type {{[action: string]: () => void}} */
      const actions = { download: () => this.choose(false), load: () => input.click(), clear: () => this.clear() };
      this.onClick("[data-sfg-action]", (button) => /** @type {(() => void) | undefined} */ (own(actions, button.dataset.sfgAction || ""))?.());
      this.listen("sfg:download", (detail) => this.choose(!!detail?.locked));
      this.on(input, "change", () => {
        const file = input.files?.[0];
        input.value = "";
        if (file) this.loading.load(file);
      });
    }

    /**
     * @param {string} message Said in the status bar.
     * @param {boolean} [problem]
     */
    say(message, problem) {
      this.emit("sfg:status", { message, problem });
    }

    /** Every form's record of this page's person: this page's as it is now (saved first), the others' as stored. */
    async records() {
      const mine = await this.request("sfg:collect", {}, () => null);
      return Promise.all(this.stores.map((store) => (store.form === this.form && mine ? mine : store.look())));
    }

    /**
     * What the download dialog has chosen: "journal", "plan" or "both", or "" with nothing
     * chosen yet, which the dialog says (and stays open).
     */
    chosenForms() {
      const radios = /** @type {HTMLInputElement[]} */ (all(this.choice, "input[data-sfg-download-what]"));
      const what = radios.find((radio) => radio.checked)?.value || "";
      find(this.choice, "[data-sfg-download-error]", HTMLElement).textContent = what ? "" : this.text.download_choice_missing;
      if (!what) radios[0]?.focus();
      return what;
    }

    /**
     * Ask what to download (the journal, the plan or both; nothing is chosen at first, so the
     * journal is in a file only when the person chooses it), and whether with their private
     * notes (unticked every time), then download it. A plan filled in for a colleague is
     * downloaded as it is, without the notes marked private: those are the manager's own.
     * @param {boolean} locked
     */
    async choose(locked) {
      if (this.stores.length === 1) return this.download([this.form], locked, false);
      for (const radio of /** @type {HTMLInputElement[]} */ (all(this.choice, "input[data-sfg-download-what]"))) radio.checked = false;
      find(this.choice, "[data-sfg-download-error]", HTMLElement).textContent = "";
      this.withPrivate.checked = false;
      if ((await chosen(this.choice)) !== "yes") return;
      const what = this.chosenForms();
      if (!what) return;
      await this.download(what === "both" ? this.stores.map((store) => store.form) : [what], locked, this.withPrivate.checked);
    }

    /**
     * Download `forms`, in a locked copy sealed with the passphrase's key if `locked`, with the
     * answers marked private if `withPrivate`.
     * @param {string[]} forms
     * @param {boolean} locked
     * @param {boolean} withPrivate
     */
    async download(forms, locked, withPrivate) {
      const names = this.names;
      const lock = this.place.lock();
      if (locked && !(lock && vault.opens(lock))) return;
      const everything = await this.records();
      const records = everything.filter((record) => forms.includes(record.form));
      const exported = new Date().toISOString();
      /** @type {{[field: string]: unknown}} */
      const data = files.make(names, records, { namespace: this.namespace, site: this.settings.config.site, exported }, { withPrivate });
      const unreadable = await this.unreadable(forms, withPrivate);
      if (unreadable.length) data.unreadable = unreadable;
      const plain = JSON.stringify(data, null, 2);
      const sealed = locked && lock ? await vault.sealFile(plain, { namespace: this.namespace, site: data.site, exported }, lock) : null;
      const content = sealed ? JSON.stringify(sealed, null, 2) : plain;
      const colleague = this.colleague ? await this.colleagueName() : "";
      const file = this.fileName(records, locked, colleague, exported.slice(0, 10));
      sfg.parts.save(content, "application/json", file);
      this.downloaded(records, colleague, file, exported);
    }

    /**
     * Say that `file` was downloaded; of the person's own answers, tell the page when and up
     * to which edit of each form (sfg:downloaded: the reminder to download counts from there).
     * @param {AnswerRecord[]} records
     * @param {string} colleague The colleague whose plan it was, or "".
     * @param {string} file
     * @param {string} at
     */
    downloaded(records, colleague, file, at) {
      const t = this.text;
      this.say(colleague ? fill(t.colleague_download_done, { name: colleague, file }) : fill(t.download_done, { file }));
      if (!this.colleague) this.emit("sfg:downloaded", { at, clocks: Object.fromEntries(records.map((record) => [record.form, record.clock])) });
    }

    /**
     * The records of `forms` that could not be read and were set aside: they go with the
     * answers, as they are (opened, when sealed by the lock and this page holds its key).
     * None when storage is out of reach: the answers on this page are all there is. None
     * either of a form whose content marks answers private, unless the person chose to
     * include those (`withPrivate`): what cannot be read cannot be checked for them.
     * @param {string[]} forms
     * @param {boolean} withPrivate
     * @returns {Promise<string[]>}
     */
    async unreadable(forms, withPrivate) {
      const { names } = this;
      const carried = forms.filter((form) => withPrivate || !files.hasPrivate(names, [form]));
      try {
        const storage = this.place.storage;
        const chosen = this.stores.filter((store) => carried.includes(store.form)).map((store) => store.key);
        const unreadable = storage.keys(names.keys.prefix).filter((key) => chosen.some((record) => names.keys.setAsideOf(record, key)));
        const open = async (/** @type {string} */ key) => {
          const raw = /** @type {string} */ (storage.get(key));
          return vault.isSealed(raw) && vault.key ? vault.open(raw, key).catch(() => raw) : raw;
        };
        return await Promise.all(unreadable.map(open));
      } catch {
        return [];
      }
    }

    /**
     * The name of a downloaded file of `records`: whose, what it holds, the date. A plan filled
     * in for a colleague is named after them (`colleague`), even without a name in it; a locked
     * copy after no one: it may lie in a shared Downloads folder.
     * @param {AnswerRecord[]} records
     * @param {boolean} locked
     * @param {string} colleague
     * @param {string} date
     */
    fileName(records, locked, colleague, date) {
      const t = this.text;
      const forms = records.map((record) => record.form);
      const person = locked ? "" : files.whose(this.names, records).name || colleague;
      const what = forms.length > 1 ? t.download_name_both : forms[0] === "journal" ? t.download_name_journal : t.download_name_plan;
      const content = locked ? [what, t.download_locked_file_name] : [what];
      return this.names.fileName({ person, fallback: t.download_file_name, content, date, extension: "json" });
    }

    /** The name of the colleague this page's plan is filled in for ("" when not kept here). */
    async colleagueName() {
      const colleague = await new sfg.ColleagueBook(this.names, this.place, this.settings.config.forms).get(this.colleague);
      return colleague?.name || "";
    }

    /**
     * Clear, after saying what goes and asking: on a plan filled in for a colleague, that plan
     * only; elsewhere everything kept, listed first (the person's forms, each colleague's
     * answers and the plans filled in for them), in every tab, as "Forget me" does.
     */
    async clear() {
      const t = this.text;
      await this.request("sfg:flush", {}, () => undefined); // what was just typed is counted, and goes too
      if (this.colleague) return this.clearPlan();
      const items = await sfg.forgetting.kept(this.names, t);
      if (!(await this.ask({ heading: t.clear_heading, text: t.clear_text, items, confirm: t.clear_confirm }))) return;
      // Both storage areas, the lock and the choices too, in every tab: nothing is left.
      const failure = sfg.forgetting.everywhere(this.names.keys);
      this.emit("sfg:replace", { failure });
      this.emit("sfg:forgotten", null);
      if (!failure) this.say(t.clear_done);
    }

    /** Clear the plan filled in for a colleague, and its copies set aside: nothing else. */
    async clearPlan() {
      const t = this.text;
      const name = (await this.colleagueName()) || files.whose(this.names, await this.records()).name;
      const question = {
        heading: fill(t.colleague_clear_heading, { name }),
        text: fill(t.colleague_clear_text, { name }),
        confirm: fill(t.colleague_clear_confirm, { name }),
      };
      if (!(await this.ask(question))) return;
      let failure;
      try {
        const storage = this.place.storage;
        const [plan] = this.stores; // a colleague's plan: the page's one store
        if (!plan) throw new Error("Scope for Growth: no plan to clear");
        const { key } = plan;
        for (const each of storage.keys(this.names.keys.prefix)) if (each === key || this.names.keys.setAsideOf(key, each)) storage.remove(each);
      } catch (error) {
        failure = error;
      }
      this.emit("sfg:replace", { failure });
      if (!failure) this.say(fill(t.colleague_clear_done, { name }));
    }
  }

  /**
   * A "Download my answers" button elsewhere on the page (after the last question): it asks
   * for the download that Transfer makes. Hidden until this starts.
   */
  class DownloadButton extends sfg.Component {
    static moduleName = "sfg-download";

    /** @param {HTMLElement} element */
    constructor(element) {
      super(element);
      element.hidden = false;
      this.on(element, "click", () => this.emit("sfg:download", null));
    }
  }

  sfg.components.register(Transfer);
  sfg.components.register(DownloadButton);
}
