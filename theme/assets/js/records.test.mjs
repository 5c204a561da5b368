// Unit tests of records.js (npm test): a form's record as data, its versions, and which of two
// copies of an answer is kept.
import assert from "node:assert/strict";
import { test } from "node:test";

import { load, names, plain } from "../../../tests/js/scripts.mjs";

const sfg = load("assets/js/names.js", "assets/js/records.js");
const { records } = sfg;
const isKey = (/** @type {string} */ key) => names(sfg).isKey(key);

/** A stored record of the journal, version 3, with `answers` edited in their order by tab "a". */
const stored = (/** @type {{[key: string]: string}} */ answers) => {
  const record = records.empty("journal");
  for (const [key, value] of Object.entries(answers)) records.edit(record, key, value, "a", "");
  return record;
};

test("no record kept is an empty record; what is not ours or not JSON is none", () => {
  assert.deepEqual(plain(records.parse(null, "journal", isKey)), plain(records.empty("journal")));
  assert.equal(records.parse("{not json", "journal", isKey), null);
  assert.equal(records.parse('"text"', "journal", isKey), null);
  assert.equal(records.parse(JSON.stringify({ format: "another", version: 3, answers: {} }), "journal", isKey), null);
});

test("a record of a newer version than this page knows is left alone", () => {
  const newer = { ...records.empty("journal"), version: records.VERSION + 1 };
  assert.equal(records.parse(JSON.stringify(newer), "journal", isKey), null);
});

test("a version 1 record keeps every answer", () => {
  const raw = JSON.stringify({ format: records.FORMAT, version: 1, answers: { energy: "Teaching", "person-name": "Alex" } });
  const record = records.parse(raw, "journal", isKey);
  assert.deepEqual(plain(record.answers), { energy: "Teaching", "person-name": "Alex" });
  assert.equal(record.version, records.VERSION);
});

test("a version 2 record keeps every answer and the order of its edits by their times", () => {
  const raw = JSON.stringify({
    format: records.FORMAT,
    version: 2,
    answers: { energy: "Teaching", "person-name": "Alex", "person-role": "Nurse" },
    updated: { energy: 2000, "person-name": 1000 },
  });
  const record = records.parse(raw, "journal", isKey);
  assert.deepEqual(plain(record.edits), { energy: [2, ""], "person-name": [1, ""], "person-role": [0, ""] });
  assert.equal(record.clock, 2);
  assert.ok(records.newer(record.edits.energy, record.edits["person-name"]));
});

test("only answer keys with values of the right kind are read from a stored record", () => {
  const raw =
    '{"format": "scope-for-growth", "version": 3, "clock": 1, "saved": 42,' +
    ' "answers": {"energy": "Teaching", "__proto__": {"polluted": "yes"}, "Bad Key": "x", "person-name": 7},' +
    ' "edits": {"energy": [1, "a"], "person-role": "not a stamp"}, "questions": {"energy": ["no"]}}';
  const record = records.parse(raw, "journal", isKey);
  assert.deepEqual(plain(record.answers), { energy: "Teaching" });
  assert.deepEqual(plain(record.edits), { energy: [1, "a"] });
  assert.deepEqual(plain(record.questions), {});
  assert.equal(record.saved, null);
  assert.equal(Object.getPrototypeOf(record.answers), null);
  assert.equal({}.polluted, undefined);
});

test("the clock is never behind the newest edit a record holds", () => {
  const raw = JSON.stringify({ ...stored({ energy: "Teaching" }), clock: 0, edits: { energy: [7, "a"] } });
  assert.equal(records.parse(raw, "journal", isKey).clock, 7);
});

test("edits are ordered by their number, a tie settled by the tab, never by the clock of the computer", () => {
  assert.ok(records.newer([2, "a"], [1, "z"]));
  assert.ok(records.newer([2, "b"], [2, "a"]));
  assert.ok(!records.newer([2, "a"], [2, "a"]));
  assert.ok(records.newer([0, ""], undefined), "any edit comes after none");
  assert.ok(!records.newer(undefined, [0, ""]));
});

test("each edit takes the next number of the record's clock and keeps its question", () => {
  const record = records.empty("journal");
  records.edit(record, "energy", "Teaching", "a", "What gives you energy?");
  records.edit(record, "energy", "Mentoring", "b", "");
  assert.equal(record.clock, 2);
  assert.deepEqual(plain(record.edits.energy), [2, "b"]);
  assert.equal(record.questions.energy, "What gives you energy?");
  records.forget(record, "energy");
  assert.deepEqual(plain([record.answers, record.edits, record.questions]), [{}, {}, {}]);
});

test("what another tab saved is taken, but an answer typed here and not saved stays unless theirs is newer", () => {
  const mine = stored({ energy: "Teaching", "person-name": "Alex" });
  const theirs = stored({ energy: "Teaching", "person-name": "Alex" });
  records.edit(mine, "energy", "Teaching and mentoring", "a", ""); // typed here, not saved: edit 3
  records.edit(theirs, "person-name", "Alex Morgan", "b", ""); // saved by another tab: edit 3
  const unsaved = new Set(["energy"]);
  const { record, changed } = records.merge(mine, theirs, unsaved);
  assert.equal(record.answers.energy, "Teaching and mentoring");
  assert.equal(record.answers["person-name"], "Alex Morgan");
  assert.deepEqual(plain(changed), ["person-name"]);
  assert.deepEqual([...unsaved], ["energy"]);
});

test("two tabs editing one answer keep what was typed last", () => {
  const mine = stored({ energy: "Typed first" });
  const theirs = stored({ energy: "Typed first" });
  records.edit(theirs, "energy", "Typed last", "b", ""); // edit 2 in the other tab
  records.edit(theirs, "energy", "Typed last", "b", ""); // edit 3
  records.edit(mine, "energy", "Typed here before", "a", ""); // edit 2 here: older
  const unsaved = new Set(["energy"]);
  const { record, changed } = records.merge(mine, theirs, unsaved);
  assert.equal(record.answers.energy, "Typed last");
  assert.deepEqual(plain(changed), ["energy"]);
  assert.equal(unsaved.size, 0, "nothing of this page's is left to save");
});

test("an answer emptied here and not saved is an edit: it empties what another tab saved", () => {
  const mine = stored({ energy: "Teaching" });
  const theirs = stored({ energy: "Teaching" });
  records.edit(mine, "energy", "", "a", "");
  const { record, changed } = records.merge(mine, theirs, new Set(["energy"]));
  assert.equal(record.answers.energy, "");
  assert.deepEqual(plain(record.edits.energy), [2, "a"]);
  assert.deepEqual(plain(changed), []);
});

test("two stored copies of one record become one, each answer the newer edit; two forms never do", () => {
  const a = stored({ energy: "Old", "person-name": "Alex" });
  const b = stored({ energy: "Old" });
  records.edit(b, "energy", "New", "b", "");
  records.edit(b, "energy", "Newer", "b", "");
  a.saved = "2026-11-24T10:00:00Z";
  b.saved = "2026-11-24T11:00:00Z";
  const merged = JSON.parse(records.mergeRaw(JSON.stringify(a), JSON.stringify(b), isKey));
  assert.deepEqual(merged.answers, { energy: "Newer", "person-name": "Alex" });
  assert.equal(merged.saved, "2026-11-24T11:00:00Z");
  const plan = { ...records.empty("plan"), answers: {} };
  assert.equal(records.mergeRaw(JSON.stringify(a), JSON.stringify(plan), isKey), null);
  assert.equal(records.mergeRaw("sealed", JSON.stringify(a), isKey), null);
});
