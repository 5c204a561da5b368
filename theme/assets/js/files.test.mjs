// Unit tests of files.js, reading.js and taking.js (npm test): a file of answers, made, checked
// whole and read, and what loading it into a record would change.
import assert from "node:assert/strict";
import { test } from "node:test";

import { FILES, load, names, plain } from "../../../tests/js/scripts.mjs";

const sfg = load(...FILES);
const { files, reading, records, taking } = sfg;
const NAMESPACE = "scope-for-growth";
const NOW = Date.parse("2026-11-24T12:00:00Z");
const about = { namespace: NAMESPACE, site: "Scope for Growth", exported: "2026-11-24T10:00:00.000Z" };

/** A record of `form` with `answers`, each an edit of tab "a" in their order. */
const record = (/** @type {string} */ form, /** @type {{[key: string]: string}} */ answers) => {
  const made = records.empty(form);
  for (const [key, value] of Object.entries(answers)) records.edit(made, key, value, "a", "");
  return made;
};

/** A file's text as made from `forms`, with `change` applied to its data. */
const file = (/** @type {any[]} */ forms, change = (/** @type {any} */ data) => data) => JSON.stringify(change(plain(files.make(names(sfg), forms, about))));

/** The word of the ImportProblem that reading `content` throws. */
const refused = (/** @type {string} */ content) => {
  try {
    reading.read(content, names(sfg), NAMESPACE, "en-GB", NOW);
  } catch (error) {
    assert.equal(error.name, "ImportProblem", String(error));
    return error.word;
  }
  assert.fail("the file was read");
};

test("a file made from the journal and the plan is read back the same, whose it is and when", () => {
  const journal = record("journal", { "person-name": "Alex Morgan", "person-role": "Nurse", energy: "Teaching" });
  const plan = record("plan", { "objectives/k3x9/objective": "Lead a ward round" });
  const read = reading.read(file([journal, plan]), names(sfg), NAMESPACE, "en-GB", NOW);
  assert.deepEqual(plain(read.person), { name: "Alex Morgan", role: "Nurse" });
  assert.deepEqual(Object.keys(read.forms), ["journal", "plan"]);
  assert.equal(read.forms.journal.energy.answer, "Teaching");
  assert.equal(read.forms.journal.energy.question, "What gives you energy?");
  assert.deepEqual(plain(read.forms.journal.energy.edit), [3, "a"]);
  assert.deepEqual(plain(read.clocks), { journal: 3, plan: 1 });
  assert.ok(read.ordered);
  assert.equal(read.exported.toISOString(), about.exported);
});

test("a file holds the answers given and those emptied, each named by its export key beside its question", () => {
  const given = record("journal", { energy: "Teaching", "person-role": "" });
  given.answers["person-name"] = ""; // no edit: never answered
  const data = files.make(names(sfg), [given], about);
  assert.deepEqual(Object.keys(data.answers), ["journal/energy", "journal/person-role"]);
  assert.equal(data.answers["journal/energy"].question, "What gives you energy?");
  assert.deepEqual(plain(data.answers["journal/person-role"]), { question: "Your role", answer: "", edit: [2, "a"] });
  assert.deepEqual(plain(data.forms), ["journal"]);
});

test("an answer emptied after the copy loaded was made is the newer edit: loading that copy does not bring it back", () => {
  // The manager's plan for Alex: a review started the next plan, which emptied the evidence.
  const alex = record("plan", { "person-name": "Alex", "conversation-date": "2026-01-05", "direction-now": "lateral" });
  const managers = record("plan", {});
  Object.assign(managers, { answers: { ...alex.answers }, edits: { ...alex.edits }, clock: alex.clock });
  records.edit(managers, "conversation-date", "", "m", "");
  const read = reading.read(file([managers]), names(sfg), NAMESPACE, "en-GB", NOW);
  assert.equal(read.forms.plan["conversation-date"].answer, "");
  const { added, same, differ } = taking.compare(alex, read.forms.plan);
  assert.deepEqual(plain(added), []);
  assert.deepEqual(plain(same), ["person-name", "direction-now"]);
  assert.deepEqual(plain(differ), [{ key: "conversation-date", newer: "file" }], "the emptied answer is preselected");
  // Alex wrote a new date after she had loaded a later copy (her clock passed the file's): hers is the newer.
  alex.clock = read.clocks.plan;
  records.edit(alex, "conversation-date", "2026-07-01", "a", "");
  assert.deepEqual(plain(taking.compare(alex, read.forms.plan).differ), [{ key: "conversation-date", newer: "mine" }]);
});

