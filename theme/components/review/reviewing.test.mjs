// Unit tests of reviewing.js (npm test): the review of a plan, and the one edit that keeps it
// as a past plan and starts the next plan.
import assert from "node:assert/strict";
import { test } from "node:test";

import { load, names, plain } from "../../../tests/js/scripts.mjs";

const sfg = load("assets/js/names.js", "assets/js/records.js", "assets/js/past.js", "components/review/reviewing.js");
const { reviewing, past } = sfg;

const REVIEW = {
  table: "objectives",
  owner: "owner",
  due: "target-date",
  nextDate: "next-review-date",
  keep: ["manager-name"],
  outcomes: [
    { id: "achieved", label: "Achieved", unfinished: false },
    { id: "in-progress", label: "In progress", unfinished: true },
    { id: "not-started", label: "Not started", unfinished: true },
    { id: "dropped", label: "Dropped", unfinished: false },
  ],
};
const CONFIG = { review: REVIEW, positions: [{ key: "direction-now", direction: "depth", when: "now", column: "depth_now" }] };

/** A plan's record holding `answers`. */
const record = (/** @type {{[key: string]: string}} */ answers) => {
  const kept = sfg.records.empty("plan");
  for (const [key, value] of Object.entries(answers)) sfg.records.edit(kept, key, value, "t", "");
  return kept;
};

const PLAN = {
  "person-name": "Alex Morgan",
  "person-role": "Nurse",
  "manager-name": "Sam",
  "conversation-date": "2026-06-01",
  "direction-now": "lateral",
  "next-review-date": "2026-12-01",
  evidence: "Led the audit",
  objectives: "a1 b2 c3 d4",
  "objectives/a1/objective": "Lead the audit",
  "objectives/a1/owner": "person",
  "objectives/a1/target-date": "2026-09-01",
  "objectives/b2/objective": "Mentor a student",
  "objectives/c3/objective": "Present at the regional meeting",
  "objectives/c3/owner": "both",
  "sfg-past/old1/plan": JSON.stringify({ reviewed: "2025-12-01", answers: {}, questions: {}, outcomes: {} }),
  "sfg-review": "{}",
};

test("a review being written reads back; anything else is a new review", () => {
  const text = JSON.stringify({ next: "2027-03-01", outcomes: { a1: { outcome: "achieved", note: "Done" }, "Bad Row": { outcome: "x" }, b2: { note: 3 } } });
  assert.deepEqual(plain(reviewing.draftOf(names(sfg), text)), {
    outcomes: { a1: { outcome: "achieved", note: "Done" }, b2: { outcome: "", note: "" } },
    next: "2027-03-01",
  });
  assert.deepEqual(plain(reviewing.draftOf(names(sfg), "")), { outcomes: {}, next: "" });
  assert.deepEqual(plain(reviewing.draftOf(names(sfg), "[1]")), { outcomes: {}, next: "" });
});

test("the objectives reviewed are the rows with words in them, in the table's order", () => {
  assert.deepEqual(plain(reviewing.objectives(names(sfg), REVIEW, PLAN, "c3 d4 a1 b2 c3")), ["c3", "a1", "b2"]);
});

test("starting the next plan keeps the plan as a past plan and carries over what is unfinished", () => {
  const draft = {
    outcomes: { a1: { outcome: "achieved", note: "Done in May" }, b2: { outcome: "in-progress", note: "Half way" }, c3: { outcome: "in-progress", note: "" } },
    next: "2027-06-01",
  };
  const { answers, carried, plan } = reviewing.finish(names(sfg), CONFIG, record(PLAN), { served: "1 2 3", draft, today: "2026-12-07", row: "new9" });
  assert.equal(carried, 2);
  assert.deepEqual(plain(answers), {
    "conversation-date": "",
    evidence: "",
    "objectives/a1/objective": "",
    "objectives/a1/owner": "",
    "objectives/a1/target-date": "",
    "sfg-past/new9/plan": past.text(plan),
    objectives: "b2 c3",
    "next-review-date": "2027-06-01",
    "sfg-review": "",
  });
  const kept = past.parse(names(sfg), answers["sfg-past/new9/plan"]);
  assert.equal(kept.reviewed, "2026-12-07");
  assert.equal(kept.answers["objectives/a1/objective"], "Lead the audit");
  assert.equal(kept.answers.objectives, "a1 b2 c3 d4");
  assert.equal(kept.answers["next-review-date"], "2026-12-01", "the plan as it was, before the next date is set");
  assert.ok(!Object.keys(kept.answers).some((key) => key.startsWith("sfg-")), "no past plan inside a past plan, no draft");
  assert.equal(kept.questions["conversation-date"], "Date of the conversation", "the question as the content has it");
  assert.deepEqual(plain(kept.outcomes), {
    a1: { outcome: "achieved", note: "Done in May" },
    b2: { outcome: "in-progress", note: "Half way" },
    c3: { outcome: "in-progress", note: "" },
  });
});

test("objectives not marked are carried over; dropped and achieved ones are not; with none carried the table starts as served", () => {
  const some = reviewing.finish(names(sfg), CONFIG, record(PLAN), {
    served: "1 2 3",
    draft: { outcomes: { a1: { outcome: "dropped", note: "" } }, next: "" },
    today: "2026-12-07",
    row: "r",
  });
  assert.equal(some.answers.objectives, "b2 c3");
  const none = reviewing.finish(names(sfg), CONFIG, record(PLAN), {
    served: "1 2 3",
    draft: { outcomes: { a1: { outcome: "achieved", note: "" }, b2: { outcome: "dropped", note: "" }, c3: { outcome: "achieved", note: "" } }, next: "" },
    today: "2026-12-07",
    row: "r",
  });
  assert.equal(none.carried, 0);
  assert.equal(none.answers.objectives, "1 2 3");
  assert.equal(none.answers["objectives/c3/owner"], "");
});

test("a plan whose table keeps the rows it was served with is reviewed in that order", () => {
  const served = record({ "objectives/1/objective": "Lead the audit", "objectives/2/objective": "Mentor" });
  const { answers, plan } = reviewing.finish(names(sfg), CONFIG, served, {
    served: "1 2 3",
    draft: { outcomes: { 1: { outcome: "achieved", note: "" } }, next: "" },
    today: "2026-12-07",
    row: "r",
  });
  assert.equal(answers.objectives, "2");
  assert.equal(plan.answers.objectives, "1 2 3");
  assert.deepEqual(Object.keys(plan.outcomes), ["1", "2"]);
});
