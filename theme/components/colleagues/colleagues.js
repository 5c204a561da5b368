// @ts-check
/* Scope for Growth: a manager's view of colleagues' answers (colleague-book.js keeps them).
   On the guide: open a colleague's file (checked whole first, files.js; kept, or matched with
   a colleague kept, by components/colleague-file), list each
   colleague with a link to the plan filled in for them and a button to remove them (the
   footer's dialog asks first); choose whose answers show under the guide's questions. On
   the framework: the same choice, which marks that colleague's positions, now and in two
   years: those of the plan filled in for them where it has them, else those of their file.
   The colleague chosen stays chosen for the visit, from page to page (their id in the tab's
   sessionStorage, removed with everything else by "Forget me" and "Clear"); while the answers
   are locked, nobody's show. Answers only ever reach the page as text. */
"use strict";
var sfg = sfg || {};
{
  const { fill, files } = sfg;
  const { find, all } = sfg.parts;

  /**
   * @param {Colleague | undefined} colleague
   * @param {string} key Their answer to the journal's `key` (from their file), or "".
   */
  const journalAnswer = (colleague, key) => colleague?.forms.journal?.[key]?.answer?.trim() || "";

  class ColleaguesPanel extends sfg.Component {
    static moduleName = "sfg-colleagues";
    static inForm = false;

    /** @param {HTMLElement} element */
    constructor(element) {
      super(element);
      const { config } = this.settings;
      this.book = new sfg.ColleagueBook(this.names, this.place, config.forms);
      this.status = find(element, "[data-sfg-colleague-status]", HTMLElement);
      this.choice = find(element, "[data-sfg-colleague-choice]", HTMLElement);
      this.shown = find(element, "select[data-sfg-colleague-shown]", HTMLSelectElement);
      /** @type {Colleague[]} */
      this.kept = [];
      /** How many times show() has started: only the latest one changes the page. */
      this.showing = 0;
      const input = element.querySelector("input[data-sfg-colleague-file]");
      if (input instanceof HTMLInputElement) {
        this.onClick("[data-sfg-colleague-open]", () => input.click());
        this.on(input, "change", () => {
          const file = input.files?.[0];
          input.value = "";
          if (file) this.open(file);
        });
      }
      this.onClick("[data-sfg-colleague-remove]", (button) => this.remove(button.dataset.sfgColleague || ""));
      this.on(this.shown, "change", () => {
        this.remember(this.shown.value);
        this.show();
      });
      this.listen("sfg:forgotten", () => this.refresh(), document);
      this.listen("sfg:locked", () => this.refresh());
      // What was said while locked is past: the key is here now.
      this.listen("sfg:unlocked", () => {
        this.say("");
        this.refresh();
      });
      this.listen("sfg:moved", () => this.refresh(), document);
      // A colleague opened or removed, or the plan filled in for one changed, in another tab.
      const planned = (/** @type {string} */ key) => this.kept.some(({ id }) => config.forms.some((form) => this.names.keys.record(form, id) === key));
      this.on(window, "storage", (/** @type {StorageEvent} */ { key }) => (key === null || this.names.keys.colleagueOf(key) || planned(key)) && this.refresh());
      element.hidden = false;
      this.refresh();
    }

    /** @param {string} message */
    say(message) {
      this.status.textContent = message;
    }

    /** The colleague chosen on this tab's visit (their id; "" for nobody). */
    remembered() {
      try {
        return sfg.storage.areas.session.get(this.names.keys.shown) || "";
      } catch {
        return "";
      }
    }

    /** @param {string} id The colleague chosen: kept for the visit ("" for nobody: nothing kept). */
    remember(id) {
      try {
        if (id) sfg.storage.areas.session.set(this.names.keys.shown, id);
        else sfg.storage.areas.session.remove(this.names.keys.shown);
      } catch {
        // storage blocked: the choice lasts as long as this page
      }
    }

    /** @param {string} [select] Read the colleagues kept again, and show them (`select`: choose this one). */
    async refresh(select) {
      if (select !== undefined) this.remember(select);
      const chosen = select ?? (this.shown.value || this.remembered());
      try {
        this.kept = await this.book.list();
      } catch {
        this.kept = [];
      }
      if (this.place.state() === "locked" && this.place.keepsColleagues()) this.say(this.text.colleague_error_locked);
      this.offer(chosen);
      this.listKept();
      this.show();
    }

    /** @param {string} chosen Offer the colleagues kept to choose from: `chosen` stays chosen where still kept, else nobody. */
    offer(chosen) {
      // The first option (nobody's answers) stays.
      this.shown.replaceChildren(...[...this.shown.options].slice(0, 1), ...this.kept.map(({ id, name }) => new Option(name, id)));
      this.shown.value = this.kept.some(({ id }) => id === chosen) ? chosen : "";
      this.choice.hidden = !this.kept.length;
    }

    /** List the colleagues kept (where the panel has the list), or say there are none. */
    listKept() {
      const list = this.element.querySelector("[data-sfg-colleague-list]");
      const template = this.element.querySelector("template[data-sfg-colleague-template]");
      if (!list || !(template instanceof HTMLTemplateElement)) return;
      list.replaceChildren(...this.kept.map((colleague) => this.item(template, colleague)));
      const none = this.element.querySelector("[data-sfg-colleague-none]");
      if (none instanceof HTMLElement) none.hidden = !!this.kept.length;
    }

    /**
     * A colleague's item of the list: name, what is kept, their plan, remove.
     * @param {HTMLTemplateElement} template
     * @param {Colleague} colleague
     */
    item(template, { id, name, role, file, opened, forms }) {
      const t = this.text;
      const item = /** @type {HTMLElement} */ (template.content.firstElementChild?.cloneNode(true));
      find(item, "[data-sfg-colleague-name]", HTMLElement).textContent = role ? `${name}, ${role}` : name;
      const lang = this.settings.config.lang;
      const date = new Date(opened);
      const count = (/** @type {string} */ form) =>
        Object.entries(forms[form] || {}).filter(([key, item]) => item.answer && !sfg.past.isOwn(this.names, key)).length;
      find(item, "[data-sfg-colleague-holds]", HTMLElement).textContent = fill(t.colleague_holds, {
        journal: count("journal"),
        plan: count("plan"),
        file,
        date: isNaN(date.getTime()) ? "" : date.toLocaleDateString(lang, { day: "numeric", month: "long", year: "numeric" }),
      });
      const link = find(item, "a[data-sfg-colleague-plan]", HTMLAnchorElement);
      link.href = this.names.colleagueAddress(this.element.dataset.sfgPlanPage || "plan.html", id).href;
      link.textContent = fill(t.colleague_plan_link, { name });
      const remove = find(item, "[data-sfg-colleague-remove]", HTMLElement);
      remove.textContent = fill(t.colleague_remove_button, { name });
      remove.dataset.sfgColleague = id;
      return item;
    }

    /** @param {File} file Open a colleague's answers from their file: read whole here, kept by components/colleague-file. */
    async open(file) {
      const t = this.text;
      const { names } = this;
      let read;
      try {
        if (file.size > files.LIMITS.bytes) throw new files.ImportProblem("load_error_size", { limit: files.LIMITS.size });
        // A locked copy: where no part of the page asks for its passphrase, it cannot be opened.
        const content = await files.unseal(await file.text(), () => this.request("sfg:passphrase", {}, () => null));
        if (content === null) throw new files.ImportProblem("colleague_error_locked_file");
        read = sfg.reading.read(content, names, names.rules.namespace, this.settings.config.lang);
      } catch (error) {
        return this.say(fill(t.load_failed, { file: file.name }) + " " + files.reason(error, t));
      }
      const kept = await this.request("sfg:colleague-file", { read, file: file.name }, () => null);
      if (!kept) return;
      if (kept.id) await this.refresh(kept.id);
      this.say(kept.message);
    }

    /** @param {string} id Remove a colleague, after asking. */
    async remove(id) {
      const t = this.text;
      const colleague = this.kept.find((kept) => kept.id === id);
      if (!colleague) return;
      const { name } = colleague;
      if (!(await this.ask({ heading: fill(t.colleague_remove_heading, { name }), text: t.colleague_remove_text, confirm: t.colleague_remove_confirm })))
        return;
      try {
        this.book.remove(id);
        if (this.remembered() === id) this.remember("");
        this.say(fill(t.colleague_removed, { name }));
      } catch (error) {
        this.say(error instanceof sfg.StorageProblem ? t[error.word] : String(error));
      }
      await this.refresh();
      this.element.querySelector("h2")?.focus();
    }

    /**
     * Show the chosen colleague's answers under the guide's questions, and their positions on
     * the framework: those of the plan filled in for them win over those of their file.
     */
    async show() {
      const colleague = this.kept.find(({ id }) => id === this.shown.value);
      const cells = all(document, "td[data-sfg-direction]");
      // The plan being filled in for them, where there are positions to mark; read first, then
      // the page changes only if no later show() (another choice) has started meanwhile.
      const showing = ++this.showing;
      const agreed = colleague && cells.length ? await new sfg.Store(this.names, "plan", this.place, colleague.id).look() : null;
      if (showing !== this.showing) return;
      this.answers(colleague);
      this.emit("sfg:colleague", { colleague: colleague || null }, document);
      for (const mark of all(document, "[data-sfg-colleague-mark]")) mark.remove();
      for (const cell of cells) cell.classList.remove("sfg-colleague-chose");
      if (colleague) this.mark(colleague, agreed, cells);
    }

    /** @param {Colleague | undefined} colleague Their answers under the guide's questions (none: nobody's). */
    answers(colleague) {
      const name = colleague?.name || "";
      for (const slot of all(document, "[data-sfg-colleague-answer]")) {
        const key = slot.dataset.sfgColleagueAnswer || "";
        const answer = journalAnswer(colleague, key);
        slot.hidden = !answer;
        find(slot, "[data-sfg-colleague-answer-name]", HTMLElement).textContent = answer ? fill(this.text.colleague_answer, { name }) : "";
        find(slot, "[data-sfg-colleague-answer-text]", HTMLElement).textContent =
          /** @type {string | undefined} */ (sfg.own(this.names.describe("journal", key)?.choices, answer)) ?? answer;
      }
    }

    /**
     * Mark the positions `colleague` chose, now and in two years, in the framework's `cells`.
     * @param {Colleague} colleague
     * @param {AnswerRecord | null} agreed The plan filled in for them, if any: it wins over their file.
     * @param {HTMLElement[]} cells
     */
    mark(colleague, agreed, cells) {
      const t = this.text;
      const { name } = colleague;
      for (const { key, direction, when } of this.settings.config.positions) {
        const position = (agreed && Object.hasOwn(agreed.answers, key) ? agreed.answers[key] : colleague.forms.plan?.[key]?.answer) || "";
        const cell = cells.find((td) => td.dataset.sfgDirection === direction && td.dataset.sfgPosition === position);
        if (!cell) continue;
        const mark = Object.assign(document.createElement("p"), {
          className: "sfg-colleague-mark",
          textContent: fill(when === "now" ? t.colleague_mark_now : t.colleague_mark_in_two_years, { name }),
        });
        mark.toggleAttribute("data-sfg-colleague-mark", true);
        cell.classList.add("sfg-colleague-chose");
        cell.prepend(mark);
      }
    }
  }

  sfg.components.register(ColleaguesPanel);
}
