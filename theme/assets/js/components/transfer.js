// @ts-check
/* Scope for Growth: "Your answers": download the journal, the plan or both as a file, load
   them from one, clear them all from this device; and download buttons elsewhere on the page.
   The file (files.js) holds only the forms chosen, says whose answers they are, and names
   each answer by its export key ("journal/energy") beside its question. A locked copy
   (sfg:download with `locked`) holds that file's text sealed with the passphrase's key
   (vault.js); loading one asks for its passphrase (the request sfg:passphrase).
   Loading merges, and never takes more than it says: the file is checked whole first; then,
   for each form it holds, the answers the person does not have are added, and each answer
   both hold that differs is shown side by side, the newer by the order of edits chosen (the
   person's own where the file does not say), for the person to choose; none of theirs is
   deleted, and a form the file does not hold is never touched. The dialog and its button
   say so when nothing would change. A file whose person is not this page's (by name) is
   someone else's: the person is asked first to keep it apart as a colleague's answers
   (components/colleague-file.js keeps it), or to load it into their own after all.
   On a plan filled in for a colleague (plan.html?colleague=…), only that plan is downloaded
   (named after them), loaded and cleared, and the words say whose it is. Elsewhere, clearing
   lists what is kept first (forgetting.js kept(): each form, each colleague), then forgets it
   all in every tab, as "Forget me" does. */
