/* Scope for Growth: answers kept in this browser (localStorage), one record a form.
   A record lives under "<namespace>/<form>" and holds, for each answer id, its text, when it
   changed (to merge two tabs) and the question it answered (for answers to removed questions):
   {format, version, form, saved, answers: {id: text}, updated: {id: ms}, questions: {id: text}}
   Every storage call is wrapped: a failure becomes a StorageProblem, "full" or "unavailable". */
(() => {
  "use strict";
  const sfg = (window.sfg = window.sfg || { setups: [] });
  const FORMAT = "scope-for-growth";
  const VERSION = 2;
  // An answer id: "field", "table" (its order of rows) or "table/row/column".
  const KEY = /^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*){0,2}$/;

  const dict = () => Object.create(null);
  const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
  const isText = (v) => typeof v === "string";
  // o[k] when o is an object that has k itself (not from its prototype), else undefined.
  const get = (o, k) => (isObject(o) && Object.hasOwn(o, k) ? o[k] : undefined);
  // "Saved at {time}" with vars {time: "10:42"}: "Saved at 10:42".
  const fill = (text, vars) => text.replace(/\{(\w+)\}/g, (m, k) => String(get(vars, k) ?? m));

  class StorageProblem extends Error {
    constructor(cause) {
      super(String(cause?.message || cause));
      this.name = "StorageProblem";
      this.kind = cause?.name === "QuotaExceededError" || cause?.code === 22 ? "full" : "unavailable";
    }
  }

  const use = (action) => {
    try {
      return action(window.localStorage);
    } catch (e) {
      throw new StorageProblem(e);
    }
  };
  const storage = {
    get: (key) => use((s) => s.getItem(key)),
    set: (key, value) => use((s) => s.setItem(key, value)),
    remove: (key) => use((s) => s.removeItem(key)),
    keys: (prefix) => use((s) => Object.keys(s).filter((k) => k.startsWith(prefix))),
  };

  const record = (form) => ({ format: FORMAT, version: VERSION, form, saved: null, answers: dict(), updated: dict(), questions: dict() });

  // Older records turn into the next version, one step at a time.
  const MIGRATIONS = {
    // Version 1 kept the answers only: no times, no questions.
    1: (data) => ({ ...data, format: FORMAT, version: 2, updated: {}, questions: {} }),
  };

  // Copy only what looks like ours: a damaged or hostile record cannot smuggle anything in.
  const copy = (from, test) => {
    const to = dict();
    if (isObject(from)) for (const k of Object.keys(from)) if (KEY.test(k) && test(from[k])) to[k] = from[k];
    return to;
  };

  // The record in `raw` (from storage: null when there is none), migrated to this version;
  // null when it is not JSON or not ours.
  const parse = (raw, form) => {
    if (raw === null) return record(form);
    let data;
    try {
      data = JSON.parse(raw);
    } catch (e) {
      return null;
    }
    let migrate;
    while (isObject(data) && (data.format || FORMAT) === FORMAT && typeof data.version === "number" && (migrate = get(MIGRATIONS, data.version))) data = migrate(data);
    if (!isObject(data) || data.format !== FORMAT || data.version !== VERSION || !isObject(data.answers)) return null;
    return {
      ...record(form),
      saved: isText(data.saved) ? data.saved : null,
      answers: copy(data.answers, isText),
      updated: copy(data.updated, Number.isFinite),
      questions: copy(data.questions, isText),
    };
  };

  sfg.store = { storage, StorageProblem, record, parse, dict, get, fill, isObject, KEY };
})();
