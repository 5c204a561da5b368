// Unit tests of calendar.js (npm test): the plan's dates as an iCalendar file (RFC 5545), read
// back with a small parser of our own: unfold, split each content line into its name, its
// parameters and its value, and nest the components BEGIN and END open and close.
import assert from "node:assert/strict";
import { test } from "node:test";

import { load, RULES } from "../../../tests/js/scripts.mjs";

const sfg = load("assets/js/names.js", "components/conversation/calendar.js");
const NOW = new Date("2026-11-24T10:42:07.123Z");
const ANSWERS = {
  plan: {
    "next-review-date": { question: "Date of next review" },
    objectives: { question: "Objectives", table: true },
    "objectives/{row}/objective": { question: "Objectives: Objective" },
    "objectives/{row}/due": { question: "Objectives: Target date" },
    "secrets/{row}/objective": { question: "Secrets: Objective", private: true },
  },
};
const names = new sfg.Names({ names: RULES, forms: ["journal", "plan"], answers: ANSWERS });
const TEXT = {
  calendar_review_title: "Your Scope for Growth review",
  calendar_review_title_manager: "Your Scope for Growth review with {manager}",
  calendar_review_description: "Review your plan.",
  calendar_objective_title: "Your objective is due: {objective}",
  calendar_objective_description: "An objective of your plan: {objective}",
  calendar_plan_of: "From the development plan of {name}.",
  calendar_reminder: "{title}, on {date}",
  colleague_calendar_review_title: "{name}'s Scope for Growth review",
  colleague_calendar_review_description: "Review the plan you agreed with {name}.",
  colleague_calendar_objective_title: "{name}'s objective is due: {objective}",
  colleague_calendar_objective_description: "An objective of {name}'s plan: {objective}",
};
const CALENDAR = {
  key: "next-review-date",
  title: "",
  description: "",
  organisation: "NHS Example Trust",
  reminderDays: 7,
  manager: "manager-name",
  objective: "objective",
};
const REVIEW = { table: "objectives", owner: "", due: "due", nextDate: "next-review-date", keep: [], outcomes: [] };
const PLAN = {
  "next-review-date": "2027-03-01",
  "manager-name": "Jo Smith",
  objectives: "r1 r2 r3 r4",
  "objectives/r1/objective": "Lead the audit, then; share it \\ widely",
  "objectives/r1/due": "2027-01-15",
  "objectives/r2/objective": "Shadow a band 7",
  "objectives/r2/due": "", // no date: no event
  "objectives/r3/objective": "", // a date, and nothing to name
  "objectives/r3/due": "2027-02-01",
  "objectives/r4/objective": "Siân's long objective ".repeat(8),
  "objectives/r4/due": "2027-03-01", // the review's day too: two events on one day
};

/** The plan's events, made with `more` changed. */
const eventsOf = (/** @type {any} */ more = {}) =>
  sfg.calendar.events({
    names,
    calendar: CALENDAR,
    review: REVIEW,
    answers: PLAN,
    text: TEXT,
    name: "Alex Morgan",
    colleague: false,
    lang: "en-GB",
    namespace: "sfg-test",
    ...more,
  });

/**
 * A calendar file read as RFC 5545 says: lines end CRLF, a line starting with a space or a tab
 * continues the one before; each is NAME;PARAM=VALUE:value. Components nest.
 * @param {string} text
 */
const parse = (text) => {
  assert.ok(text.endsWith("\r\n") && !text.replace(/\r\n/g, "").includes("\n"), "every line ends CRLF");
  for (const line of text.split("\r\n")) assert.ok(new TextEncoder().encode(line).length <= 75, `folded at 75 octets: ${line}`);
  const lines = text
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .filter(Boolean);
  /** @type {any} */
  const root = { name: "", properties: [], components: [] };
  const stack = [root];
  for (const line of lines) {
    const match = /^([A-Z-]+)((?:;[A-Z-]+=[^;:]*)*):(.*)$/.exec(line);
    assert.ok(match, `a content line: ${line}`);
    const [, name, params, value] = /** @type {string[]} */ (match);
    const top = stack[stack.length - 1];
    if (name === "BEGIN") {
      const component = { name: value, properties: [], components: [] };
      top.components.push(component);
      stack.push(component);
    } else if (name === "END") {
      assert.equal(top.name, value, "END closes the component BEGIN opened");
      stack.pop();
    } else top.properties.push({ name, params, value });
  }
  assert.equal(stack.length, 1, "every component is closed");
  assert.equal(root.components.length, 1);
  return root.components[0];
};
/** The value of property `name` of a parsed component (the first). */
const value = (/** @type {any} */ component, /** @type {string} */ name) => component.properties.find((/** @type {any} */ p) => p.name === name)?.value;
/** iCalendar TEXT read back: \\n, \\, \\; and \\\\ unescaped. */
const unescape = (/** @type {string} */ text) => text.replace(/\\([nN\\;,])/g, (_, c) => (c === "n" || c === "N" ? "\n" : c));

