// @ts-check
/* Scope for Growth: "Forget me on this computer", on every page (the footer). It lists what is
   kept (kept(): each form's answers, each colleague's, copies set aside) and asks; then it
   removes every key of this toolkit's namespace from localStorage and sessionStorage (answers,
   set-aside copies, the lock, the choices), drops the key this page holds, and tells the other
   parts of the page (sfg:forgotten, on the document). "Clear all my answers" (transfer.js)
   lists the same before it asks.
   Pages without a form have no form configuration: this one carries its own in
   data-sfg-privacy (the naming rules from generator/naming.py, its words), made by
   generator/render/privacy.py. */
"use strict";
var sfg = sfg || {};
{
  const { fill } = sfg;

  /** The words of each form's line in the list of what is kept. */
  const FORM_WORDS = { journal: "kept_journal", plan: "kept_plan" };

  /**
   * The answers kept in `record`, to count: every answer with more than spaces in it, but not
   * a table's order of rows (the table's cells are its answers).
   * @param {Names} names @param {AnswerRecord} record
   */
  const answersIn = (names, record) => {
    const keys = Object.keys(record.answers);
    const tables = new Set(keys.map((key) => names.cell(key)?.table));
    return keys.filter((key) => record.answers[key].trim() && !tables.has(key));
  };

  /**
   * What this browser keeps under the namespace, in both storage areas, as the lines of a list
   * to show before it goes: each of the person's forms (how many answers), answers set aside,
   * each colleague (by name, and whether a plan was filled in for them). What this page cannot
   * open (locked, and this page holds no key) is listed as locked: forms without a count,
   * colleagues without their names.
   * @param {Names} names @param {{[word: string]: string}} t
   * @returns {Promise<string[]>}
   */
  const kept = async (names, t) => {
    const forms = Object.keys(names.rules.records);
    /** @type {Map<string, string[]>} Each key's values, from one storage area or both. */
    const values = new Map();
    for (const area of [sfg.storage, sfg.session]) {
      try {
        for (const key of area.keys(names.prefix)) values.set(key, [...(values.get(key) || []), /** @type {string} */ (area.get(key))]);
      } catch {
        // out of reach: nothing there to list, nor to remove
      }
    }
    const place = new sfg.Place(names, true);
    const lines = [];
    let aside = [...values.keys()].filter((key) => names.isSetAside(key)).length;
    for (const form of forms) {
      const raws = values.get(names.record(form)) || [];
      if (!raws.length) continue;
      const store = new sfg.Store(names, form, place);
      const answered = new Set();
      let locked = false;
      for (const raw of raws) {
        const record = await store.open(raw);
        if (record) answersIn(names, record).forEach((key) => answered.add(key));
        else if (sfg.vault.isSealed(raw)) locked = true;
        else aside += 1; // unreadable: set aside when the form next reads it
      }
      lines.push(fill(t[FORM_WORDS[/** @type {keyof FORM_WORDS} */ (form)]] || form, { count: locked ? t.kept_locked : answered.size }));
    }
    if (aside) lines.push(fill(t.kept_set_aside, { count: aside }));
    const book = new sfg.Colleagues(names, place, forms);
    /** @type {{name: string, role: string, planned: boolean}[]} */
    const colleagues = [];
    let unnamed = 0;
    for (const [key, raws] of values) {
      const id = names.colleagueOf(key);
      if (!id) continue;
      const colleague = await book.open(id, raws[0]);
      if (!colleague) unnamed += 1;
      else colleagues.push({ name: colleague.name, role: colleague.role, planned: forms.some((form) => values.has(names.record(form, id))) });
    }
    colleagues.sort((a, b) => a.name.localeCompare(b.name) || a.role.localeCompare(b.role));
    for (const { name, role, planned } of colleagues) {
      // Two colleagues of one name are told apart by their roles.
      const twice = role && colleagues.filter((other) => other.name === name).length > 1;
      lines.push(fill(planned ? t.kept_colleague_plan : t.kept_colleague, { name: twice ? `${name} (${role})` : name }));
    }
    if (unnamed) lines.push(fill(t.kept_colleagues_unnamed, { count: unnamed }));
    return lines.length ? lines : [t.kept_nothing];
  };

  /**
   * List what is kept and ask, then forget everything under the namespace.
   * Returns the words that say what happened, or "" when the person changed their mind.
   * @param {InstanceType<typeof sfg.Component>} component Asks, and tells the page.
   * @param {Names} names
   * @param {{[word: string]: string}} t
   */
  const forgetMe = async (component, names, t) => {
    const items = await kept(names, t);
    if (!(await component.ask({ heading: t.forget_heading, text: t.forget_text, items, confirm: t.forget_confirm }))) return "";
    let done = t.forget_done;
    try {
      sfg.forgetAll(names.prefix);
    } catch {
      done = t.forget_failed;
    }
    sfg.vault.hold(null);
    component.emit("sfg:forgotten", null);
    return done;
  };

  class Forget extends sfg.Component {
    static moduleName = "sfg-forget";
    static inForm = false;

    /** @param {HTMLElement} element */
    constructor(element) {
      super(element);
      /** @type {{names: NamingRules, forms: string[], text: {[word: string]: string}}} */
      const config = JSON.parse(element.dataset.sfgPrivacy || "");
      const names = new sfg.Names(/** @type {Config} */ ({ names: config.names, forms: config.forms, answers: {} }));
      const status = sfg.parts.find(element, "[data-sfg-forget-status]", HTMLElement);
      this.onClick("[data-sfg-forget]", async () => {
        const done = await forgetMe(this, names, config.text);
        if (done) status.textContent = done;
      });
      element.hidden = false;
    }
  }

  sfg.kept = kept;
  sfg.forgetMe = forgetMe;
  sfg.Forget = Forget;
}
