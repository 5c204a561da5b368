// @ts-check
/* Scope for Growth: the outcome record (components/conversation), for the organisation's
   talent records: one line per conversation held, its columns those of the configuration
   (generator/naming.py), last the date of the last review and how its objectives went (from
   the newest past plan, past.js), as CSV for a spreadsheet and the same as JSON. Pure: records
   in, text out (unit tests: outcome.test.mjs). */
"use strict";
var sfg = sfg || {};
{
  /**
   * Every place in a value where a spreadsheet may start a cell it would take for a formula
   * (first "=", "+", "-", the at sign, a tab or a carriage return, after any spaces): the
   * value's start, and after each character some spreadsheet splits cells or lines on. Excel
   * splits a CSV on the list separator of the computer's region, ";" in much of Europe, and
   * there the quotes of a line no longer line up: what follows a ";" inside a field is a cell
   * of its own. LibreOffice asks which separators to split on (a tab, ";", "|" or any other);
   * a line break read outside quotes starts a row.
   */
  const FORMULA_STARTS = /(?<=^|[,;|\t\r\n])(?=[ ]*[=+\-@\t\r])/g;

  /**
   * A CSV field (RFC 4180): always quoted, a quote doubled, and each place a cell could start
   * a formula given a ' first, which makes that cell text in Excel and LibreOffice alike. A
   * line break inside a value stays, inside the quotes.
   * @param {string} value
   */
  const csvField = (value) => `"${value.replace(FORMULA_STARTS, "'").replace(/"/g, '""')}"`;

  /**
   * The CSV of `rows` (the header first): UTF-8 with a byte-order mark, without which Excel
   * reads the bytes as the computer's own code page ("SiÃ¢n" for "Siân"), lines ending CRLF.
   * @param {(string | number)[][]} rows
   */
  const csv = (rows) => "\uFEFF" + rows.map((fields) => fields.map((field) => csvField(String(field))).join(",") + "\r\n").join("");

  /**
   * True when `line` records a conversation held: it has the date of the conversation, a
   * position (now or in two years), an objective, or the date of a review (a plan whose only
   * content is its history was held all the same). A plan holding only a name and a role (or
   * only words the record does not carry) is no conversation: the manager's own plan, named
   * so that downloads carry their name, never makes a line.
   * @param {Config["positions"]} positions
   * @param {{[column: string]: string | number}} line
   * @param {string} [reviewed] The column of the date of the last review, if any.
   */
  const held = (positions, line, reviewed = "") =>
    !!line.conversation_date || positions.some(({ column }) => !!line[column]) || Number(line.objectives) > 0 || (!!reviewed && !!line[reviewed]);

  /**
   * The last review's columns of a plan's line: the date its newest past plan was reviewed,
   * and how many objectives went each way (every outcome of the review, 0 where none did);
   * all empty for a plan never reviewed.
   * @param {Names} names
   * @param {NonNullable<Config["outcome"]>} outcome
   * @param {Config["review"]} review
   * @param {{[key: string]: string}} answers
   */
  const lastReview = (names, outcome, review, answers) => {
    /** @type {{[column: string]: string | number}} */
    const columns = {};
    if (!outcome.reviewed || !review) return columns;
    const newest = sfg.past.list(names, answers)[0];
    if (!newest) return columns;
    columns[outcome.reviewed] = newest.plan.reviewed;
    const counts = sfg.past.counts(newest.plan, review.outcomes);
    for (const [id, column] of Object.entries(outcome.outcomes)) columns[column] = counts[id] ?? 0;
    return columns;
  };

  /**
   * One line of the outcome record: every column of the configuration, in its order. Only
   * what the organisation needs: names, dates, positions, counts. Never a journal answer, a
   * note, nor any answer marked private (a private position is left empty).
   * @param {Names} names
   * @param {Pick<Config, "outcome" | "positions"> & {review?: Config["review"]}} config
   * @param {AnswerRecord} plan
   * @param {{recorded_by: string, exported_at: string}} recorded Who downloads it, and when.
   * @returns {{[column: string]: string | number}}
   */
  const line = (names, { outcome, positions, review }, { answers }, recorded) => {
    if (!outcome) return {};
    const value = (/** @type {string} */ key) => (names.describe("plan", key)?.private ? "" : (answers[key] || "").trim());
    /** @type {{[column: string]: string | number}} */
    const line = { name: value(names.rules.person.name), role: value(names.rules.person.role), conversation_date: value(outcome.date) };
    for (const { key, column } of positions)
      line[column] = /** @type {string | undefined} */ (sfg.own(names.describe("plan", key)?.choices, value(key))) ?? value(key);
    const rows = new Set();
    for (const [key, answer] of Object.entries(answers)) {
      const cell = names.cell(key);
      if (cell && cell.table === outcome.objectives && answer.trim()) rows.add(cell.row);
    }
    line.objectives = rows.size;
    Object.assign(line, recorded, lastReview(names, outcome, review, answers));
    return Object.fromEntries(outcome.columns.map((column) => [column, line[column] ?? ""]));
  };

  sfg.outcome = { csv, held, line };
}
