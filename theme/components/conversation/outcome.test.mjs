// Unit tests of outcome.js (npm test): the outcome record's lines, and its CSV, which no
// spreadsheet may take for a formula.
import assert from "node:assert/strict";
import { test } from "node:test";

import { ANSWERS, load, names, plain, RULES } from "../../../tests/js/scripts.mjs";

const sfg = load("assets/js/names.js", "assets/js/records.js", "assets/js/past.js", "components/conversation/outcome.js");
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

const OUTCOMES = [
  { id: "achieved", label: "Achieved", unfinished: false },
  { id: "in-progress", label: "In progress", unfinished: true },
  { id: "not-started", label: "Not started", unfinished: true },
  { id: "dropped", label: "Dropped", unfinished: false },
];
const REVIEWED = {
  achieved: "last_review_achieved",
  "in-progress": "last_review_in_progress",
  "not-started": "last_review_not_started",
  dropped: "last_review_dropped",
};
const REVIEW_CONFIG = {
  positions: POSITIONS,
  review: { table: "objectives", owner: "owner", due: "due", nextDate: "next-review-date", keep: [], outcomes: OUTCOMES },
  outcome: {
    ...CONFIG.outcome,
    columns: [...CONFIG.outcome.columns, "last_review_date", ...Object.values(REVIEWED)],
    reviewed: "last_review_date",
    outcomes: REVIEWED,
  },
};
/** A past plan as a review keeps it, reviewed on `reviewed`, its objectives gone `outcomes`. */
const pastPlan = (/** @type {string} */ reviewed, /** @type {string[]} */ outcomes) =>
  JSON.stringify({
    reviewed,
    answers: { "conversation-date": "2026-01-05", "objectives/r1/objective": "Lead the audit", "review-notes": "A NOTE" },
    questions: {},
    outcomes: Object.fromEntries(outcomes.map((outcome, n) => [`r${n + 1}`, { outcome, note: `A REVIEW NOTE ${n}` }])),
  });

test("the last review's date and counts come after every column the record had, from the newest past plan", () => {
  const given = plan({
    "person-name": "Alex Morgan",
    "conversation-date": "2026-07-01",
    "sfg-past/a1/plan": pastPlan("2026-01-10", ["dropped", "dropped"]),
    "sfg-past/b2/plan": pastPlan("2026-06-30", ["achieved", "in-progress", "in-progress", "elsewhere"]),
  });
  const line = outcome.line(names(sfg), REVIEW_CONFIG, given, RECORDED);
  assert.deepEqual(Object.keys(line).slice(0, CONFIG.outcome.columns.length), CONFIG.outcome.columns, "the old columns first, in their order");
  assert.deepEqual(plain(line), {
    name: "Alex Morgan",
    role: "",
    conversation_date: "2026-07-01",
    lateral_now: "",
    objectives: 0,
    recorded_by: "Siân Jones",
    exported_at: "2026-11-24T10:00:00.000Z",
    last_review_date: "2026-06-30",
    last_review_achieved: 1,
    last_review_in_progress: 2,
    last_review_not_started: 0,
    last_review_dropped: 0,
  });
  const never = outcome.line(names(sfg), REVIEW_CONFIG, plan({ "conversation-date": "2026-07-01" }), RECORDED);
  assert.equal(never.last_review_date, "");
  assert.equal(never.last_review_achieved, "", "never reviewed: no counts, not noughts");
});

test("a plan whose only content is its history is a conversation held", () => {
  const history = plan({ "person-name": "Alex", "sfg-past/a1/plan": pastPlan("2026-06-30", ["achieved"]) });
  const line = outcome.line(names(sfg), REVIEW_CONFIG, history, RECORDED);
  assert.ok(outcome.held(POSITIONS, line, "last_review_date"));
  const removed = plan({ "person-name": "Alex", "sfg-past/a1/plan": "" });
  assert.ok(!outcome.held(POSITIONS, outcome.line(names(sfg), REVIEW_CONFIG, removed, RECORDED), "last_review_date"));
});

test("the outcome record never holds a note, a journal answer or an answer marked private", () => {
  const answers = {
    ...ANSWERS,
    plan: { ...ANSWERS.plan, "direction-now": { ...ANSWERS.plan["direction-now"], private: true }, "person-role": { question: "Role", private: true } },
  };
  const privateNames = new sfg.Names({ names: RULES, forms: ["journal", "plan"], answers });
  const given = plan({
    "person-name": "Alex Morgan",
    "person-role": "SECRET ROLE",
    "direction-now": "upward",
    "review-notes": "A NOTE",
    energy: "A JOURNAL ANSWER",
    "objectives/r1/objective": "Lead",
    "sfg-past/a1/plan": pastPlan("2026-06-30", ["achieved"]),
  });
  const line = outcome.line(privateNames, REVIEW_CONFIG, given, RECORDED);
  const text = JSON.stringify(line) + outcome.csv([Object.values(line)]);
  for (const secret of ["SECRET ROLE", "Upward", "upward", "A NOTE", "A REVIEW NOTE", "A JOURNAL ANSWER", "Lead"]) assert.ok(!text.includes(secret), secret);
  assert.equal(line.role, "");
  assert.equal(line.lateral_now, "");
  assert.equal(line.objectives, 1, "an objective is counted, never written");
});
