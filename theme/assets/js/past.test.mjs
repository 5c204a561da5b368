// Unit tests of past.js (npm test): the plans reviewed, kept as the person's history in the
// plan's record, read back without trusting them.
import assert from "node:assert/strict";
import { test } from "node:test";

import { load, names, plain } from "../../../tests/js/scripts.mjs";

const sfg = load("assets/js/names.js", "assets/js/records.js", "assets/js/past.js");
const { past } = sfg;
const plan = (/** @type {string} */ reviewed, /** @type {any} */ more = {}) =>
  JSON.stringify({ reviewed, answers: { "conversation-date": "2026-01-05" }, questions: {}, outcomes: {}, ...more });

test("a past plan's key and a review being written are the plan's own, not answers to questions", () => {
  const key = past.keyOf(names(sfg), "k3x9");
  assert.equal(key, "sfg-past/k3x9/plan");
  assert.ok(names(sfg).isKey(key), "it is kept like an answer");
  assert.ok(past.isOwn(names(sfg), key));
  assert.ok(past.isOwn(names(sfg), "sfg-review"));
  assert.ok(!past.isOwn(names(sfg), "objectives/1/objective"));
  assert.ok(!past.isOwn(names(sfg), "conversation-date"));
});

test("past plans are listed the most recently reviewed first; removed and unreadable ones are not", () => {
  const answers = {
    "sfg-past/a1/plan": plan("2026-01-10"),
    "sfg-past/b2/plan": plan("2026-07-01"),
    "sfg-past/c3/plan": "", // removed
    "sfg-past/d4/plan": "{not json",
    "sfg-past/e5/plan": JSON.stringify({ reviewed: "yesterday" }),
    "sfg-past/f6/other": plan("2026-08-01"),
    "conversation-date": "2026-07-01",
  };
  assert.deepEqual(plain(past.list(names(sfg), answers).map((/** @type {any} */ entry) => [entry.row, entry.key, entry.plan.reviewed])), [
    ["b2", "sfg-past/b2/plan", "2026-07-01"],
    ["a1", "sfg-past/a1/plan", "2026-01-10"],
  ]);
});

test("only answer keys with text, and outcomes of rows, are read from a past plan", () => {
  const text = JSON.stringify({
    reviewed: "2026-07-01",
    answers: { "objectives/1/objective": "Lead a project", "Bad Key": "x", __proto__: { polluted: 1 }, "person-role": 7, "sfg-past/a/plan": "nested" },
    questions: { "objectives/1/objective": "Objective" },
    outcomes: { 1: { outcome: "achieved", note: "Done in May" }, 2: { outcome: "in-progress" }, "Bad Row": { outcome: "achieved" }, 3: "achieved" },
    more: "ignored",
  });
  const read = past.parse(names(sfg), text);
  assert.deepEqual(plain(read), {
    reviewed: "2026-07-01",
    answers: { "objectives/1/objective": "Lead a project" },
    questions: { "objectives/1/objective": "Objective" },
    outcomes: { 1: { outcome: "achieved", note: "Done in May" }, 2: { outcome: "in-progress", note: "" } },
  });
  assert.equal(past.parse(names(sfg), past.text(read)).reviewed, "2026-07-01", "what is written reads back");
});

test("a past plan's outcomes are counted for each way an objective can go", () => {
  const read = past.parse(
    names(sfg),
    plan("2026-07-01", { outcomes: { 1: { outcome: "achieved" }, 2: { outcome: "in-progress" }, 3: { outcome: "in-progress" }, 4: { outcome: "gone" } } }),
  );
  assert.deepEqual(plain(past.counts(read, [{ id: "achieved" }, { id: "in-progress" }, { id: "dropped" }])), { achieved: 1, "in-progress": 2, dropped: 0 });
});
