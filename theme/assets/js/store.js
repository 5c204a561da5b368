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
  const get = (o, k) => (isObject(o) && Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined);
  const fill = (text, vars) => text.replace(/\{(\w+)\}/g, (m, k) => String(get(vars, k) ?? m));

  class StorageProblem extends Error {
    constructor(cause) {
      super(String((cause && cause.message) || cause));
      this.name = "StorageProblem";
      this.kind = cause && (cause.name === "QuotaExceededError" || cause.code === 22) ? "full" : "unavailable";
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
    keys: (prefix) =>
      use((s) => {
        const keys = [];
        for (let i = 0; i < s.length; i++) if ((s.key(i) || "").startsWith(prefix)) keys.push(s.key(i));
        return keys;
      }),
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
  const isText = (v) => typeof v === "string";

  // The record in `raw`, migrated to this version; null when it is not JSON or not ours.
  const parse = (raw, form) => {
    let data;
    try {
      data = JSON.parse(raw);
    } catch (e) {
      return null;
    }
    while (isObject(data) && typeof data.version === "number" && get(MIGRATIONS, data.version) && (data.format || FORMAT) === FORMAT) {
      data = MIGRATIONS[data.version](data);
    }
    if (!isObject(data) || data.format !== FORMAT || data.version !== VERSION || !isObject(data.answers)) return null;
    const result = record(form);
    result.saved = isText(data.saved) ? data.saved : null;
    result.answers = copy(data.answers, isText);
    result.updated = copy(data.updated, Number.isFinite);
    result.questions = copy(data.questions, isText);
    return result;
  };

  sfg.store = { storage, StorageProblem, record, parse, dict, get, fill, isObject, KEY };
})();
