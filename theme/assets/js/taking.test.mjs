// Unit tests of taking.js (npm test) for the plan's own keys: past plans and a review being
// written travel in files like answers, but are not answers to ask about.
import assert from "node:assert/strict";
import { test } from "node:test";

import { FILES, load, names, plain } from "../../../tests/js/scripts.mjs";

const sfg = load(...FILES);
const { records, taking } = sfg;
const OLD = JSON.stringify({ reviewed: "2026-01-10", answers: {}, questions: {}, outcomes: {} });

/** A plan's record with `answers`, each an edit of tab "a" in their order. */
const record = (/** @type {{[key: string]: string}} */ answers) => {
  const made = records.empty("plan");
  for (const [key, value] of Object.entries(answers)) records.edit(made, key, value, "a", "");
  return made;
};

test("a past plan only in the file is taken without being counted or asked about", () => {
  const given = { "sfg-past/a1/plan": { question: "", answer: OLD, edit: [4, "b"] }, evidence: { question: "", answer: "Led", edit: [5, "b"] } };
  const compared = taking.compare(record({}), given, names(sfg));
  assert.deepEqual(plain(compared), { added: ["evidence"], same: [], differ: [], past: ["sfg-past/a1/plan"] });
  const taken = taking.take(names(sfg), record({}), given, [...compared.added, ...compared.past], 5);
  assert.equal(taken.answers["sfg-past/a1/plan"], OLD);
  assert.equal(taken.answers["sfg-past/a1/plan/plan"], undefined);
});

test("a past plan removed here after the file was made stays removed; one removed in the file is removed here", () => {
  const removedHere = record({ "sfg-past/a1/plan": OLD });
  records.edit(removedHere, "sfg-past/a1/plan", "", "a", "");
  const older = { "sfg-past/a1/plan": { question: "", answer: OLD, edit: [1, "a"] } };
  assert.deepEqual(plain(taking.compare(removedHere, older, names(sfg)).past), []);
  const kept = record({ "sfg-past/a1/plan": OLD });
  const removedThere = { "sfg-past/a1/plan": { question: "", answer: "", edit: [9, "b"] } };
  assert.deepEqual(plain(taking.compare(kept, removedThere, names(sfg)).past), ["sfg-past/a1/plan"]);
});

test("without names every key is an answer's, as before", () => {
  const given = { "sfg-past/a1/plan": { question: "", answer: OLD, edit: [4, "b"] } };
  assert.deepEqual(plain(taking.compare(record({}), given)), { added: ["sfg-past/a1/plan"], same: [], differ: [], past: [] });
});
