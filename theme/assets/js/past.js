// @ts-check
/* Scope for Growth: the plans reviewed, kept read only as the person's history. Each is JSON
   text in a cell of the plan's record, under a key no content can take (generator/naming.py
   PAST: "sfg-past/<row>/plan"), so that the lock seals it, other tabs follow it, a downloaded
   file carries it and loading a file adds it, like any answer; a past plan removed is that
   cell's answer emptied, a newer edit that travels too.
   A past plan: {reviewed: "2026-12-07", answers: {key: text}, questions: {key: text},
   outcomes: {row: {outcome: id, note: text}}}: the plan's answers and their questions as they
   were when it was reviewed, and how each objective (a row of the table of objectives) went.
   What is read is copied, never trusted: only answer keys, only text. Pure: nothing here
   touches storage or the page (unit tests: past.test.mjs). */
"use strict";
var sfg = sfg || {};
{
  const { dict, isObject, isText } = sfg.records;
  const DAY = /^\d{4}-\d{2}-\d{2}$/;

  /**
   * True for a key of the plan's record that answers no question: a past plan's, or the
   * review being written.
   * @param {Names} names
   * @param {string} key
   */
  const isOwn = (names, key) => key === names.rules.past.draft || names.cell(key)?.table === names.rules.past.table;

  /**
   * The key of the past plan in row `row`.
   * @param {Names} names
   * @param {string} row
   */
  const keyOf = (names, row) => sfg.fill(names.rules.cellKey, { table: names.rules.past.table, row, column: names.rules.past.column });

  /**
   * The text of `from` under each answer key, and only those.
   * @param {Names} names
   * @param {unknown} from
   */
  const texts = (names, from) => {
    const to = dict();
    if (isObject(from)) for (const [key, value] of Object.entries(from)) if (names.isKey(key) && !isOwn(names, key) && isText(value)) to[key] = value;
    return to;
  };

  /**
   * How each objective went, from `from`: only rows' ids, each with an outcome's id and a note.
   * @param {Names} names
   * @param {unknown} from
   */
  const outcomesIn = (names, from) => {
    /** @type {PastPlan["outcomes"]} */
    const outcomes = dict();
    if (!isObject(from)) return outcomes;
    for (const [row, value] of Object.entries(from)) {
      if (names.isRow(row) && isObject(value) && isText(value.outcome)) outcomes[row] = { outcome: value.outcome, note: isText(value.note) ? value.note : "" };
    }
    return outcomes;
  };

  /**
   * The past plan in `text`, or null when it is none (not JSON, or not dated).
   * @param {Names} names
   * @param {string} text
   * @returns {PastPlan | null}
   */
  const parse = (names, text) => {
    let data;
    try {
      data = JSON.parse(text);
    } catch {
      return null;
    }
    if (!isObject(data) || !isText(data.reviewed) || !DAY.test(data.reviewed)) return null;
    return {
      reviewed: data.reviewed,
      answers: texts(names, data.answers),
      questions: texts(names, data.questions),
      outcomes: outcomesIn(names, data.outcomes),
    };
  };

  /**
   * @param {PastPlan} plan As it is kept: JSON text.
   */
  const text = (plan) => JSON.stringify(plan);

  /**
   * The past plans among `answers` (a plan's record's), the most recently reviewed first (of
   * two reviewed on one day, the later row id first): each with its row and key. One that
   * cannot be read, or was removed (its answer empty), is not among them.
   * @param {Names} names
   * @param {{[key: string]: string}} answers
   * @returns {{row: string, key: string, plan: PastPlan}[]}
   */
  const list = (names, answers) => {
    const found = [];
    for (const [key, value] of Object.entries(answers)) {
      const cell = names.cell(key);
      if (!value || cell?.table !== names.rules.past.table || cell.column !== names.rules.past.column) continue;
      const plan = parse(names, value);
      if (plan) found.push({ row: cell.row, key, plan });
    }
    const order = (/** @type {{row: string, plan: PastPlan}} */ a) => a.plan.reviewed + " " + a.row.padStart(12, "0");
    return found.sort((a, b) => (order(a) < order(b) ? 1 : -1));
  };

  /**
   * How many objectives of `plan` went each way, by outcome id (every outcome of `choices`,
   * 0 when none did).
   * @param {PastPlan} plan
   * @param {{id: string}[]} choices
   */
  const counts = (plan, choices) => {
    /** @type {{[outcome: string]: number}} */
    const count = Object.fromEntries(choices.map(({ id }) => [id, 0]));
    for (const { outcome } of Object.values(plan.outcomes)) if (outcome in count) count[outcome] = (count[outcome] ?? 0) + 1;
    return count;
  };

  sfg.past = { isOwn, keyOf, parse, text, list, counts };
}
