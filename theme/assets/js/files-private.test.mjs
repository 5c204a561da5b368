// Unit tests of files.js (npm test): answers marked private stay out of a file unless the person
// chooses to include them, in the past plans the file carries too.
import assert from "node:assert/strict";
import { test } from "node:test";

import { ANSWERS, FILES, load, plain, RULES } from "../../../tests/js/scripts.mjs";

const sfg = load(...FILES);
const { files, past, reading, records } = sfg;
const NAMESPACE = "scope-for-growth";
const NOW = Date.parse("2026-11-24T12:00:00Z");
const about = { namespace: NAMESPACE, site: "Scope for Growth", exported: "2026-11-24T10:00:00.000Z" };
const names = new sfg.Names({
  names: RULES,
  forms: ["journal", "plan"],
  answers: {
    journal: { ...ANSWERS.journal, secret: { question: "What do you keep to yourself?", private: true } },
    plan: {
      ...ANSWERS.plan,
      "notes-for-yourself": { question: "Notes for yourself", private: true },
      "objectives/{row}/aside": { question: "Objectives: Aside", private: true },
    },
  },
});

/** A record of `form` with `answers`, each an edit of tab "a" in their order. */
const record = (/** @type {string} */ form, /** @type {{[key: string]: string}} */ answers) => {
  const made = records.empty(form);
  for (const [key, value] of Object.entries(answers)) records.edit(made, key, value, "a", "");
  return made;
};

const PAST = {
  reviewed: "2026-06-30",
  answers: { "conversation-date": "2026-01-05", "notes-for-yourself": "PAST SECRET", "objectives/r1/objective": "Lead", "objectives/r1/aside": "PAST ASIDE" },
  questions: { "conversation-date": "Date", "notes-for-yourself": "Notes for yourself", "objectives/r1/aside": "Aside" },
  outcomes: { r1: { outcome: "achieved", note: "Done well" } },
};
const journal = record("journal", { "person-name": "Alex Morgan", energy: "Teaching", secret: "JOURNAL SECRET" });
const plan = record("plan", {
  "person-name": "Alex Morgan",
  "conversation-date": "2026-11-20",
  "notes-for-yourself": "PLAN SECRET",
  "objectives/r2/objective": "Mentor",
  "objectives/r2/aside": "PLAN ASIDE",
  "sfg-past/a1/plan": JSON.stringify(PAST),
  "sfg-past/b2/plan": "{not json PAST SECRET",
  "sfg-review": JSON.stringify({ outcomes: { r1: { outcome: "achieved" } } }),
});
const SECRETS = ["JOURNAL SECRET", "PLAN SECRET", "PLAN ASIDE", "PAST SECRET", "PAST ASIDE"];

test("without the private notes, a file holds no private answer, of either form nor inside a past plan", () => {
  const made = plain(files.make(names, [journal, plan], about));
  const text = JSON.stringify(made);
  for (const secret of SECRETS) assert.ok(!text.includes(secret), secret);
  assert.deepEqual(Object.keys(made.answers).sort(), [
    "journal/energy",
    "journal/person-name",
    "plan/conversation-date",
    "plan/objectives/r2/objective",
    "plan/person-name",
    "plan/sfg-past/a1/plan",
    "plan/sfg-review",
  ]);
  const kept = past.parse(names, made.answers["plan/sfg-past/a1/plan"].answer);
  assert.deepEqual(plain(kept), {
    reviewed: "2026-06-30",
    answers: { "conversation-date": "2026-01-05", "objectives/r1/objective": "Lead" },
    questions: { "conversation-date": "Date" },
    outcomes: { r1: { outcome: "achieved", note: "Done well" } },
  });
  assert.deepEqual(made.answers["plan/sfg-past/a1/plan"].edit, plain(plan.edits["sfg-past/a1/plan"]), "the past plan's edit stamp stays");
  const read = reading.read(JSON.stringify(made), names, NAMESPACE, "en-GB", NOW);
  assert.deepEqual(Object.keys(read.forms), ["journal", "plan"], "and the file reads back");
});

test("with the private notes, a file holds every answer as it is kept", () => {
  const made = plain(files.make(names, [journal, plan], about, { withPrivate: true }));
  const text = JSON.stringify(made);
  for (const secret of SECRETS) assert.ok(text.includes(secret), secret);
  assert.equal(made.answers["plan/sfg-past/a1/plan"].answer, JSON.stringify(PAST));
  assert.equal(made.answers["journal/secret"].answer, "JOURNAL SECRET");
});

test("a file of the plan alone holds no journal answer, private or not", () => {
  const made = plain(files.make(names, [plan], about, { withPrivate: true }));
  assert.deepEqual(made.forms, ["plan"]);
  assert.ok(Object.keys(made.answers).every((key) => key.startsWith("plan/")));
});

test("the content says which forms have private answers", () => {
  assert.ok(files.hasPrivate(names, ["journal"]));
  assert.ok(files.hasPrivate(names, ["plan"]));
  const none = new sfg.Names({ names: RULES, forms: ["journal", "plan"], answers: ANSWERS });
  assert.ok(!files.hasPrivate(none, ["journal", "plan"]));
  assert.deepEqual(plain(files.make(none, [plan], about)), plain(files.make(none, [plan], about, { withPrivate: true })), "nothing private: the same file");
});
