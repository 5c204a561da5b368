// Unit tests of outcome.js (npm test): the outcome record's lines, and its CSV, which no
// spreadsheet may take for a formula.
import assert from "node:assert/strict";
import { test } from "node:test";

import { load, names, plain } from "../../../tests/js/scripts.mjs";

const sfg = load("assets/js/names.js", "assets/js/records.js", "components/conversation/outcome.js");
const { outcome, records } = sfg;
const POSITIONS = [{ key: "direction-now", direction: "lateral", when: "now", column: "lateral_now" }];
const CONFIG = {
  positions: POSITIONS,
  outcome: {
    date: "conversation-date",
    objectives: "objectives",
    columns: ["name", "role", "conversation_date", "lateral_now", "objectives", "recorded_by", "exported_at"],
  },
};
const RECORDED = { recorded_by: "Siân Jones", exported_at: "2026-11-24T10:00:00.000Z" };
const FORMULA = /^[ ]*[=+\-@\t\r]/;

/** A plan with `answers`. */
const plan = (/** @type {{[key: string]: string}} */ answers) => {
  const made = records.empty("plan");
  for (const [key, value] of Object.entries(answers)) records.edit(made, key, value, "a", "");
  return made;
};

test("a line has every column of the configuration in its order, a position by its label", () => {
  const given = plan({
    "person-name": " Alex Morgan ",
    "person-role": "Nurse",
    "conversation-date": "2026-11-20",
    "direction-now": "upward",
    objectives: "r1 r2 r3",
    "objectives/r1/objective": "Lead a ward round",
    "objectives/r2/objective": "  ",
    "objectives/r3/objective": "Mentor a student",
  });
  const line = outcome.line(names(sfg), CONFIG, given, RECORDED);
  assert.deepEqual(Object.keys(line), CONFIG.outcome.columns);
  assert.deepEqual(plain(line), {
    name: "Alex Morgan",
    role: "Nurse",
    conversation_date: "2026-11-20",
    lateral_now: "Upward",
    objectives: 2,
    recorded_by: "Siân Jones",
    exported_at: "2026-11-24T10:00:00.000Z",
  });
});

test("a line records a conversation held only with its date, a position or an objective", () => {
  const line = (/** @type {{[key: string]: string}} */ answers) => outcome.line(names(sfg), CONFIG, plan(answers), RECORDED);
  assert.ok(!outcome.held(POSITIONS, line({ "person-name": "Alex", "person-role": "Nurse" })), "a name and a role only");
  assert.ok(outcome.held(POSITIONS, line({ "conversation-date": "2026-11-20" })));
  assert.ok(outcome.held(POSITIONS, line({ "direction-now": "lateral" })));
  assert.ok(outcome.held(POSITIONS, line({ "objectives/r1/objective": "Lead" })));
  assert.deepEqual(plain(outcome.line(names(sfg), { positions: [] }, plan({}), RECORDED)), {}, "no outcome record configured");
});

test("the CSV starts with a byte-order mark, quotes every field, doubles quotes and ends lines CRLF", () => {
  const text = outcome.csv([
    ["name", "role"],
    ["Siân Jones", 'Says "hello"'],
    ["Pat", 3],
  ]);
  assert.equal(text, '\uFEFF"name","role"\r\n"Siân Jones","Says ""hello"""\r\n"Pat","3"\r\n');
});

test("no cell of the CSV can start a formula, wherever a spreadsheet splits a cell or a line", () => {
  const hostile = "Nurse;=cmd|' /C calc'!A0";
  const pat = "Band 6\n@SUM(1+1)|+1\t-2";
  const text = outcome.csv([["role"], [hostile], [pat], ["  =1+1"], ["-5"]]);
  assert.ok(text.includes("\"Nurse;'=cmd|' /C calc'!A0\""));
  assert.ok(text.includes("\"Band 6\n'@SUM(1+1)|'+1\t'-2\""));
  for (const cell of text.slice(1).split(/[,;|\t\r\n]/)) assert.ok(!FORMULA.test(cell.replace(/^"/, "")), JSON.stringify(cell));
  assert.ok(text.includes('"\'  =1+1"') && text.includes('"\'-5"'));
});
