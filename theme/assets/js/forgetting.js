// @ts-check
/* Scope for Growth: forgetting everything this browser keeps of the toolkit ("Forget me on this
   computer", in the footer and in the "Your answers" panel; "Clear all my answers"). First what
   is kept, listed for the person to see before it goes (kept(): each form's answers, each
   colleague's, copies set aside); then everywhere(): every key of this toolkit's namespace
   removed from localStorage and sessionStorage (answers, set-aside copies, the lock, the
   choices), the key this page holds dropped, and every other open tab of the site told over a
   BroadcastChannel named after the namespace (Keys.channel), like the idle lock's (vault.js).
   Each of those tabs hears it (elsewhere()), removes its own keys of the namespace too, from
   both storage areas (with "don't keep", each tab has a session storage of its own), drops its
   key and shows nothing. The components that ask and tell the page are components/forget,
   components/privacy and components/transfer. */
"use strict";
var sfg = sfg || {};
{
  const { fill } = sfg;
  const { areas, forgetAll } = sfg.storage;

  /** The words of each form's line in the list of what is kept. */
  /** @type {{[form: string]: ForgetWord}} */
  const FORM_WORDS = { journal: "kept_journal", plan: "kept_plan" };

  /** @type {Map<string, BroadcastChannel>} This page's channel to the site's other tabs, one a namespace. */
  const channels = new Map();

  /**
   * The namespace's channel for forgetting (one object a page: a channel never hears what it
   * posts itself), or null where the browser has none.
   * @param {Keys} keys
   */
  const channel = (keys) => {
    if (!("BroadcastChannel" in window)) return null;
    const name = keys.channel("forget");
    let found = channels.get(name);
    if (!found) channels.set(name, (found = new BroadcastChannel(name)));
    return found;
  };

  /**
   * Remove every key of the namespace from this tab's two storage areas, and drop the key this
   * page holds. Returns what went wrong (a StorageProblem), or undefined.
   * @param {Keys} keys
   * @returns {unknown}
   */
  const here = (keys) => {
    let failure;
    try {
      forgetAll(keys.prefix);
    } catch (error) {
      failure = error;
    }
    sfg.vault.hold(null);
    return failure;
  };

  /**
   * here(), and tell every other open tab of the site to forget too. Returns what went wrong
   * here (a StorageProblem), or undefined.
   * @param {Keys} keys
   */
  const everywhere = (keys) => {
    const failure = here(keys);
    channel(keys)?.postMessage("forget");
    return failure;
  };

  /**
   * When another tab forgets everything: this tab forgets its own too (here()), then `heard`
   * is told what went wrong (undefined: nothing). `on` listens until the part that asks stops
   * (Component.on).
   * @param {Keys} keys
   * @param {(target: EventTarget, type: string, handler: () => void) => void} on
   * @param {(failure: unknown) => void} heard
   */
  const elsewhere = (keys, on, heard) => {
    const tabs = channel(keys);
    if (tabs) on(tabs, "message", () => heard(here(keys)));
  };

  /**
   * The answers kept in `record`, to count: every answer with more than spaces in it, but not
   * a table's order of rows (the table's cells are its answers), nor the plan's own keys
   * (past plans, a review being written: past.js), which answer no question.
   * @param {Names} names
   * @param {AnswerRecord} record
   */
  const answersIn = (names, record) => {
    const keys = Object.keys(record.answers);
    const tables = new Set(keys.map((key) => names.cell(key)?.table));
    return keys.filter((key) => record.answers[key]?.trim() && !tables.has(key) && !sfg.past.isOwn(names, key));
  };

  /**
   * Each key of the namespace kept in this browser, with its values: from one storage area or
   * both. What is out of reach holds nothing to list, nor to remove.
   * @param {Keys} keys
   */
  const values = (keys) => {
    /** @type {Map<string, string[]>} */
    const found = new Map();
    for (const area of [areas.local, areas.session]) {
      try {
        for (const key of area.keys(keys.prefix)) found.set(key, [...(found.get(key) || []), /** @type {string} */ (area.get(key))]);
      } catch {
        // out of reach: nothing there to list, nor to remove
      }
    }
    return found;
  };

  /**
   * What the values kept of one form (`raws`, opened by `store`) hold: how many answers, each
   * counted once (answersIn); whether one is locked (sealed, and this page cannot open it);
   * how many could not be read.
   * @param {Names} names
   * @param {Store} store
   * @param {string[]} raws
   */
  const formKept = async (names, store, raws) => {
    const answered = new Set();
    let locked = false;
    let unreadable = 0;
    for (const raw of raws) {
      const record = await store.open(raw);
      if (record) answersIn(names, record).forEach((key) => answered.add(key));
      else if (sfg.vault.isSealed(raw)) locked = true;
      else unreadable += 1; // set aside when the form next reads it
    }
    return { answered: answered.size, locked, unreadable };
  };

  /**
   * A form's line in the list: in its own words (or its name, where it has none), how many
   * answers it holds, or that it is locked.
   * @param {ForgetWords} t
   * @param {string} form
   * @param {{answered: number, locked: boolean}} held
   */
  const formLine = (t, form, { answered, locked }) => {
    const named = /** @type {ForgetWord | undefined} */ (sfg.own(FORM_WORDS, form));
    const word = named && t[named];
    return fill(word || form, { count: locked ? t.kept_locked || "" : answered });
  };

  /**
   * The lines of the person's own forms (how many answers each holds; locked, when this page
   * cannot open it), and how many values could not be read (set aside when the form reads them).
   * @param {Names} names
   * @param {Map<string, string[]>} kept
   * @param {ForgetWords} t
   */
  const formLines = async (names, kept, t) => {
    const place = new sfg.Place(names, true);
    const lines = [];
    let unreadable = 0;
    for (const form of Object.keys(names.rules.records)) {
      const raws = kept.get(names.keys.record(form)) || [];
      if (!raws.length) continue;
      const held = await formKept(names, new sfg.Store(names, form, place), raws);
      unreadable += held.unreadable;
      lines.push(formLine(t, form, held));
    }
    return { lines, unreadable };
  };

  /**
   * The lines of each colleague kept (by name, told apart by role; whether a plan was filled
   * in for them), and of those this page cannot open (locked: how many).
   * @param {Names} names
   * @param {Map<string, string[]>} kept
   * @param {ForgetWords} t
   */
  const colleagueLines = async (names, kept, t) => {
    const forms = Object.keys(names.rules.records);
    const book = new sfg.ColleagueBook(names, new sfg.Place(names, true), forms);
    /** @type {{name: string, role: string, planned: boolean}[]} */
    const colleagues = [];
    let unnamed = 0;
    for (const [key, raws] of kept) {
      const id = names.keys.colleagueOf(key);
      if (!id) continue;
      const colleague = await book.open(id, raws[0] ?? null);
      const planned = forms.some((form) => kept.has(names.keys.record(form, id)));
      if (!colleague) unnamed += 1;
      else colleagues.push({ name: colleague.name, role: colleague.role, planned });
    }
    colleagues.sort((a, b) => a.name.localeCompare(b.name) || a.role.localeCompare(b.role));
    const lines = colleagues.map(({ name, role, planned }) => {
      // Two colleagues of one name are told apart by their roles.
      const twice = role && colleagues.filter((other) => other.name === name).length > 1;
      return fill((planned ? t.kept_colleague_plan : t.kept_colleague) || "", { name: twice ? `${name} (${role})` : name });
    });
    if (unnamed) lines.push(fill(t.kept_colleagues_unnamed || "", { count: unnamed }));
    return lines;
  };

  /**
   * What this browser keeps under the namespace, in both storage areas, as the lines of a list
   * to show before it goes: each of the person's forms (how many answers), answers set aside,
   * each colleague (by name, and whether a plan was filled in for them). What this page cannot
   * open (locked, and this page holds no key) is listed as locked: forms without a count,
   * colleagues without their names.
   * @param {Names} names
   * @param {ForgetWords} t
   * @returns {Promise<string[]>}
   */
  const kept = async (names, t) => {
    const found = values(names.keys);
    const forms = await formLines(names, found, t);
    const aside = [...found.keys()].filter((key) => names.keys.isSetAside(key)).length + forms.unreadable;
    const lines = [...forms.lines];
    if (aside) lines.push(fill(t.kept_set_aside || "", { count: aside }));
    lines.push(...(await colleagueLines(names, found, t)));
    return lines.length ? lines : [t.kept_nothing || ""];
  };

  sfg.forgetting = { kept, everywhere, elsewhere };
}
