// Unit tests of names.js (npm test): every name of an answer, as the browser makes and reads it.
import assert from "node:assert/strict";
import { test } from "node:test";

import { RULES, load, names } from "../../../tests/js/scripts.mjs";

const sfg = load("assets/js/names.js");

test("fill puts each part into its slot and leaves a slot without a part as it is", () => {
  assert.equal(sfg.fill("Saved at {time} by {who}", { time: "10:42" }), "Saved at 10:42 by {who}");
  assert.equal(sfg.fill("{count} answers", { count: 3 }), "3 answers");
  // A slot named after a property every object inherits is no part.
  assert.equal(sfg.fill("{constructor}{toString}", {}), "{constructor}{toString}");
});

test("own reads an object's own key only, and nothing from a value that is no object", () => {
  assert.equal(sfg.own({ a: 1 }, "a"), 1);
  assert.equal(sfg.own({}, "toString"), undefined);
  assert.equal(sfg.own(JSON.parse('{"__proto__": {"x": 1}}'), "x"), undefined);
  assert.equal(sfg.own(null, "a"), undefined);
  assert.equal(sfg.own("text", "length"), undefined);
});

test("an answer key is a field's or a cell's, in the generator's pattern", () => {
  const given = names(sfg);
  for (const key of ["energy", "person-name", "objectives/k3x9/objective"]) assert.ok(given.isKey(key), key);
  for (const key of ["", "Energy", "__proto__", "a b", "objectives/k3x9", "x/too-long-a-row-id/y", 42]) assert.ok(!given.isKey(key), String(key));
});

test("a cell's key gives its table, row and column; another key gives nothing", () => {
  const given = names(sfg);
  assert.deepEqual({ ...given.cell("objectives/k3x9/objective") }, { table: "objectives", row: "k3x9", column: "objective" });
  assert.equal(given.cell("energy"), undefined);
  assert.equal(given.cellControlId("objectives", "k3x9", "objective"), "sfg-objectives_k3x9_objective");
  assert.ok(given.isRow("k3x9"));
  assert.ok(!given.isRow("K3X9"));
});

test("an export key names its form and key, and only ours are read back", () => {
  const given = names(sfg);
  assert.equal(given.exportKey("journal", "energy"), "journal/energy");
  assert.deepEqual({ ...given.fromExportKey("plan/objectives/k3x9/objective") }, { form: "plan", key: "objectives/k3x9/objective" });
  assert.equal(given.fromExportKey("notes/energy"), undefined);
  assert.equal(given.fromExportKey("journal/Energy"), undefined);
});

test("a question is the content's, a table's cells described once with the row placeholder", () => {
  const given = names(sfg);
  assert.equal(given.question("journal", "energy"), "What gives you energy?");
  assert.equal(given.question("plan", "objectives/k3x9/objective"), "Objective");
  assert.equal(given.question("plan", "removed-question"), "");
  assert.equal(given.question("plan", "toString"), "");
  assert.equal(given.describe("plan", "direction-now").choices.upward, "Upward");
});

test("a file is named after the person in plain lower-case words, or the fallback", () => {
  const given = names(sfg);
  const file = { fallback: "scope-for-growth", content: ["journal", "plan"], date: "2026-11-24", extension: "json" };
  assert.equal(given.fileName({ ...file, person: "Siân O'Neill-Jones" }), "sian-o-neill-jones-journal-plan-2026-11-24.json");
  assert.equal(given.fileName({ ...file, person: "  " }), "scope-for-growth-journal-plan-2026-11-24.json");
  assert.equal(given.fileName({ ...file, person: "<script>" }), "script-journal-plan-2026-11-24.json");
  assert.ok(given.fileName({ ...file, person: "a".repeat(100) }).startsWith("a".repeat(40) + "-journal"));
});

test("storage keys: each form's record, a colleague's, and what is set aside", () => {
  const { keys } = names(sfg);
  assert.equal(keys.record("plan"), RULES.records.plan);
  assert.equal(keys.record("plan", "k3x9"), "scope-for-growth/colleague/k3x9/plan");
  assert.equal(keys.colleagueOf(keys.colleague("k3x9")), "k3x9");
  assert.equal(keys.colleagueOf(keys.record("plan")), undefined);
  const aside = keys.setAside(keys.record("journal"), "2026-11-24T10:42:00Z");
  assert.ok(keys.isSetAside(aside));
  assert.ok(keys.setAsideOf(keys.record("journal"), aside));
  assert.ok(!keys.setAsideOf(keys.record("plan"), aside));
  assert.ok(keys.isPlain(keys.lock) && !keys.isPlain(keys.record("plan")));
  assert.ok(keys.ours(keys.choice) && !keys.ours("another-site/journal"));
});

test("the plan filled in for a colleague is named in its address", () => {
  const given = names(sfg);
  assert.equal(given.colleagueIn("?colleague=k3x9"), "k3x9");
  assert.equal(given.colleagueIn("?other=1"), null);
});
