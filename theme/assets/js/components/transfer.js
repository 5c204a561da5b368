// @ts-check
/* Scope for Growth: "Your answers": download the journal, the plan or both as a file, load
   them from one, clear them all from this device; and download buttons elsewhere on the page.
   The file (files.js) holds only the forms chosen, says whose answers they are, and names
   each answer by its export key ("journal/energy") beside its question. A locked copy
   (sfg:download with `locked`) holds that file's text sealed with the passphrase's key
   (vault.js); loading one asks for its passphrase (sfg:passphrase).
   Loading never takes more than it says: the file is checked whole first, then for each form
   it holds the person chooses to replace their answers or leave them; a form the file does
   not hold is never touched.
   On a plan filled in for a colleague (plan.html?colleague=…), only that plan is downloaded
   (named after them), loaded and cleared, and the words say whose it is. Elsewhere, clearing
   lists what is kept first (forget.js kept(): each form, each colleague), then forgets it all
   in every tab, as "Forget me" does. */
"use strict";
var sfg = sfg || {};
{
  const { Store, own, fill, vault, files } = sfg;
  const { find, all } = sfg.parts;
  const { ImportProblem, LIMITS } = files;

  /** @param {HTMLDialogElement} dialog Open it; resolves true when the person confirms. */
  const confirmed = (dialog) =>
    new Promise((answer) => {
      dialog.returnValue = "";
      dialog.addEventListener("close", () => answer(dialog.returnValue === "yes"), { once: true });
      dialog.showModal();
      /** @type {HTMLElement | null} */ (dialog.querySelector("[data-sfg-dialog-cancel], button[value='']"))?.focus();
    });

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
      this.loading = find(this.root, "dialog[data-sfg-load-choice]", HTMLDialogElement);
      for (const dialog of [this.choice, this.loading]) {
        this.on(dialog, "click", (/** @type {MouseEvent} */ { target }) => {
          const button = target instanceof Element && target.closest("button[value]");
          if (button instanceof HTMLButtonElement) dialog.close(button.value);
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
        if (file) this.load(file);
      });
    }

    /** @param {string} message @param {boolean} [problem] */
    say(message, problem) {
      this.emit("sfg:status", { message, problem });
    }

    /** Every form's record of this page's person: this page's as it is now (saved first), the others' as stored. */
    records() {
      /** @type {SfgEvents["sfg:collect"]} */
      const mine = {};
      this.emit("sfg:collect", mine);
      return Promise.all(this.stores.map((store) => (store.form === this.form && mine.record ? mine.record : store.look())));
    }

    /**
     * Ask what to download (the journal, the plan or both: this page's form first), then
     * download it. A plan filled in for a colleague is downloaded as it is.
     * @param {boolean} locked
     */
    async choose(locked) {
      if (this.stores.length === 1) return this.download([this.form], locked);
      const radios = /** @type {HTMLInputElement[]} */ (all(this.choice, "input[data-sfg-download-what]"));
      for (const radio of radios) radio.checked = radio.value === "both";
      if (!(await confirmed(this.choice))) return;
      const what = radios.find((radio) => radio.checked)?.value || "both";
      await this.download(what === "both" ? this.stores.map((store) => store.form) : [what], locked);
    }

    /**
     * Download `forms`, in a locked copy sealed with the passphrase's key if `locked`.
     * @param {string[]} forms @param {boolean} locked
     */
    async download(forms, locked) {
      const names = this.names;
      const lock = this.place.lock();
      if (locked && !(lock && vault.opens(lock))) return;
      const everything = await this.records();
      const records = everything.filter((record) => forms.includes(record.form));
      const exported = new Date().toISOString();
      /** @type {{[field: string]: unknown}} */
      const data = files.make(names, records, { namespace: this.namespace, site: this.settings.config.site, exported });
      try {
        // Records of these forms that could not be read were set aside: they go with the
        // answers, as they are (opened, when sealed by the lock and this page holds its key).
        const storage = this.place.storage;
        const starts = this.stores.filter((store) => forms.includes(store.form)).map((store) => names.setAsideKey(store.key, ""));
        const unreadable = storage.keys(names.prefix).filter((key) => starts.some((start) => key.startsWith(start)));
        const open = async (/** @type {string} */ key) => {
          const raw = /** @type {string} */ (storage.get(key));
          return vault.isSealed(raw) && vault.key ? vault.open(raw, key).catch(() => raw) : raw;
        };
        if (unreadable.length) data.unreadable = await Promise.all(unreadable.map(open));
      } catch {
        // Storage is out of reach: the answers on this page are all there is.
      }
      let content = JSON.stringify(data, null, 2);
      if (locked && lock) content = JSON.stringify(await vault.sealFile(content, { namespace: this.namespace, site: data.site, exported }, lock), null, 2);
      const t = this.text;
      const what = forms.length > 1 ? t.download_name_both : forms[0] === "journal" ? t.download_name_journal : t.download_name_plan;
      // A plan filled in for a colleague is named after them, even without a name in it; a
      // locked copy after no one: it may lie in a shared Downloads folder.
      const colleague = this.colleague ? await this.colleagueName() : "";
      const person = locked ? "" : files.whose(names, records).name || colleague;
      const file = names.fileName(person, t.download_file_name, locked ? what + "-" + t.download_locked_file_name : what, exported.slice(0, 10), "json");
      sfg.save(content, "application/json", file);
      this.say(colleague ? fill(t.colleague_download_done, { name: colleague, file }) : fill(t.download_done, { file }));
      if (!this.colleague) this.emit("sfg:downloaded", { at: exported, clocks: Object.fromEntries(records.map((record) => [record.form, record.clock])) });
    }

    /**
     * The file's answers as one record a form it holds, each answer a newer edit than any
     * kept now; or an ImportProblem that says what is wrong.
     * @param {string} content
     * @param {AnswerRecord[]} current
     */
    check(content, current) {
      const read = files.read(content, this.names, this.namespace, this.settings.config.lang);
      /** @type {{[form: string]: AnswerRecord}} */
      const records = sfg.records.dict();
      const clock = Math.max(...current.map((record) => record.clock));
      for (const store of this.stores) {
        const given = read.forms[store.form];
        if (!given) continue;
        const record = (records[store.form] = { ...store.empty(), clock });
        for (const [key, { question, answer }] of Object.entries(given)) sfg.records.edit(record, key, answer, "", question);
      }
      return { records, person: read.person, exported: read.exported };
    }

    /** @param {File} file */
    async load(file) {
      const t = this.text;
      const current = await this.records();
      let loaded;
      try {
        if (file.size > LIMITS.bytes) throw new ImportProblem("load_error_size", { limit: LIMITS.size });
        const content = await files.unseal(await file.text(), () => new Promise((answer) => this.emit("sfg:passphrase", { answer }) && answer(null)));
        if (content === null) return;
        loaded = this.check(content, current);
      } catch (error) {
        const reason = error instanceof ImportProblem ? fill(t[error.message], error.parts) : t.load_error_read;
        return this.say(fill(t.load_failed, { file: file.name }) + " " + reason, true);
      }
      if (!(await this.askForms(file, loaded, current))) return;
      const chosen = all(this.loading, "[data-sfg-load-form]").filter((part) => !part.hidden && /** @type {HTMLInputElement | null} */ (part.querySelector("input[value='replace']"))?.checked);
      const replace = chosen.map((part) => part.dataset.sfgLoadForm || "");
      if (!replace.length) return this.say(fill(t.load_nothing, { file: file.name }));
      let failure;
      const saved = new Date().toISOString();
      for (const store of this.stores) {
        if (!replace.includes(store.form)) continue;
        try {
          await store.save({ ...loaded.records[store.form], saved });
        } catch (error) {
          failure = error;
        }
      }
      if (replace.includes(this.form)) this.emit("sfg:replace", { record: loaded.records[this.form], failure });
      if (!failure) this.say(fill(t.load_done, { file: file.name }));
      else if (!replace.includes(this.form)) this.say(this.text[failure instanceof sfg.StorageProblem ? failure.word : "load_error_read"], true);
    }

    /**
     * Show what the file holds, per form: how many answers, what replacing would change;
     * resolves true when the person goes on.
     * @param {File} file @param {{records: {[form: string]: AnswerRecord}, person: Person, exported: Date}} loaded
     * @param {AnswerRecord[]} current
     */
    askForms(file, loaded, current) {
      const t = this.text;
      const lang = this.settings.config.lang;
      const date = isNaN(Number(loaded.exported)) ? "" : loaded.exported.toLocaleDateString(lang, { day: "numeric", month: "long", year: "numeric" });
      let count = 0;
      for (const part of all(this.loading, "[data-sfg-load-form]")) {
        const form = part.dataset.sfgLoadForm || "";
        const incoming = loaded.records[form];
        part.hidden = !incoming;
        if (!incoming) continue;
        const mine = current.find((record) => record.form === form) || this.stores[0].empty();
        const given = Object.values(incoming.answers).filter(Boolean).length;
        count += given;
        const kept = Object.keys(mine.answers).filter((key) => mine.answers[key]);
        const changes = kept.filter((key) => incoming.answers[key] !== mine.answers[key]).map((key) => this.names.question(form, key) || mine.questions[key] || key);
        find(part, "[data-sfg-load-count]", HTMLElement).textContent = fill(t.load_form_summary, { count: given, current: kept.length, changes: changes.length });
        const list = find(part, "[data-sfg-load-changes]", HTMLElement);
        const items = changes.slice(0, 10);
        if (changes.length > 10) items.push(fill(t.load_more, { count: changes.length - 10 }));
        list.replaceChildren(...items.map((item) => Object.assign(document.createElement("li"), { textContent: item })));
        list.hidden = !items.length;
        // Leaving is first; replacing is chosen already only where nothing would be lost.
        for (const radio of /** @type {HTMLInputElement[]} */ (all(part, "input"))) radio.checked = radio.value === (kept.length ? "leave" : "replace");
      }
      const whose = loaded.person.name ? " " + fill(t.load_whose, { person: loaded.person.name }) : "";
      find(this.loading, "[data-sfg-load-summary]", HTMLElement).textContent = fill(t.load_summary, { file: file.name, count, date }) + whose;
      return confirmed(this.loading);
    }

    /** The name of the colleague this page's plan is filled in for ("" when not kept here). */
    async colleagueName() {
      const colleague = await new sfg.Colleagues(this.names, this.place, this.settings.config.forms).get(this.colleague);
      return colleague?.name || "";
    }

    /**
     * Clear, after saying what goes and asking: on a plan filled in for a colleague, that plan
     * only; elsewhere everything kept, listed first (the person's forms, each colleague's
     * answers and the plans filled in for them), in every tab, as "Forget me" does.
     */
    async clear() {
      const t = this.text;
      /** @type {Promise<unknown>[]} */
      const waits = [];
      this.emit("sfg:flush", { waits }); // what was just typed is counted, and goes too
      await Promise.all(waits);
      if (this.colleague) return this.clearPlan();
      const items = await sfg.kept(this.names, t);
      if (!(await this.ask({ heading: t.clear_heading, text: t.clear_text, items, confirm: t.clear_confirm }))) return;
      // Both storage areas, the lock and the choices too, in every tab: nothing is left.
      const failure = sfg.forgetEverywhere(this.names.prefix);
      this.emit("sfg:replace", { failure });
      this.emit("sfg:forgotten", null);
      if (!failure) this.say(t.clear_done);
    }

    /** Clear the plan filled in for a colleague, and its copies set aside: nothing else. */
    async clearPlan() {
      const t = this.text;
      const name = (await this.colleagueName()) || files.whose(this.names, await this.records()).name;
      const question = { heading: fill(t.colleague_clear_heading, { name }), text: fill(t.colleague_clear_text, { name }), confirm: fill(t.colleague_clear_confirm, { name }) };
      if (!(await this.ask(question))) return;
      let failure;
      try {
        const storage = this.place.storage;
        const { key } = this.stores[0];
        const aside = this.names.setAsideKey(key, "");
        for (const each of storage.keys(this.names.prefix)) if (each === key || each.startsWith(aside)) storage.remove(each);
      } catch (error) {
        failure = error;
      }
      this.emit("sfg:replace", { failure });
      if (!failure) this.say(fill(t.colleague_clear_done, { name }));
    }
  }

  /** A "Download my answers" button elsewhere on the page (after the last question): it asks
      for the download that Transfer makes. Hidden until this starts. */
  class DownloadButton extends sfg.Component {
    static moduleName = "sfg-download";

    /** @param {HTMLElement} element */
    constructor(element) {
      super(element);
      element.hidden = false;
      this.on(element, "click", () => this.emit("sfg:download", null));
    }
  }

  sfg.Transfer = Transfer;
  sfg.DownloadButton = DownloadButton;
}
