// Unit tests of calendar.js (npm test): the review date as an iCalendar file (RFC 5545).
import assert from "node:assert/strict";
import { test } from "node:test";

import { load } from "../../../tests/js/scripts.mjs";

const sfg = load("assets/js/names.js", "components/conversation/calendar.js");
const event = {
  day: "2027-03-01",
  title: "Review: Alex, Morgan; \\ the second",
  description: "Talk about Alex, Morgan's plan.\nBring it along.",
  organisation: "NHS Example Trust",
  uid: "k3x9@scope-for-growth",
};
const NOW = new Date("2026-11-24T10:42:07.123Z");

/** The calendar's lines, unfolded, as name → value. */
const fields = (/** @type {string} */ text) =>
  Object.fromEntries(
    text
      .replace(/\r\n /g, "")
      .split("\r\n")
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 1)]),
  );

test("the review date is one all-day event, from that day to the next", () => {
  const text = sfg.calendar(event, NOW);
  const lines = fields(text);
  assert.equal(lines["DTSTART;VALUE=DATE"], "20270301");
  assert.equal(lines["DTEND;VALUE=DATE"], "20270302");
  assert.equal(lines.DTSTAMP, "20261124T104207Z");
  assert.equal(lines.UID, event.uid);
  assert.equal(lines.VERSION, "2.0");
  assert.equal(text.match(/BEGIN:VEVENT/g)?.length, 1);
  assert.ok(text.startsWith("BEGIN:VCALENDAR\r\n") && text.endsWith("END:VCALENDAR\r\n"));
});

test("the last day of a year ends on the first of the next", () => {
  assert.equal(fields(sfg.calendar({ ...event, day: "2026-12-31" }, NOW))["DTEND;VALUE=DATE"], "20270101");
});

test("the title and words are iCalendar text: backslash, semicolon, comma and new lines escaped", () => {
  const lines = fields(sfg.calendar(event, NOW));
  assert.equal(lines.SUMMARY, "Review: Alex\\, Morgan\\; \\\\ the second");
  assert.equal(lines.DESCRIPTION, "Talk about Alex\\, Morgan's plan.\\nBring it along.");
  assert.equal(lines.PRODID, "-//NHS Example Trust//Scope for Growth toolkit//EN");
  const bare = fields(sfg.calendar({ ...event, title: "A\u0007bell\r\nand a line", description: "" }, NOW));
  assert.equal(bare.SUMMARY, "Abell\\nand a line");
  assert.ok(!("DESCRIPTION" in bare), "no description, no line for it");
});

test("lines are folded after 75 octets, never inside a character, and end CRLF", () => {
  const text = sfg.calendar({ ...event, title: "Siân ".repeat(40) }, NOW);
  assert.ok(text.split("\r\n").every((line) => new TextEncoder().encode(line).length <= 75));
  assert.ok(!text.replace(/\r\n/g, "").includes("\n"));
  assert.equal(fields(text).SUMMARY, "Siân ".repeat(40));
});
