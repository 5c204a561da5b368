// @ts-check
/* Scope for Growth: whose answers these are, the first fields of the journal and the plan
   (the person's name and role, kept in each form's record). It tells the page (sfg:person:
   the print header shows the name); where this form has no name yet and the person's other
   form has one, a form not started yet takes theirs. On a plan filled in for a colleague (plan.html?colleague=…)
   it says whose plan it is (the banner, and the words of the parts marked data-sfg-whose: the
   panel's heading, the download and clear buttons), and a plan not started yet starts from
   the plan in the colleague's own file, with their name, after their edits in the order of
   edits. */
"use strict";
var sfg = sfg || {};
{
  const { fill } = sfg;
  /** The words of the parts that say whose answers these are, on a plan filled in for a colleague. */
  /** @type {{[part: string]: ScriptWord}} */
  const WHOSE = {
    heading: "colleague_tools_heading",
    download: "colleague_download_button",
    load: "colleague_load_button",
    print: "colleague_print_button",
    clear: "colleague_clear_button",
  };

  class Person extends sfg.Component {
    static moduleName = "sfg-person";

    /** @param {HTMLElement} element */
    constructor(element) {
      super(element);
      const { config } = this.settings;
      this.keys = config.names.person;
      this.colleague = sfg.colleagueOnPage(this.names, config.form);
      this.started = false;
      this.listen("sfg:change", ({ record, keys }) => {
        if (!keys || keys.includes(this.keys.name) || keys.includes(this.keys.role)) this.tell(record);
        if (!this.started && !this.root.hasAttribute("data-sfg-locked")) {
          this.started = true;
          (this.colleague ? this.forColleague(record) : this.fromOtherForm(record)).catch(() => {});
        }
      });
      this.listen("sfg:locked", () => (this.started = false));
    }

    /** @param {AnswerRecord} record */
    tell(record) {
      this.emit("sfg:person", { name: (record.answers[this.keys.name] || "").trim(), role: (record.answers[this.keys.role] || "").trim() });
    }

    /** @param {AnswerRecord} record A form not started yet takes the name given in the person's other form. */
    async fromOtherForm(record) {
      if (Object.values(record.answers).some(Boolean)) return;
      for (const form of this.settings.config.forms) {
        if (form === record.form) continue;
        const other = await new sfg.Store(this.names, form, this.place).look();
        const person = sfg.files.whose(this.names, [other]);
        if (person.name) return this.emit("sfg:put", { answers: { [this.keys.name]: person.name, [this.keys.role]: person.role } });
      }
    }

    /**
     * The plan filled in for a colleague: say whose; start it from theirs. Its edits come
     * after every edit of the colleague's own plan (Lamport: its clock starts at least at their
     * file's), and their answers keep their stamps, so that when the colleague loads it back,
     * what the manager changed is the newer edit, and what they did not change is the same.
     * @param {AnswerRecord} record
     */
    async forColleague(record) {
      const book = new sfg.ColleagueBook(this.names, this.place, this.settings.config.forms);
      const colleague = await book.get(this.colleague);
      const banner = this.root.querySelector("[data-sfg-colleague-banner]");
      if (!colleague || !(banner instanceof HTMLElement)) return;
      this.sayWhose(banner, colleague.name);
      const clock = colleague.clocks[record.form] || 0;
      // Started from an earlier file of theirs: what is typed from now on still comes after.
      if (Object.values(record.answers).some(Boolean)) {
        if (record.clock < clock) this.emit("sfg:clock", { clock });
        return;
      }
      await this.startFrom(colleague, record, clock);
    }

    /**
     * Say whose plan this is: in the banner (shown), and in the words of the parts marked
     * data-sfg-whose.
     * @param {HTMLElement} banner
     * @param {string} name The colleague's.
     */
    sayWhose(banner, name) {
      sfg.parts.find(banner, "[data-sfg-colleague-for]", HTMLElement).textContent = fill(this.text.colleague_plan_for, { name });
      banner.hidden = false;
      for (const part of sfg.parts.all(this.root, "[data-sfg-whose]")) {
        const word = /** @type {ScriptWord | undefined} */ (sfg.own(WHOSE, part.dataset.sfgWhose || ""));
        if (word) part.textContent = fill(this.text[word], { name });
      }
    }

    /**
     * Start the plan not started yet (`record`) from the colleague's own, after their edits
     * (`clock`: their file's), with the name and role kept for them where their plan has none;
     * save it and show it (sfg:replace).
     * @param {Colleague} colleague
     * @param {AnswerRecord} record
     * @param {number} clock
     */
    async startFrom(colleague, record, clock) {
      const store = new sfg.Store(this.names, record.form, this.place, this.colleague);
      const theirs = colleague.forms[record.form] || {};
      const start = sfg.taking.take(this.names, { ...store.empty(), clock: record.clock }, theirs, Object.keys(theirs), clock);
      if (!start.answers[this.keys.name]) sfg.records.edit(start, this.keys.name, colleague.name, "", "");
      if (colleague.role && !start.answers[this.keys.role]) sfg.records.edit(start, this.keys.role, colleague.role, "", "");
      start.saved = new Date().toISOString();
      await store.save(start);
      this.emit("sfg:replace", { record: start });
    }
  }

  sfg.components.register(Person);
}
