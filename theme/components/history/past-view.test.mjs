// Unit tests of past-view.js (npm test): a past plan as the history shows it.
import assert from "node:assert/strict";
import { test } from "node:test";

import { load, names, plain } from "../../../tests/js/scripts.mjs";

const sfg = load("assets/js/names.js", "assets/js/records.js", "assets/js/past.js", "components/history/past-view.js");
const REVIEW = {
  table: "objectives",
  owner: "owner",
  due: "",
  nextDate: "next-review-date",
  keep: [],
  outcomes: [
    { id: "achieved", label: "Achieved", unfinished: false },
    { id: "in-progress", label: "In progress", unfinished: true },
  ],
};
const TEXT = { history_outcome: "How it went", history_note: "Notes from the review", history_not_reviewed: "Not marked, carried over" };
const CONFIG = { lang: "en-GB", review: REVIEW, text: TEXT };

test("a day in words", () => {
  assert.equal(sfg.pastView.day("2026-12-07", "en-GB"), "7 December 2026");
  assert.equal(sfg.pastView.day("soon", "en-GB"), "soon");
});

test("a past plan shows its answers in the content's order, a choice by its label, the question as it was", () => {
  const plan = {
    reviewed: "2026-12-07",
    answers: { "direction-now": "lateral", "old-question": "Kept", "conversation-date": "2026-06-01", "person-name": "Alex" },
    questions: { "old-question": "A question since removed", "conversation-date": "When did you talk?" },
    outcomes: {},
  };
  const shown = sfg.pastView.view(names(sfg), CONFIG, plan);
  assert.equal(shown.date, "7 December 2026");
  assert.deepEqual(plain(shown.answers), [
    { question: "Your name", answer: "Alex" },
    { question: "When did you talk?", answer: "2026-06-01" },
    { question: "Where are you now?", answer: "Lateral" },
    { question: "A question since removed", answer: "Kept" },
  ]);
  assert.deepEqual(plain(shown.objectives), []);
});

test("each objective shows its cells, how it went and the note; one not marked says so", () => {
  const plan = {
    reviewed: "2026-12-07",
    answers: { objectives: "b2 a1", "objectives/a1/objective": "Lead the audit", "objectives/b2/objective": "Mentor" },
    questions: {},
    outcomes: { a1: { outcome: "achieved", note: "Done in May" }, b2: { outcome: "", note: "" } },
  };
  assert.deepEqual(plain(sfg.pastView.view(names(sfg), CONFIG, plan).objectives), [
    {
      row: "b2",
      number: 1,
      cells: [
        { question: "Objective", answer: "Mentor" },
        { question: "How it went", answer: "Not marked, carried over" },
      ],
    },
    {
      row: "a1",
      number: 2,
      cells: [
        { question: "Objective", answer: "Lead the audit" },
        { question: "How it went", answer: "Achieved" },
        { question: "Notes from the review", answer: "Done in May" },
      ],
    },
  ]);
});
