// @ts-check
/* Scope for Growth: the review of a plan, as data (components/review shows it). A review
   being written is kept as JSON text under the plan's own key names.rules.past.draft, so that
   nothing is lost on reload and the lock, other tabs and files carry it:
   {outcomes: {row: {outcome: id, note: text}}, next: "yyyy-mm-dd"}.
   finish() turns a plan and its review into the one edit that starts the next plan: the plan as
   it is, kept as a past plan (past.js); the person's name and role, the positions, the fields
   the content keeps (config.review.keep) and the objectives not finished (or not marked) kept;
   the date of the next review set; every other answer emptied, a newer edit that wins over
   older copies when files are loaded; the draft emptied. Pure: nothing here touches storage or
   the page (unit tests: reviewing.test.mjs). */
"use strict";
var sfg = sfg || {};
{
  const { dict, isObject, isText } = sfg.records;

  /**
   * The review being written, from its JSON text: a new one where there is none, or it
   * cannot be read. Only rows' ids, each with text.
   * @param {Names} names
   * @param {string} text
   * @returns {ReviewDraft}
   */
  const draftOf = (names, text) => {
    /** @type {ReviewDraft} */
    const draft = { outcomes: dict(), next: "" };
    let data;
    try {
      data = JSON.parse(text);
    } catch {
      return draft;
    }
    if (!isObject(data)) return draft;
    if (isText(data.next)) draft.next = data.next;
    const outcomes = isObject(data.outcomes) ? data.outcomes : {};
    for (const [row, value] of Object.entries(outcomes)) {
      if (!names.isRow(row) || !isObject(value)) continue;
      draft.outcomes[row] = { outcome: isText(value.outcome) ? value.outcome : "", note: isText(value.note) ? value.note : "" };
    }
    return draft;
  };

  /**
   * The rows of the table of objectives (`order`: its order of rows) that have words in a cell.
   * @param {Names} names
   * @param {Review} review
   * @param {{[key: string]: string}} answers
   * @param {string} order
   */
  const objectives = (names, review, answers, order) => {
    const filled = new Set();
    for (const [key, value] of Object.entries(answers)) {
      const cell = names.cell(key);
      if (cell?.table === review.table && value.trim()) filled.add(cell.row);
    }
    return [...new Set(order.split(/\s+/))].filter((row) => names.isRow(row) && filled.has(row));
  };

  /**
   * True when an objective with `outcome` is carried over into the next plan: an unfinished
   * outcome's, or none (not marked).
   * @param {Review} review
   * @param {string} outcome
   */
  const carried = (review, outcome) => !outcome || review.outcomes.some(({ id, unfinished }) => id === outcome && unfinished);

  /**
   * How the objective in `row` went, as `draft` says: an outcome's id ("": not marked), a note.
   * @param {ReviewDraft} draft
   * @param {string} row
   */
  const outcomeOf = (draft, row) => ({ outcome: draft.outcomes[row]?.outcome || "", note: draft.outcomes[row]?.note || "" });

  /**
   * The plan `record` as a past plan, reviewed on `today`.
   * @param {Names} names
   * @param {AnswerRecord} record
   * @param {{order: string, rows: string[], draft: ReviewDraft, today: string, table: string}} review
   * @returns {PastPlan}
   */
  const pastPlan = (names, record, { order, rows, draft, today, table }) => {
    /** @type {PastPlan} */
    const plan = { reviewed: today, answers: dict(), questions: dict(), outcomes: dict() };
    const answers = { ...record.answers, [table]: order };
    for (const [key, value] of Object.entries(answers)) {
      if (sfg.past.isOwn(names, key) || !value.trim()) continue;
      plan.answers[key] = value;
      plan.questions[key] = names.question(record.form, key) || record.questions[key] || "";
    }
    for (const row of rows) plan.outcomes[row] = outcomeOf(draft, row);
    return plan;
  };

  /**
   * The edit that ends the review of the plan `record` and starts the next plan: the answers
   * to put (past plan added, the next plan's answers), and how many objectives are carried over.
   * @param {Names} names
   * @param {Pick<Config, "review" | "positions">} config
   * @param {AnswerRecord} record
   * @param {{served: string, draft: ReviewDraft, today: string, row: string}} given `served`: the
   *   table's rows as the page serves them, where the record has no order; `row`: the past
   *   plan's row, one no past plan has.
   */
  const finish = (names, { review, positions }, record, { served, draft, today, row }) => {
    if (!review) throw new Error("Scope for Growth: a review without config.review");
    const order = record.answers[review.table] ?? served;
    const rows = objectives(names, review, record.answers, order);
    const kept = rows.filter((each) => carried(review, outcomeOf(draft, each).outcome));
    const { person, past } = names.rules;
    const keep = new Set([person.name, person.role, ...positions.map(({ key }) => key), ...review.keep]);
    const stays = (/** @type {string} */ key) => {
      const cell = names.cell(key);
      return keep.has(key) || sfg.past.isOwn(names, key) || (cell?.table === review.table && kept.includes(cell.row));
    };
    /** @type {{[key: string]: string}} */
    const answers = dict();
    for (const [key, value] of Object.entries(record.answers)) if (value && !stays(key)) answers[key] = "";
    const plan = pastPlan(names, record, { order, rows, draft, today, table: review.table });
    answers[sfg.past.keyOf(names, row)] = sfg.past.text(plan);
    answers[review.table] = kept.length ? kept.join(" ") : served;
    answers[review.nextDate] = draft.next;
    answers[past.draft] = "";
    return { answers, carried: kept.length, plan };
  };

  sfg.reviewing = { draftOf, objectives, carried, finish };
}
