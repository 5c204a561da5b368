// @ts-check
/* Scope for Growth: what loading a file of answers (files.js reads it) into a form's record
   would change, answer by answer, and the record with the answers chosen taken in. Which of
   two answers is newer is decided by the order of edits (records.js), never by a computer's
   clock. Pure: records in, records out (unit tests: taking.test.mjs). */
"use strict";
var sfg = sfg || {};
{
  const { dict, newer, edit } = sfg.records;

  /**
   * What loading `given` (one form of a file) into `record` would do, answer by answer:
   * - added: the file has an answer where the record has none (an answer emptied here after
   *   the file's was made, by the order of edits, is a difference instead);
   * - same: the two hold the same text;
   * - differ: both hold an answer, and they differ; `newer` says which was changed more
   *   recently by the order of edits: "file" or "mine", or "" when the file does not say
   *   (versions 1 and 2), and then the person's own stays unless they choose the file's;
   * - past: the plan's own keys (past plans and a review being written, past.js), which answer
   *   no question and are not asked about: the file's is taken where it is the newer edit, or
   *   where the record has none (a past plan removed here stays removed).
   * @param {AnswerRecord} record
   * @param {FileForm} given
   * @param {Names} [names] Without them, every key is an answer's.
   */
  const compare = (record, given, names) => {
    const own = (/** @type {string} */ key) => !!names && sfg.past.isOwn(names, key);
    const past = Object.entries(given)
      .filter(
        ([key, { answer, edit: stamp }]) =>
          own(key) && (record.answers[key] ?? "") !== answer && (stamp ? newer(stamp, record.edits[key]) : !record.edits[key]),
      )
      .map(([key]) => key);
    /** @type {string[]} */
    const added = [];
    /** @type {string[]} */
    const same = [];
    /** @type {{key: string, newer: "mine" | "file" | ""}[]} */
    const differ = [];
    for (const [key, { answer, edit: stamp }] of Object.entries(given)) {
      const mine = record.answers[key] ?? "";
      if (own(key)) continue;
      if (mine === answer) same.push(key);
      else if (!mine.trim() && !(stamp && newer(record.edits[key], stamp))) added.push(key);
      else differ.push({ key, newer: !stamp ? "" : newer(stamp, record.edits[key]) ? "file" : "mine" });
    }
    return { added, same, differ, past };
  };

  /**
   * Show each row that answers were taken into (`rows`: table → rows): its table's order,
   * where `record` has one, gains the rows it does not show yet, at the end.
   * @param {AnswerRecord} record
   * @param {Map<string, string[]>} rows
   */
  const showRows = (record, rows) => {
    for (const [table, taken] of rows) {
      const order = record.answers[table];
      if (order === undefined) continue; // the table's first rows, as the page serves them
      const shown = order.split(/\s+/).filter(Boolean);
      const missing = [...new Set(taken)].filter((row) => !shown.includes(row));
      if (missing.length) edit(record, table, [...shown, ...missing].join(" "), "", "");
    }
  };

  /**
   * `record` with the answers `keys` of `given` taken in (a new record; `record` is left as
   * it is). Its clock is at least the file's (`clock`, Lamport), so that every edit made
   * after loading comes after every edit in the file. An answer taken that is the newer edit
   * keeps the file's stamp; one that is not (the older of the two, chosen by the person, or
   * an answer without a stamp) is a new edit, made now. A row with answers taken into it is
   * shown: its table's order, where the record has one, gains the row at the end.
   * @param {Names} names
   * @param {AnswerRecord} record
   * @param {FileForm} given
   * @param {string[]} keys
   * @param {number} clock
   * @returns {AnswerRecord}
   */
  const take = (names, record, given, keys, clock) => {
    const copy = (/** @type {{[key: string]: any}} */ part) => Object.assign(dict(), part);
    const result = {
      ...record,
      answers: copy(record.answers),
      edits: copy(record.edits),
      questions: copy(record.questions),
      clock: Math.max(record.clock, clock),
    };
    /** @type {Map<string, string[]>} */
    const rows = new Map();
    for (const key of keys) {
      const taken = given[key];
      if (!taken) continue; // `keys` are among `given`'s (compare)
      const { question, answer, edit: stamp } = taken;
      if (stamp && newer(stamp, result.edits[key])) {
        result.answers[key] = answer;
        result.edits[key] = stamp;
        result.questions[key] = question || result.questions[key] || "";
        result.clock = Math.max(result.clock, stamp[0]);
      } else edit(result, key, answer, "", question);
      const cell = names.cell(key);
      if (cell && answer.trim()) rows.set(cell.table, [...(rows.get(cell.table) || []), cell.row]);
    }
    showRows(result, rows);
    return result;
  };

  sfg.taking = { compare, take };
}
