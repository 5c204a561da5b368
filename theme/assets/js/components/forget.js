// @ts-check
/* Scope for Growth: "Forget me on this computer", on every page (the footer). It lists what is
   kept (kept(): each form's answers, each colleague's, copies set aside) and asks; then it
   removes every key of this toolkit's namespace from localStorage and sessionStorage (answers,
   set-aside copies, the lock, the choices), drops the key this page holds, and tells the other
   parts of the page (sfg:forgotten, on the document) and every other open tab of the site: a
   BroadcastChannel named after the namespace's prefix, like the idle lock's (vault.js). Each
   of those tabs removes its own keys of the namespace too, from both storage areas (with
   "don't keep", each tab has a session storage of its own), drops its key and shows nothing.
   "Clear all my answers" (transfer.js) forgets the same way.
   Pages without a form have no form configuration: this one carries its own in
   data-sfg-privacy (the naming rules from generator/naming.py, its words), made by
   generator/render/privacy.py. */
"use strict";
var sfg = sfg || {};
{
  const { fill } = sfg;
  const { FORM, all } = sfg.parts;

  /** The words of each form's line in the list of what is kept. */
  const FORM_WORDS = { journal: "kept_journal", plan: "kept_plan" };

  /** @type {Map<string, BroadcastChannel>} This page's channel to the site's other tabs, one a namespace. */
  const channels = new Map();

  /**
   * The channel of the namespace whose keys start with `prefix` (one object a page: a channel
   * never hears what it posts itself), or null where the browser has none.
   * @param {string} prefix
   */
  const channel = (prefix) => {
    if (!("BroadcastChannel" in window)) return null;
    let found = channels.get(prefix);
    if (!found) channels.set(prefix, (found = new BroadcastChannel(prefix + "forget")));
    return found;
  };

  /**
   * Remove every key that starts with `prefix` from this tab's two storage areas, and drop the
   * key this page holds. Returns what went wrong (a StorageProblem), or undefined.
   * @param {string} prefix
   * @returns {unknown}
   */
  const forgetHere = (prefix) => {
    let failure;
    try {
      sfg.forgetAll(prefix);
    } catch (error) {
      failure = error;
    }
    sfg.vault.hold(null);
    return failure;
  };

  /**
   * forgetHere(), and tell every other open tab of the site to forget too.
   * @param {string} prefix
   */
  const forgetEverywhere = (prefix) => {
    const failure = forgetHere(prefix);
    channel(prefix)?.postMessage("forget");
    return failure;
  };

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
   * List what is kept and ask, then forget everything under the namespace, in every tab.
   * Returns the words that say what happened, or "" when the person changed their mind.
   * @param {InstanceType<typeof sfg.Component>} component Asks, and tells the page.
   * @param {Names} names
   * @param {{[word: string]: string}} t
   */
  const forgetMe = async (component, names, t) => {
    const items = await kept(names, t);
    if (!(await component.ask({ heading: t.forget_heading, text: t.forget_text, items, confirm: t.forget_confirm }))) return "";
    const failure = forgetEverywhere(names.prefix);
    component.emit("sfg:forgotten", null);
    return failure ? t.forget_failed : t.forget_done;
  };

  class Forget extends sfg.Component {
    static moduleName = "sfg-forget";
    static inForm = false;

    /** @param {HTMLElement} element */
    constructor(element) {
      super(element);
      /** @type {ForgetConfig} */
      const config = JSON.parse(element.dataset.sfgPrivacy || "");
      const names = new sfg.Names(/** @type {Config} */ ({ names: config.names, forms: config.forms, answers: {} }));
      const t = config.text;
      const status = sfg.parts.find(element, "[data-sfg-forget-status]", HTMLElement);
      this.onClick("[data-sfg-forget]", async () => {
        const done = await forgetMe(this, names, t);
        if (done) status.textContent = done;
      });
      // Forgotten in another tab: this one forgets its own too, and shows nothing.
      const tabs = channel(names.prefix);
      if (tabs) {
        this.on(tabs, "message", () => {
          const failure = forgetHere(names.prefix);
          const done = failure ? t.forget_failed : t.forget_done_elsewhere;
          this.emit("sfg:forgotten", null);
          status.textContent = done;
          for (const form of all(document, FORM)) this.emit("sfg:status", { message: done, problem: !!failure }, form);
        });
      }
      element.hidden = false;
    }
  }

  sfg.kept = kept;
  sfg.forgetEverywhere = forgetEverywhere;
  sfg.forgetMe = forgetMe;
  sfg.Forget = Forget;
}