test("a file that is empty, not JSON or not ours is refused with what is wrong", () => {
  assert.equal(refused("   "), "load_error_empty");
  assert.equal(refused("{not json"), "load_error_format");
  assert.equal(refused(JSON.stringify({ format: "another", version: 3, answers: {} })), "load_error_format");
  assert.equal(refused(file([], (data) => ({ ...data, version: 0 }))), "load_error_format");
});

test("a file of a newer version, or of another toolkit's namespace, is refused", () => {
  assert.equal(refused(file([], (data) => ({ ...data, version: files.VERSION + 1 }))), "load_error_version");
  assert.equal(refused(file([], (data) => ({ ...data, namespace: "another-toolkit" }))), "load_error_namespace");
});

test("a file downloaded more than a day ahead of this computer's clock is refused; within a day it is read", () => {
  const later = (/** @type {number} */ ms) => file([record("journal", { energy: "x" })], (data) => ({ ...data, exported: new Date(NOW + ms).toISOString() }));
  assert.equal(refused(later(files.DAY + 60000)), "load_error_future");
  assert.doesNotThrow(() => reading.read(later(files.DAY - 60000), names(sfg), NAMESPACE, "en-GB", NOW));
});

test("a file of too many answers, too long an answer or too many rows in a table is refused", () => {
  const many = Object.fromEntries(Array.from({ length: files.LIMITS.answers + 1 }, (_, i) => [`journal/q${i}`, { question: "", answer: "x" }]));
  assert.equal(refused(file([], (data) => ({ ...data, forms: ["journal"], answers: many }))), "load_error_count");
  assert.equal(refused(file([record("journal", { energy: "x".repeat(files.LIMITS.length + 1) })])), "load_error_answer");
  const rows = Object.fromEntries(Array.from({ length: files.LIMITS.rows + 1 }, (_, i) => [`objectives/r${i}/objective`, "x"]));
  assert.equal(refused(file([record("plan", rows)])), "load_error_rows");
  const order = Array.from({ length: files.LIMITS.rows + 1 }, (_, i) => `r${i}`).join(" ");
  assert.equal(refused(file([record("plan", { objectives: order })])), "load_error_rows");
});

test("a name that is not one of ours, or an answer of a form the file does not hold, is refused", () => {
  const journal = record("journal", { energy: "Teaching" });
  const add = (/** @type {string} */ name) => file([journal], (data) => ({ ...data, answers: { ...data.answers, [name]: { question: "", answer: "x" } } }));
  assert.equal(refused(add("journal/Not A Key")), "load_error_answer");
  assert.equal(refused(add("notes/energy")), "load_error_answer");
  assert.equal(refused(add("plan/energy")), "load_error_answer");
  assert.equal(refused(file([journal], (data) => ({ ...data, forms: ["journal", "toString"] }))), "load_error_answer");
  const badStamp = file([journal], (data) => ({ ...data, answers: { "journal/energy": { question: "", answer: "x", edit: [-1, "a"] } } }));
  assert.equal(refused(badStamp), "load_error_answer");
  assert.equal(refused(file([journal], (data) => ({ ...data, clocks: undefined }))), "load_error_answer", "version 3 says its clocks");
  assert.equal(refused(file([journal], (data) => ({ ...data, clocks: { journal: -1 } }))), "load_error_answer");
});

