// @ts-check
/* Scope for Growth: "Load answers from a file", for the "Your answers" panel's transfer part
   (components/transfer). Loading merges, and never takes more than it says: the file is
   checked whole first (files.js); then, for each form it holds, the answers the person does
   not have are added, and each answer both hold that differs is shown side by side, the newer
   by the order of edits chosen (the person's own where the file does not say), for the person
   to choose; none of theirs is deleted, and a form the file does not hold is never touched.
   The dialog and its button say so when nothing would change. A file whose person is not this
   page's (by name) is someone else's: the person is asked first to keep it apart as a
   colleague's answers (the request sfg:colleague-file: components/colleague-file keeps it),
   or to load it into their own after all. A locked copy is opened with the passphrase the
   request sfg:passphrase gets. */
"use strict";
var sfg = sfg || {};
{
  const { own, fill, files, taking } = sfg;
  const { find, all, chosen } = sfg.parts;
  const { ImportProblem, LIMITS } = files;

  /**
   * What loading a file would do to one form: its store, its record now, the file's answers,
   * and (taking.compare) the keys to add, those the same, and those that differ.
   * @typedef {{store: Store, record: AnswerRecord, given: FileForm} & ReturnType<typeof taking.compare>} Plan
   */

  /**
   * The part of a transfer component that loading needs.
   * @typedef {InstanceType<sfg.Component> & {stores: Store[], form: string, colleague: string,
   *   records(): Promise<AnswerRecord[]>, colleagueName(): Promise<string>, say(message: string, problem?: boolean): void}} Transfer
   */

  /** Loading a file of answers: checked, compared, chosen from, taken in. */
  class Loading {
    /** @param {Transfer} transfer */
    constructor(transfer) {
      this.transfer = transfer;
      this.dialog = find(transfer.root, "dialog[data-sfg-load-choice]", HTMLDialogElement);
      this.other = find(transfer.root, "dialog[data-sfg-load-other]", HTMLDialogElement);
      /** The words of the load dialog's button when something will change. */
      this.confirmWords = find(this.dialog, "[data-sfg-load-confirm]", HTMLElement).textContent || "";
    }

    /**
     * The file read whole and checked (files.read), or null when it was not: then the status
     * bar says why, or the person cancelled the passphrase of a locked file.
     * @param {File} file
     */
    async read(file) {
      const { transfer } = this;
      const t = transfer.text;
      try {
        if (file.size > LIMITS.bytes) throw new ImportProblem("load_error_size", { limit: LIMITS.size });
        const content = await files.unseal(await file.text(), () => transfer.request("sfg:passphrase", {}, () => null));
        if (content === null) return null;
        return sfg.reading.read(content, transfer.names, transfer.names.rules.namespace, transfer.settings.config.lang);
      } catch (error) {
        transfer.say(fill(t.load_failed, { file: file.name }) + " " + files.reason(error, t), true);
        return null;
      }
    }

    /** @param {File} file Load it, after asking what to take. */
    async load(file) {
      const { transfer } = this;
      const t = transfer.text;
      const current = await transfer.records();
      const read = await this.read(file);
      if (!read) return;
      // Someone else's answers: kept apart as a colleague's, unless the person says they are theirs.
      const mine = files.whose(transfer.names, current);
      if (read.person.name && mine.name && !files.sameName(mine, read.person)) {
        const choice = await this.askOther(file, read.person, mine);
        if (choice === "colleague") return this.keepApart(read, file.name);
        if (choice !== "mine") return;
      }
      const plans = this.plan(read, current);
      if (!plans.some((plan) => plan.added.length || plan.differ.length || plan.past.length))
        return transfer.say(fill(t.load_nothing_new, { file: file.name }));
      if (!(await this.askForms(file, read, plans))) return;
      const chosen = plans.map((plan) => ({ plan, keys: [...plan.added, ...plan.past, ...this.fromFile(plan.store.form)] })).filter(({ keys }) => keys.length);
      if (!chosen.length) return transfer.say(fill(t.load_nothing, { file: file.name }));
      await this.take(read, chosen, file.name);
    }

    /**
     * Take the answers `keys` of each plan into its form's record, save them, and tell the
     * page (sfg:replace: this page's form shows them).
     * @param {ReadFile} read
     * @param {{plan: Plan, keys: string[]}[]} chosen
     * @param {string} file
     */
    async take(read, chosen, file) {
      const { transfer } = this;
      const t = transfer.text;
      let failure;
      /** @type {AnswerRecord | undefined} */
      let shown;
      const saved = new Date().toISOString();
      for (const { plan, keys } of chosen) {
        const record = { ...taking.take(transfer.names, plan.record, plan.given, keys, read.clocks[plan.store.form] || 0), saved };
        if (plan.store.form === transfer.form) shown = record;
        try {
          await plan.store.save(record);
        } catch (error) {
          failure = error;
        }
      }
      if (shown) transfer.emit("sfg:replace", { record: shown, failure });
      if (!failure) transfer.say(fill(t.load_done, { file }));
      else if (!shown) transfer.say(t[failure instanceof sfg.StorageProblem ? failure.word : "load_error_read"] || "", true);
    }

    /**
     * What loading `read` would do to each form of this page's person it holds.
     * @param {ReadFile} read
     * @param {AnswerRecord[]} current
     * @returns {Plan[]}
     */
    plan(read, current) {
      return this.transfer.stores.flatMap((store) => {
        const given = read.forms[store.form];
        if (!given) return [];
        const record = current.find((kept) => kept.form === store.form) || store.empty();
        return [{ store, record, given, ...taking.compare(record, given, this.transfer.names) }];
      });
    }

    /**
     * Ask what to do with a file of someone else's answers: "colleague" (keep them apart),
     * "mine" (load them into the person's own after all), or "" (cancel).
     * @param {File} file
     * @param {Person} person Whose the file is.
     * @param {Person} mine Whose this page's are.
     */
    askOther(file, person, mine) {
      const t = this.transfer.text;
      find(this.other, "[data-sfg-load-other-heading]", HTMLElement).textContent = fill(t.load_other_heading, { person: person.name });
      const text = fill(t.load_other_text, { file: file.name, person: person.name, name: mine.name });
      find(this.other, "[data-sfg-load-other-text]", HTMLElement).textContent = text;
      return chosen(this.other);
    }

    /**
     * Keep a file of someone else's answers as a colleague's (components/colleague-file),
     * and say what happened; the person's own answers are not touched.
     * @param {ReadFile} read
     * @param {string} file
     */
    async keepApart(read, file) {
      const { transfer } = this;
      const t = transfer.text;
      const unkept = () => ({ message: fill(t.load_failed, { file }) + " " + t.load_error_read, problem: true });
      const kept = await transfer.request("sfg:colleague-file", { read, file }, unkept);
      if (kept) transfer.say(kept.problem ? kept.message : kept.message + " " + t.load_other_kept, kept.problem);
    }

    /**
     * The keys of `form` whose answer in the file the person chose, where the two differ.
     * @param {string} form
     */
    fromFile(form) {
      const part = this.dialog.querySelector(`[data-sfg-load-form="${CSS.escape(form)}"]`);
      if (!(part instanceof HTMLElement) || part.hidden) return [];
      return all(part, "[data-sfg-load-difference]")
        .filter((item) => item.querySelector("input[value='file']:checked"))
        .map((item) => item.dataset.sfgLoadDifference || "");
    }

    /**
     * Show what the file holds, per form: what it adds, and each answer that differs side by
     * side; resolves true when the person goes on.
     * @param {File} file
     * @param {ReadFile} read
     * @param {Plan[]} plans
     */
    async askForms(file, read, plans) {
      const { transfer, dialog } = this;
      const t = transfer.text;
      const date = isNaN(Number(read.exported)) ? "" : files.day(read.exported, transfer.settings.config.lang);
      // On a plan filled in for a colleague, "yours" is the plan for them.
      const colleague = transfer.colleague ? await transfer.colleagueName() : "";
      const whose = {
        theirs: read.person.name ? fill(t.load_theirs, { person: read.person.name }) : t.load_theirs_nobody,
        mine: colleague ? fill(t.colleague_load_mine, { name: colleague }) : t.load_mine,
      };
      let count = 0;
      for (const part of all(dialog, "[data-sfg-load-form]")) {
        const plan = plans.find(({ store }) => store.form === part.dataset.sfgLoadForm);
        part.hidden = !plan;
        if (plan) count += this.showForm(part, plan, whose);
      }
      find(dialog, "[data-sfg-load-order]", HTMLElement).hidden = read.ordered || !plans.some((plan) => plan.differ.length);
      const person = read.person.name ? " " + fill(t.load_whose, { person: read.person.name }) : "";
      find(dialog, "[data-sfg-load-summary]", HTMLElement).textContent = fill(t.load_summary, { file: file.name, count, date }) + person;
      const outcome = () => this.outcome(plans);
      dialog.addEventListener("change", outcome);
      outcome();
      return (await chosen(dialog).finally(() => dialog.removeEventListener("change", outcome))) === "yes";
    }

    /**
     * Show in `part` of the dialog what the file holds of one form: how many answers it adds,
     * holds the same and holds otherwise, and each that differs. Returns how many it holds.
     * @param {HTMLElement} part
     * @param {Plan} plan
     * @param {{theirs: string, mine: string}} whose Whose the file's answers are, and whose the ones kept here.
     */
    showForm(part, plan, whose) {
      const t = this.transfer.text;
      const { names } = this.transfer;
      // Past plans are not answers: said in words of their own.
      const past = plan.past.filter((key) => names.cell(key) && plan.given[key]?.answer).length;
      /** @type {[string, number][]} */
      const counts = [
        [t.load_form_added, plan.added.length],
        [t.load_form_same, plan.same.length],
        [t.load_form_differ, plan.differ.length],
        [t.load_form_past, past],
      ];
      const said = counts.filter(([, n]) => n).map(([word, n]) => fill(word, { count: n }));
      find(part, "[data-sfg-load-count]", HTMLElement).textContent = said.join(" ") || t.load_form_empty;
      const items = plan.differ.map((difference, i) => this.difference(plan, difference, i + 1, whose));
      find(part, "[data-sfg-load-differences]", HTMLElement).replaceChildren(...items);
      return Object.keys(plan.given).filter((key) => !sfg.past.isOwn(names, key)).length;
    }

    /**
     * One answer that differs, side by side: the person's and the file's, the newer chosen
     * (the person's where the file does not say).
     * @param {Plan} plan
     * @param {{key: string, newer: "mine" | "file" | ""}} difference
     * @param {number} number Its place in the form's list.
     * @param {{theirs: string, mine: string}} whose
     */
    difference(plan, { key, newer }, number, whose) {
      const { names } = this.transfer;
      const form = plan.store.form;
      const template = find(this.dialog, "template[data-sfg-load-difference-template]", HTMLTemplateElement);
      const item = names.fromTemplate(template, form, String(number));
      item.dataset.sfgLoadDifference = key;
      const question = names.question(form, key) || plan.record.questions[key] || plan.given[key]?.question;
      find(item, "[data-sfg-load-question]", HTMLElement).textContent = question || this.transfer.text.orphan_question_unknown;
      find(item, "[data-sfg-load-whose]", HTMLElement).textContent = whose.theirs;
      find(item, "[data-sfg-load-mine]", HTMLElement).textContent = whose.mine;
      this.sides(item, plan, { key, newer });
      return item;
    }

    /**
     * The two sides of a difference's `item`, each a radio: its answer, whether it is the
     * newer, and the newer checked (the person's where the file does not say).
     * @param {HTMLElement} item
     * @param {Plan} plan
     * @param {{key: string, newer: "mine" | "file" | ""}} difference
     */
    sides(item, plan, { key, newer }) {
      for (const radio of /** @type {HTMLInputElement[]} */ (all(item, "input[type='radio']"))) {
        const side = radio.value === "file" ? "file" : "mine";
        const choice = /** @type {HTMLElement} */ (radio.parentElement);
        const value = side === "file" ? plan.given[key]?.answer : plan.record.answers[key];
        find(choice, "[data-sfg-load-answer]", HTMLElement).textContent = this.shown(plan.store.form, key, value ?? "");
        if (newer !== side) find(choice, "[data-sfg-load-newer]", HTMLElement).remove();
        radio.checked = side === (newer === "file" ? "file" : "mine");
      }
    }

    /**
     * An answer as the load dialog shows it: a choice by its label, a table's order of rows by
     * how many, a long text cut short.
     * @param {string} form
     * @param {string} key
     * @param {string} value
     */
    shown(form, key, value) {
      const t = this.transfer.text;
      const described = this.transfer.names.describe(form, key);
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
      const t = this.transfer.text;
      const count = plans.reduce((sum, plan) => sum + plan.added.length + plan.past.length + this.fromFile(plan.store.form).length, 0);
      find(this.dialog, "[data-sfg-load-outcome]", HTMLElement).textContent = count ? fill(t.load_will_change, { count }) : t.load_will_not_change;
      find(this.dialog, "[data-sfg-load-confirm]", HTMLElement).textContent = count ? this.confirmWords : t.load_confirm_nothing;
    }
  }

  sfg.Loading = Loading;
}