"use strict";
var sfg = sfg || {};
{
  const { Store, own, fill, vault, files } = sfg;
  const { find, all, chosen } = sfg.parts;
  const { ImportProblem, LIMITS } = files;

  /** @param {HTMLDialogElement} dialog Open it; resolves true when the person confirms. */
  const confirmed = async (dialog) => (await chosen(dialog)) === "yes";

  /**
   * What loading a file would do to one form: its store, its record now, the file's answers,
   * and (files.compare) the keys to add, those the same, and those that differ.
   * @typedef {{store: Store, record: AnswerRecord, given: FileForm} & ReturnType<typeof files.compare>} Plan
   */

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
      this.other = find(this.root, "dialog[data-sfg-load-other]", HTMLDialogElement);
      /** The words of the load dialog's button when something will change. */
      this.confirmWords = find(this.loading, "[data-sfg-load-confirm]", HTMLElement).textContent || "";
      for (const dialog of [this.choice, this.loading, this.other]) {
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
    async records() {
      const mine = await this.request("sfg:collect", {}, () => null);
      return Promise.all(this.stores.map((store) => (store.form === this.form && mine ? mine : store.look())));
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
        const chosen = this.stores.filter((store) => forms.includes(store.form)).map((store) => store.key);
        const unreadable = storage.keys(names.keys.prefix).filter((key) => chosen.some((record) => names.keys.setAsideOf(record, key)));
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
      const file = names.fileName({
        person,
        fallback: t.download_file_name,
        content: locked ? [what, t.download_locked_file_name] : [what],
        date: exported.slice(0, 10),
        extension: "json",
      });
      sfg.parts.save(content, "application/json", file);
      this.say(colleague ? fill(t.colleague_download_done, { name: colleague, file }) : fill(t.download_done, { file }));
      if (!this.colleague) this.emit("sfg:downloaded", { at: exported, clocks: Object.fromEntries(records.map((record) => [record.form, record.clock])) });
    }

    /**
     * What loading `read` would do to each form of this page's person it holds.
     * @param {ReadFile} read @param {AnswerRecord[]} current
     * @returns {Plan[]}
     */
    plan(read, current) {
      return this.stores.flatMap((store) => {
        const given = read.forms[store.form];
        if (!given) return [];
        const record = current.find((kept) => kept.form === store.form) || store.empty();
        return [{ store, record, given, ...files.compare(record, given) }];
      });
    }

    /** @param {File} file */
    async load(file) {
      const t = this.text;
      const current = await this.records();
      let read;
      try {
        if (file.size > LIMITS.bytes) throw new ImportProblem("load_error_size", { limit: LIMITS.size });
        const content = await files.unseal(await file.text(), () => this.request("sfg:passphrase", {}, () => null));
        if (content === null) return;
        read = files.read(content, this.names, this.namespace, this.settings.config.lang);
      } catch (error) {
        return this.say(fill(t.load_failed, { file: file.name }) + " " + files.reason(error, t), true);
      }
      // Someone else's answers: kept apart as a colleague's, unless the person says they are theirs.
      const mine = files.whose(this.names, current);
      if (read.person.name && mine.name && !files.sameName(mine, read.person)) {
        const choice = await this.askOther(file, read.person, mine);
        if (choice === "colleague") return this.keepApart(read, file.name);
        if (choice !== "mine") return;
      }
      const plans = this.plan(read, current);
      if (!plans.some((plan) => plan.added.length || plan.differ.length)) return this.say(fill(t.load_nothing_new, { file: file.name }));
      if (!(await this.askForms(file, read, plans))) return;
      const taking = plans.map((plan) => ({ plan, keys: [...plan.added, ...this.fromFile(plan.store.form)] })).filter(({ keys }) => keys.length);
      if (!taking.length) return this.say(fill(t.load_nothing, { file: file.name }));
      let failure;
      /** @type {AnswerRecord | undefined} */
      let shown;
      const saved = new Date().toISOString();
      for (const { plan, keys } of taking) {
        const record = { ...files.take(this.names, plan.record, plan.given, keys, read.clocks[plan.store.form] || 0), saved };
        if (plan.store.form === this.form) shown = record;
        try {
          await plan.store.save(record);
        } catch (error) {
          failure = error;
        }
      }
      if (shown) this.emit("sfg:replace", { record: shown, failure });
      if (!failure) this.say(fill(t.load_done, { file: file.name }));
      else if (!shown) this.say(this.text[failure instanceof sfg.StorageProblem ? failure.word : "load_error_read"], true);
    }

    /**
     * Ask what to do with a file of someone else's answers: "colleague" (keep them apart),
     * "mine" (load them into the person's own after all), or "" (cancel).
     * @param {File} file @param {Person} person Whose the file is. @param {Person} mine Whose this page's are.
     */
    askOther(file, person, mine) {
      const t = this.text;
      find(this.other, "[data-sfg-load-other-heading]", HTMLElement).textContent = fill(t.load_other_heading, { person: person.name });
      find(this.other, "[data-sfg-load-other-text]", HTMLElement).textContent = fill(t.load_other_text, { file: file.name, person: person.name, name: mine.name });
      return chosen(this.other);
    }

    /**
     * Keep a file of someone else's answers as a colleague's (components/colleague-file.js),
     * and say what happened; the person's own answers are not touched.
     * @param {ReadFile} read @param {string} file
     */
    async keepApart(read, file) {
      const t = this.text;
      const unkept = () => ({ message: fill(t.load_failed, { file }) + " " + t.load_error_read, problem: true });
      const kept = await this.request("sfg:colleague-file", { read, file }, unkept);
      if (kept) this.say(kept.problem ? kept.message : kept.message + " " + t.load_other_kept, kept.problem);
    }

    /**
     * The keys of `form` whose answer in the file the person chose, where the two differ.
     * @param {string} form
     */
    fromFile(form) {
      const part = this.loading.querySelector(`[data-sfg-load-form="${CSS.escape(form)}"]`);
      if (!(part instanceof HTMLElement) || part.hidden) return [];
      return all(part, "[data-sfg-load-difference]")
        .filter((item) => item.querySelector("input[value='file']:checked"))
        .map((item) => item.dataset.sfgLoadDifference || "");
    }

    /**
     * Show what the file holds, per form: what it adds, and each answer that differs side by
     * side; resolves true when the person goes on.
     * @param {File} file @param {ReadFile} read @param {Plan[]} plans
     */
    async askForms(file, read, plans) {
      const t = this.text;
      const lang = this.settings.config.lang;
      const date = isNaN(Number(read.exported)) ? "" : files.day(read.exported, lang);
      const template = find(this.loading, "template[data-sfg-load-difference-template]", HTMLTemplateElement);
      const theirs = read.person.name ? fill(t.load_theirs, { person: read.person.name }) : t.load_theirs_nobody;
      // On a plan filled in for a colleague, "yours" is the plan for them.
      const colleague = this.colleague ? await this.colleagueName() : "";
      const mine = colleague ? fill(t.colleague_load_mine, { name: colleague }) : t.load_mine;
      let count = 0;
      for (const part of all(this.loading, "[data-sfg-load-form]")) {
        const plan = plans.find(({ store }) => store.form === part.dataset.sfgLoadForm);
        part.hidden = !plan;
        if (!plan) continue;
        count += Object.keys(plan.given).length;
        /** @type {[string, number][]} */
        const counts = [
          [t.load_form_added, plan.added.length],
          [t.load_form_same, plan.same.length],
          [t.load_form_differ, plan.differ.length],
        ];
        const said = counts.filter(([, n]) => n).map(([word, n]) => fill(word, { count: n }));
        find(part, "[data-sfg-load-count]", HTMLElement).textContent = said.join(" ") || t.load_form_empty;
        const items = plan.differ.map(({ key, newer }, i) => this.difference(template, plan, key, newer, `${plan.store.form}-${i + 1}`, theirs, mine));
        find(part, "[data-sfg-load-differences]", HTMLElement).replaceChildren(...items);
      }
      find(this.loading, "[data-sfg-load-order]", HTMLElement).hidden = read.ordered || !plans.some((plan) => plan.differ.length);
      const whose = read.person.name ? " " + fill(t.load_whose, { person: read.person.name }) : "";
      find(this.loading, "[data-sfg-load-summary]", HTMLElement).textContent = fill(t.load_summary, { file: file.name, count, date }) + whose;
      const outcome = () => this.outcome(plans);
      this.loading.addEventListener("change", outcome);
      outcome();
      return confirmed(this.loading).finally(() => this.loading.removeEventListener("change", outcome));
    }

    /**
     * One answer that differs, side by side: the person's and the file's, the newer chosen
     * (the person's where the file does not say).
     * @param {HTMLTemplateElement} template @param {Plan} plan @param {string} key
     * @param {"mine" | "file" | ""} newer @param {string} id @param {string} theirs Whose the file's is.
     * @param {string} mine Whose the one kept here is.
     */
    difference(template, plan, key, newer, id, theirs, mine) {
      const form = plan.store.form;
      const item = this.names.fromTemplate(template, id);
      item.dataset.sfgLoadDifference = key;
      const question = this.names.question(form, key) || plan.record.questions[key] || plan.given[key].question;
      find(item, "[data-sfg-load-question]", HTMLElement).textContent = question || this.text.orphan_question_unknown;
      find(item, "[data-sfg-load-whose]", HTMLElement).textContent = theirs;
      find(item, "[data-sfg-load-mine]", HTMLElement).textContent = mine;
      for (const radio of /** @type {HTMLInputElement[]} */ (all(item, "input[type='radio']"))) {
        const side = radio.value === "file" ? "file" : "mine";
        const choice = /** @type {HTMLElement} */ (radio.parentElement);
        find(choice, "[data-sfg-load-answer]", HTMLElement).textContent = this.shown(form, key, side === "file" ? plan.given[key].answer : plan.record.answers[key] ?? "");
        if (newer !== side) find(choice, "[data-sfg-load-newer]", HTMLElement).remove();
        radio.checked = side === (newer === "file" ? "file" : "mine");
      }
      return item;
    }

    /**
     * An answer as the load dialog shows it: a choice by its label, a table's order of rows by
     * how many, a long text cut short.
     * @param {string} form @param {string} key @param {string} value
     */
    shown(form, key, value) {
      const t = this.text;
      const described = this.names.describe(form, key);
      if (!value.trim()) return t.load_no_answer;
      if (described?.table) return fill(t.load_rows, { count: value.split(/\s+/).filter(Boolean).length });
      const answer = /** @type {string | undefined} */ (own(described?.choices, value)) ?? value;
      return answer.length > 300 ? answer.slice(0, 300) + "…" : answer;
    }

    /**
     * Say, above the load dialog's button and on it, how many answers will change, or that
     * nothing will.
     * @param {Plan[]} plans
     */
    outcome(plans) {
      const t = this.text;
      const count = plans.reduce((sum, plan) => sum + plan.added.length + this.fromFile(plan.store.form).length, 0);
      find(this.loading, "[data-sfg-load-outcome]", HTMLElement).textContent = count ? fill(t.load_will_change, { count }) : t.load_will_not_change;
      const button = find(this.loading, "[data-sfg-load-confirm]", HTMLElement);
      button.textContent = count ? this.confirmWords : t.load_confirm_nothing;
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
      const question = { heading: fill(t.colleague_clear_heading, { name }), text: fill(t.colleague_clear_text, { name }), confirm: fill(t.colleague_clear_confirm, { name }) };
      if (!(await this.ask(question))) return;
      let failure;
      try {
        const storage = this.place.storage;
        const { key } = this.stores[0];
        for (const each of storage.keys(this.names.keys.prefix)) if (each === key || this.names.keys.setAsideOf(key, each)) storage.remove(each);
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

  sfg.components.register(Transfer);
  sfg.components.register(DownloadButton);
}