test("the review date and each objective's date are events, one each, with one reminder each", () => {
  const made = parse(sfg.calendar.make({ organisation: "NHS Example Trust", reminderDays: 7, events: eventsOf() }, NOW));
  assert.equal(made.name, "VCALENDAR");
  assert.equal(value(made, "VERSION"), "2.0");
  assert.equal(value(made, "PRODID"), "-//NHS Example Trust//Scope for Growth toolkit//EN");
  const events = made.components;
  assert.deepEqual(
    events.map((/** @type {any} */ event) => event.name),
    ["VEVENT", "VEVENT", "VEVENT"],
  );
  assert.deepEqual(
    events.map((/** @type {any} */ event) => value(event, "DTSTART")),
    ["20270301", "20270115", "20270301"],
  );
  for (const event of events) {
    assert.equal(event.properties.find((/** @type {any} */ p) => p.name === "DTSTART").params, ";VALUE=DATE");
    assert.equal(value(event, "TRANSP"), "OPAQUE", "shown busy");
    assert.equal(value(event, "DTSTAMP"), "20261124T104207Z");
    assert.equal(event.components.length, 1, "one reminder");
    const [alarm] = event.components;
    assert.equal(alarm.name, "VALARM");
    assert.equal(value(alarm, "ACTION"), "DISPLAY");
    assert.equal(value(alarm, "TRIGGER"), "-P7D");
    assert.ok(value(alarm, "DESCRIPTION"));
  }
  const uids = events.map((/** @type {any} */ event) => value(event, "UID"));
  assert.equal(new Set(uids).size, 3, "every UID its own");
  assert.ok(uids.every((/** @type {string} */ uid) => uid.endsWith("@sfg-test") && !uid.includes("Alex")));
});

test("an event ends the next day; the reminder comes the days before the content says", () => {
  const made = parse(sfg.calendar.make({ organisation: "T", reminderDays: 3, events: eventsOf({ answers: { "next-review-date": "2026-12-31" } }) }, NOW));
  const [event] = made.components;
  assert.equal(made.components.length, 1);
  assert.equal(value(event, "DTEND"), "20270101");
  assert.equal(value(event.components[0], "TRIGGER"), "-P3D");
  assert.equal(unescape(value(event.components[0], "DESCRIPTION")), "Your Scope for Growth review, on 31 December 2026");
});

test("the same plan downloaded again gives the same UIDs; another person or a colleague's plan others", () => {
  const uids = (/** @type {any} */ more) => eventsOf(more).map((event) => event.uid);
  assert.deepEqual(uids({}), uids({}));
  assert.notDeepEqual(uids({}), uids({ name: "Sam Patel" }));
  assert.notDeepEqual(uids({}), uids({ colleague: true }));
});

test("on the person's own plan the words are theirs, naming their manager and whose plan it is", () => {
  const [review, audit] = eventsOf();
  assert.equal(review?.title, "Your Scope for Growth review with Jo Smith");
  assert.equal(review?.description, "Review your plan.\n\nFrom the development plan of Alex Morgan.");
  assert.equal(audit?.title, "Your objective is due: Lead the audit, then; share it \\ widely");
  assert.equal(audit?.description, "An objective of your plan: Lead the audit, then; share it \\ widely\n\nFrom the development plan of Alex Morgan.");
  const [bare] = eventsOf({ name: "", answers: { "next-review-date": "2027-03-01" } });
  assert.equal(bare?.title, "Your Scope for Growth review");
  assert.equal(bare?.description, "Review your plan.");
});

test("on a plan a manager filled in for a colleague the words are the manager's, with the colleague's name", () => {
  const [review, audit] = eventsOf({ name: "Sam Patel", colleague: true });
  assert.equal(review?.title, "Sam Patel's Scope for Growth review");
  assert.equal(review?.description, "Review the plan you agreed with Sam Patel.");
  assert.equal(audit?.title, "Sam Patel's objective is due: Lead the audit, then; share it \\ widely");
  assert.equal(review?.reminder, "Sam Patel's Scope for Growth review, on 1 March 2027");
});

test("a title and description set in plan.yml are the review's whoever downloads it, as before", () => {
  const calendar = { ...CALENDAR, title: "Review: {name}", description: "Talk about {name}'s plan." };
  for (const colleague of [false, true]) {
    const [review, audit] = eventsOf({ calendar, colleague });
    assert.equal(review?.title, "Review: Alex Morgan");
    assert.equal(review?.description, "Talk about Alex Morgan's plan.");
    assert.match(audit?.title ?? "", /objective is due/);
  }
});

test("an objective's words are iCalendar text, escaped and folded, and read back whole", () => {
  const text = sfg.calendar.make({ organisation: "T", reminderDays: 7, events: eventsOf() }, NOW);
  assert.ok(text.includes("SUMMARY:Your objective is due: Lead the audit\\, then\\; share it \\\\ widely\r\n"));
  const events = parse(text).components;
  assert.equal(unescape(value(events[2], "SUMMARY")), `Your objective is due: ${"Siân's long objective ".repeat(8).trim()}`);
  assert.equal(unescape(value(events[0], "DESCRIPTION")), "Review your plan.\n\nFrom the development plan of Alex Morgan.");
  const bell = sfg.calendar.make(
    { organisation: "T", reminderDays: 7, events: [{ day: "2027-01-01", title: "A\u0007bell", description: "", uid: "u", reminder: "r" }] },
    NOW,
  );
  assert.ok(bell.includes("SUMMARY:Abell\r\n") && !/^DESCRIPTION:[^\r]*\r\nTRANSP/m.test(bell), "no control characters; no description, no line");
});

test("no objective events without a date column, an objective column, or for a private objective", () => {
  assert.equal(eventsOf({ review: { ...REVIEW, due: "" } }).length, 1);
  assert.equal(eventsOf({ review: undefined }).length, 1);
  assert.equal(eventsOf({ calendar: { ...CALENDAR, objective: "" } }).length, 1);
  const secrets = { "secrets/r1/objective": "Leave", "secrets/r1/due": "2027-01-01" };
  assert.equal(eventsOf({ review: { ...REVIEW, table: "secrets" }, answers: secrets }).length, 0);
  assert.equal(eventsOf({ answers: { "next-review-date": "2027-02-30x" } }).length, 0, "not a day: nothing");
});
