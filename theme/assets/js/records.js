// @ts-check
/* Scope for Growth: a form's record as data, one a form:
   {format, version, form, saved, clock, answers: {key: text}, edits: {key: [edit, tab]},
    questions: {key: text}}.
   Which of two copies of an answer is newer (two tabs; what is stored against what a page has
   not saved yet) is decided by the order of edits, never by the computer's clock, which can go
   back: every edit gets the next number of the record's counter (`clock`: one more than the
   highest the page has seen, Lamport-style) and the tab's id, which settles a tie between two
   tabs editing at once. `saved` is only ever shown ("Saved at 10:42"). The question of each
   answer is kept too, for answers to questions since removed.
   Records of older versions are migrated; what is read is copied, never trusted: only answer
   keys, only values of the right kind. Pure: nothing here touches storage or the page (unit
   tests: records.test.mjs); store.js keeps records, place.js moves them. */
"use strict";
var sfg = sfg || {};
{
  const { own } = sfg;
  const FORMAT = "scope-for-growth";
  const VERSION = 3;
  /** @type {(keyof AnswerRecord & ("answers" | "edits" | "questions"))[]} What a record holds for each answer. */
  const PARTS = ["answers", "edits", "questions"];

  /** @returns {{[key: string]: any}} An object without a prototype: any key is just a key. */
  const dict = () => Object.create(null);
  /**
   * @param {unknown} value
   * @returns {value is {[key: string]: unknown}}
   */
  const isObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
  /**
   * @param {unknown} value
   * @returns {value is string}
   */
  const isText = (value) => typeof value === "string";
  /**
   * @param {unknown} value
   * @returns {value is number}
   */
  const isTime = (value) => Number.isFinite(value);
  /**
   * @param {unknown} value
   * @returns {value is Stamp}
   */
  const isStamp = (value) => Array.isArray(value) && value.length === 2 && Number.isSafeInteger(value[0]) && value[0] >= 0 && isText(value[1]);

  /**
   * True when edit `a` came after edit `b` (no edit at all comes before every edit).
   * @param {Stamp | undefined} a
   * @param {Stamp | undefined} b
   */
  const newer = (a, b) => !!a && (!b || a[0] > b[0] || (a[0] === b[0] && a[1] > b[1]));

  /**
   * A record of `form` without an answer.
   * @param {string} form
   * @returns {AnswerRecord}
   */
  const empty = (form) => ({ format: FORMAT, version: VERSION, form, saved: null, clock: 0, answers: dict(), edits: dict(), questions: dict() });

  /**
   * Records of older versions, each turned into the next version.
   * @type {{[version: number]: (data: any) => any}}
   */
  const MIGRATIONS = {
    // Version 1 kept the answers only.
    1: (data) => ({ ...data, format: FORMAT, version: 2, updated: {}, questions: {} }),
    // Version 2 ordered edits by the computer's clock (`updated`: milliseconds). Their order
    // becomes edit numbers: the earliest 1, the next 2…; an answer without a time comes first.
    2: ({ updated, ...data }) => {
      const times = isObject(updated) ? updated : {};
      const order = [...new Set(Object.values(times).filter(isTime))].sort((a, b) => a - b);
      const rank = new Map(order.map((time, i) => [time, i + 1]));
      const edits = dict();
      const answers = isObject(data.answers) ? Object.keys(data.answers) : [];
      for (const key of answers) edits[key] = [rank.get(/** @type {number} */ (own(times, key))) ?? 0, ""];
      return { ...data, version: 3, clock: order.length, edits };
    },
  };

  /**
   * `data` turned into the current version, step by step; as it is when it is no record of
   * ours, or of a version without a migration.
   * @param {unknown} data
   */
  const migrate = (data) => {
    /** @type {((data: any) => any) | undefined} */
    let step;
    const ours = () => isObject(data) && (data.format ?? FORMAT) === FORMAT && typeof data.version === "number";
    while (ours() && (step = /** @type {any} */ (own(MIGRATIONS, String(/** @type {any} */ (data).version))))) data = step(data);
    return data;
  };

  /**
   * Copy what looks like ours, and only that: a damaged or hostile record cannot smuggle in
   * anything but answer keys with values of the right kind.
   * @param {unknown} from
   * @param {(value: unknown) => boolean} test
   * @param {(key: string) => boolean} isKey True for an answer key (Names.isKey).
   */
  const copy = (from, test, isKey) => {
    const to = dict();
    if (isObject(from)) for (const key of Object.keys(from)) if (isKey(key) && test(from[key])) to[key] = from[key];
    return to;
  };

  /**
   * The record of `form` in `raw` as stored (null: none is kept, an empty record), migrated to
   * this version; null when it is not JSON, not ours or from a newer version.
   * @param {string | null} raw
   * @param {string} form
   * @param {(key: string) => boolean} isKey True for an answer key (Names.isKey).
   * @returns {AnswerRecord | null}
   */
  const parse = (raw, form, isKey) => {
    if (raw === null) return empty(form);
    let data;
    try {
      data = migrate(JSON.parse(raw));
    } catch {
      return null;
    }
    if (!isObject(data) || data.format !== FORMAT || data.version !== VERSION || !isObject(data.answers)) return null;
    const record = empty(form);
    record.saved = isText(data.saved) ? data.saved : null;
    record.answers = copy(data.answers, isText, isKey);
    record.edits = copy(data.edits, isStamp, isKey);
    record.questions = copy(data.questions, isText, isKey);
    const edits = Object.values(record.edits).map((stamp) => stamp[0]);
    record.clock = Math.max(Number.isSafeInteger(data.clock) ? Number(data.clock) : 0, ...edits);
    return record;
  };

  /**
   * Give `record` the answer `value` for `key`, as its newest edit, made by `tab`.
   * @param {AnswerRecord} record
   * @param {string} key
   * @param {string} value
   * @param {string} tab
   * @param {string} question The question it answers, if the content still has it.
   */
  const edit = (record, key, value, tab, question) => {
    record.clock += 1;
    record.answers[key] = value;
    record.edits[key] = [record.clock, tab];
    record.questions[key] = question || record.questions[key] || "";
  };

  /**
   * @param {AnswerRecord} record
   * @param {string} key Everything the record holds of this answer goes.
   */
  const forget = (record, key) => {
    for (const part of PARTS) delete record[part][key];
  };

  /**
   * Take `stored` (what other tabs saved) as this page's answers, but keep each answer of
   * `mine` changed here and not saved yet (`unsaved`) unless the stored one is a newer edit;
   * those keys leave `unsaved`. Returns the merged record (`stored`, changed) and the keys
   * whose text differs from `mine`.
   * @param {AnswerRecord} mine
   * @param {AnswerRecord} stored
   * @param {Set<string>} unsaved
   * @returns {{record: AnswerRecord, changed: string[]}}
   */
  const merge = (mine, stored, unsaved) => {
    for (const key of unsaved) {
      if (newer(stored.edits[key], mine.edits[key])) unsaved.delete(key);
      else
        for (const part of PARTS) {
          const value = mine[part][key];
          if (value === undefined)
            delete stored[part][key]; // forgotten here (forget)
          else stored[part][key] = value;
        }
    }
    stored.clock = Math.max(stored.clock, mine.clock);
    const keys = new Set([...Object.keys(mine.answers), ...Object.keys(stored.answers)]);
    return { record: stored, changed: [...keys].filter((key) => mine.answers[key] !== stored.answers[key]) };
  };

  /**
   * Two stored values of one record (`value`, to be put where `there` is) as one: each answer
   * the newer edit of the two; null when either is not a plain record of ours (sealed,
   * unreadable, not a record) or they are records of two forms.
   * @param {string} value
   * @param {string} there
   * @param {(key: string) => boolean} isKey True for an answer key (Names.isKey).
   * @returns {string | null}
   */
  const mergeRaw = (value, there, isKey) => {
    const [mine, theirs] = [value, there].map((raw) => {
      try {
        const form = JSON.parse(raw)?.form;
        return typeof form === "string" ? parse(raw, form, isKey) : null;
      } catch {
        return null;
      }
    });
    if (!mine || !theirs || mine.form !== theirs.form) return null;
    const { record } = merge(mine, theirs, new Set(Object.keys(mine.answers)));
    record.saved = [mine.saved, theirs.saved].filter(isText).sort().pop() ?? null;
    return JSON.stringify(record);
  };

  sfg.records = { FORMAT, VERSION, dict, isObject, isText, isStamp, newer, empty, parse, edit, forget, merge, mergeRaw };
}
