// @ts-check
/* Scope for Growth: a past plan (past.js) as the history shows it (components/history): its
   date in words, its answers with their questions (a choice or a position by its label), each
   objective with its cells, how it went and the note of its review. The questions are the
   plan's as they were when it was reviewed, or the content's where it did not keep them. Pure:
   text in, text out (unit tests: past-view.test.mjs). */
"use strict";
var sfg = sfg || {};
{
  const { own } = sfg;

  /**
   * A day ("2026-12-07") in words ("7 December 2026"), or as it is where it is not a date.
   * @param {string} day
   * @param {string} lang
   */
  const day = (day, lang) => {
    const date = new Date(day + "T12:00:00");
    return isNaN(date.getTime()) ? day : date.toLocaleDateString(lang, { day: "numeric", month: "long", year: "numeric" });
  };

  /**
   * The answer keys of the plan in the content's order, then the others in `plan`'s.
   * @param {Names} names
   * @param {PastPlan} plan
   */
  const ordered = (names, plan) => {
    const content = Object.keys(own(names.answers, "plan") || {});
    const rank = (/** @type {string} */ key) => {
      const cell = names.cell(key);
      const at = content.indexOf(cell ? `${cell.table}/${names.rules.rowPlaceholder}/${cell.column}` : key);
      return at < 0 ? content.length : at;
    };
    return Object.keys(plan.answers).sort((a, b) => rank(a) - rank(b));
  };

  /**
   * @param {Names} names
   * @param {PastPlan} plan
   * @param {string} key
   * @returns {{question: string, answer: string}}
   */
  const item = (names, plan, key) => {
    const value = plan.answers[key] || "";
    const label = own(names.describe("plan", key)?.choices, value);
    return { question: plan.questions[key] || names.question("plan", key) || key, answer: typeof label === "string" ? label : value };
  };

  /**
   * What the history shows of `plan`: the date it was reviewed, its answers but the table of
   * objectives, and each objective (`table`'s rows with an answer or an outcome, in its order).
   * @param {Names} names
   * @param {Pick<Config, "lang" | "review" | "text">} config
   * @param {PastPlan} plan
   */
  const view = (names, { lang, review, text }, plan) => {
    const table = review?.table || "";
    const keys = ordered(names, plan);
    const answers = keys.filter((key) => key !== table && names.cell(key)?.table !== table).map((key) => item(names, plan, key));
    const order = (plan.answers[table] || "").split(/\s+/);
    const rows = [...new Set([...order, ...Object.keys(plan.outcomes)])].filter(
      (row) => names.isRow(row) && (plan.outcomes[row] || keys.some((key) => names.cell(key)?.row === row && names.cell(key)?.table === table)),
    );
    const objectives = rows.map((row) => {
      const cells = keys.filter((key) => names.cell(key)?.table === table && names.cell(key)?.row === row).map((key) => item(names, plan, key));
      const { outcome = "", note = "" } = plan.outcomes[row] || {};
      const label = review?.outcomes.find(({ id }) => id === outcome)?.label || (outcome ? outcome : text.history_not_reviewed);
      const more = [{ question: text.history_outcome, answer: label }];
      if (note.trim()) more.push({ question: text.history_note, answer: note });
      return { row, number: order.includes(row) ? order.indexOf(row) + 1 : 0, cells: [...cells, ...more] };
    });
    return { date: day(plan.reviewed, lang), answers, objectives };
  };

  sfg.pastView = { day, view };
}