test("a version 1 file holds every form and says whose it is in its answers", () => {
  const v1 = JSON.stringify({
    format: files.FORMAT,
    version: 1,
    namespace: NAMESPACE,
    exported: about.exported,
    answers: { "plan/person-name": { question: "", answer: "Sam Lee" }, "plan/person-role": { question: "", answer: "Porter" } },
  });
  const read = reading.read(v1, names(sfg), NAMESPACE, "en-GB", NOW);
  assert.deepEqual(plain(read.person), { name: "Sam Lee", role: "Porter" });
  assert.deepEqual(Object.keys(read.forms), ["plan"], "a form without a single answer is not in the file");
  assert.ok(!read.ordered);
  assert.equal(read.forms.plan["person-name"].question, "Your name", "the content's question, not the file's");
});

test("what loading a form would do: answers added, the same, and those that differ with the newer edit", () => {
  const mine = record("journal", { energy: "Teaching", "person-name": "Alex", "person-role": "" });
  const given = {
    energy: { question: "", answer: "Mentoring", edit: [9, "b"] },
    "person-name": { question: "", answer: "Alex" },
    "person-role": { question: "", answer: "Nurse", edit: [1, "b"] },
  };
  const { added, same, differ } = taking.compare(mine, given);
  assert.deepEqual(plain(added), [], "the role was emptied here after the file's edit: a difference");
  assert.deepEqual(plain(same), ["person-name"]);
  assert.deepEqual(plain(differ), [
    { key: "energy", newer: "file" },
    { key: "person-role", newer: "mine" },
  ]);
  const unordered = taking.compare(mine, { energy: { question: "", answer: "Mentoring" }, other: { question: "", answer: "New" } });
  assert.deepEqual(plain(unordered), { added: ["other"], same: [], differ: [{ key: "energy", newer: "" }], past: [] });
});

test("answers taken from a file: the newer keep their stamp, the older are a new edit, the clock passes the file's", () => {
  const mine = record("journal", { energy: "Teaching", "person-name": "Alex" });
  const given = { energy: { question: "Q", answer: "Mentoring", edit: [9, "b"] }, "person-name": { question: "", answer: "Alex Morgan", edit: [1, "b"] } };
  const taken = taking.take(names(sfg), mine, given, ["energy", "person-name"], 12);
  assert.equal(taken.answers.energy, "Mentoring");
  assert.deepEqual(plain(taken.edits.energy), [9, "b"]);
  assert.equal(taken.answers["person-name"], "Alex Morgan");
  assert.deepEqual(plain(taken.edits["person-name"]), [13, ""]);
  assert.equal(taken.clock, 13);
  assert.equal(mine.answers.energy, "Teaching", "the record given is left as it is");
});

test("a row taken into a table that has an order is shown at its end", () => {
  const mine = record("plan", { objectives: "r1", "objectives/r1/objective": "First" });
  const given = { "objectives/r2/objective": { question: "", answer: "Second", edit: [5, "b"] } };
  const taken = taking.take(names(sfg), mine, given, ["objectives/r2/objective"], 5);
  assert.equal(taken.answers.objectives, "r1 r2");
});

test("whose answers: the first name given, with its role; names compared without case or spaces", () => {
  const given = names(sfg);
  const journal = record("journal", { "person-name": "  ", energy: "x" });
  const plan = record("plan", { "person-name": " Alex  Morgan ", "person-role": "Nurse" });
  assert.deepEqual(plain(files.whose(given, [journal, plan])), { name: "Alex  Morgan", role: "Nurse" });
  assert.ok(files.sameName({ name: "alex morgan", role: "" }, { name: " Alex   Morgan", role: "Nurse" }));
  assert.ok(!files.sameName({ name: "Alex Morgan", role: "" }, { name: "Alex Morgans", role: "" }));
});

test("why a file was not loaded is said in the interface's words, its limit filled in", () => {
  const t = { load_error_rows: "No more than {limit} rows", status_full: "Storage is full", load_error_read: "Could not read" };
  assert.equal(files.reason(new files.ImportProblem("load_error_rows", { limit: "200" }), t), "No more than 200 rows");
  assert.equal(files.reason(new sfg.StorageProblem(new Error("quota"), "full"), t), "Storage is full");
  assert.equal(files.reason(new Error("other"), t), "Could not read");
});
