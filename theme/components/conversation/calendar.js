// @ts-check
/* Scope for Growth: the plan's dates for a calendar (components/conversation), as an .ics file
   (RFC 5545): the review date and each objective's date (the column config.review.due, in
   each row that has one and says what the objective is), each an all-day event shown busy,
   with a reminder (VALARM) config.calendar.reminderDays before. The words say whose plan it
   is to the one who downloads it: "Your Scope for Growth review" on the person's own plan,
   "Sam Patel's Scope for Growth review" on the plan a manager filled in for Sam; a title or
   description set in content/plan.yml `calendar:` is the review's, whoever downloads it. Each
   UID is made of what the event is (the review or an objective's row), its date and whose it
   is: downloading the same plan again gives the same UIDs, so a calendar updates the events
   rather than doubling them. Pure: text in, text out (unit tests: calendar.test.mjs). */
"use strict";
var sfg = sfg || {};
{
  const { fill } = sfg;
  const DAY = /^\d{4}-\d{2}-\d{2}$/;

  /** @param {string} words A TEXT value of iCalendar: backslash, ; , and new lines escaped. */
  const icsText = (words) =>
    words
      .replace(/\r\n?/g, "\n")
      .replace(/[\\;,]/g, "\\$&")
      .replace(/\n/g, "\\n")
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f]/g, "");

  /** @param {string} line Folded after 75 octets, as iCalendar asks (never inside a character). */
  const fold = (line) => {
    const encoder = new TextEncoder();
    let out = "";
    let size = 0;
    for (const character of line) {
      const bytes = encoder.encode(character).length;
      if (size + bytes > 75) {
        out += "\r\n ";
        size = 1;
      }
      out += character;
      size += bytes;
    }
    return out;
  };

  /** @param {Date} date As iCalendar writes a date and time in UTC. */
  const stamp = (date) => date.toISOString().replace(/[-:]/g, "").replace(/\.\d+/, "");

  /** @param {string} day True for a real day written yyyy-mm-dd. */
  const isDay = (day) => DAY.test(day) && !isNaN(Date.parse(day));

  /**
   * A short, steady fingerprint of `text` (FNV-1a, 32 bits, in base 36): the same text, the
   * same fingerprint, on every computer. It tells people apart in a UID without writing their
   * name into it.
   * @param {string} text
   */
  const fingerprint = (text) => {
    let hash = 0x811c9dc5;
    for (const byte of new TextEncoder().encode(text)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
    return hash.toString(36);
  };

  /**
   * @typedef {{day: string, title: string, description: string, uid: string, reminder: string}} CalendarEvent
   * An all-day event on `day` (yyyy-mm-dd), and what its reminder says.
   */

  /**
   * The lines of one event, its reminder `days` before it.
   * @param {CalendarEvent} event
   * @param {number} days
   * @param {string} now When it was made, as iCalendar writes it.
   */
  const eventLines = ({ day, title, description, uid, reminder }, days, now) => {
    const start = new Date(day + "T00:00:00Z");
    const end = new Date(start.getTime() + 86400000);
    const date = (/** @type {Date} */ d) => d.toISOString().slice(0, 10).replace(/-/g, "");
    return [
      "BEGIN:VEVENT",
      `UID:${uid}`,
      `DTSTAMP:${now}`,
      `DTSTART;VALUE=DATE:${date(start)}`,
      `DTEND;VALUE=DATE:${date(end)}`,
      `SUMMARY:${icsText(title)}`,
      ...(description ? [`DESCRIPTION:${icsText(description)}`] : []),
      "TRANSP:OPAQUE",
      "BEGIN:VALARM",
      "ACTION:DISPLAY",
      `DESCRIPTION:${icsText(reminder)}`,
      `TRIGGER:-P${days}D`,
      "END:VALARM",
      "END:VEVENT",
    ];
  };

  /**
   * A calendar of `events`, each with a reminder `reminderDays` before it, stamped `now` (when
   * it was made).
   * @param {{organisation: string, reminderDays: number, events: CalendarEvent[]}} calendar
   * @param {Date} [now]
   */
  const make = ({ organisation, reminderDays, events }, now = new Date()) => {
    const lines = [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      `PRODID:-//${icsText(organisation)}//Scope for Growth toolkit//EN`,
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
      ...events.flatMap((event) => eventLines(event, reminderDays, stamp(now))),
      "END:VCALENDAR",
    ];
    return lines.map(fold).join("\r\n") + "\r\n";
  };

  /**
   * @typedef {object} PlanDates What the events of a plan are made of.
   * @property {Names} names The names of answers.
   * @property {NonNullable<Config["calendar"]>} calendar What the events are made of.
   * @property {Config["review"]} review Where the objectives' dates are, if anywhere.
   * @property {{[key: string]: string}} answers The plan's answers.
   * @property {Config["text"]} text The interface words.
   * @property {string} name Whose plan it is ("" when not given).
   * @property {boolean} colleague True for a plan a manager filled in for a colleague.
   * @property {string} lang How dates are written in the reminders.
   * @property {string} namespace The toolkit's namespace, the end of every UID.
   */

  /**
   * The words of the events, for the one who downloads them: the person, or their manager.
   * @param {PlanDates} plan
   */
  const wordsOf = ({ calendar, answers, text: t, name, colleague }) => {
    const manager = calendar.manager ? (answers[calendar.manager] || "").trim() : "";
    const ours = colleague
      ? { title: fill(t.colleague_calendar_review_title, { name }), description: fill(t.colleague_calendar_review_description, { name }) }
      : { title: manager ? fill(t.calendar_review_title_manager, { manager }) : t.calendar_review_title, description: t.calendar_review_description };
    // On the person's own plan, each event's words end with whose plan it is, if it says.
    const whose = !colleague && name ? "\n\n" + fill(t.calendar_plan_of, { name }) : "";
    return {
      title: calendar.title ? fill(calendar.title, { name }) : ours.title,
      description: calendar.description ? fill(calendar.description, { name }) : ours.description + whose,
      objective: (/** @type {string} */ objective) => ({
        title: fill(colleague ? t.colleague_calendar_objective_title : t.calendar_objective_title, { name, objective }),
        description: fill(colleague ? t.colleague_calendar_objective_description : t.calendar_objective_description, { name, objective }) + whose,
      }),
    };
  };

  /**
   * The rows of `table` among `answers`: those its order of rows lists, in that order, then
   * any other that has a cell.
   * @param {Names} names
   * @param {string} table
   * @param {{[key: string]: string}} answers
   */
  const rowsOf = (names, table, answers) => {
    const rows = new Set((answers[table] || "").split(/\s+/).filter((row) => names.isRow(row)));
    for (const key of Object.keys(answers)) {
      const cell = names.cell(key);
      if (cell?.table === table) rows.add(cell.row);
    }
    return rows;
  };

  /**
   * The rows of the table of objectives that have a date and say what the objective is (in
   * the table's order), each with that date and those words. An objective marked private is
   * not written into a calendar.
   * @param {PlanDates} plan
   */
  const objectives = ({ names, calendar, review, answers }) => {
    if (!review?.due || !calendar.objective) return [];
    const { table, due } = review;
    const cell = (/** @type {string} */ row, /** @type {string} */ column) => fill(names.rules.cellKey, { table, row, column });
    const text = (/** @type {string} */ key) => (names.describe("plan", key)?.private ? "" : (answers[key] || "").trim());
    return [...rowsOf(names, table, answers)]
      .map((row) => ({ row, day: text(cell(row, due)), objective: text(cell(row, calendar.objective)) }))
      .filter(({ day, objective }) => isDay(day) && objective);
  };

  /**
   * The events of a plan: its review date, then each objective's date.
   * @param {PlanDates} plan
   * @returns {CalendarEvent[]}
   */
  const events = (plan) => {
    const words = wordsOf(plan);
    const who = fingerprint(`${plan.colleague ? "colleague" : "own"}\n${plan.name}`);
    const uid = (/** @type {string} */ what, /** @type {string} */ day) => `sfg-${what}-${day}-${who}@${plan.namespace}`;
    const reminder = (/** @type {string} */ title, /** @type {string} */ day) => {
      const date = new Date(day + "T00:00:00Z").toLocaleDateString(plan.lang, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
      return fill(plan.text.calendar_reminder, { title, date });
    };
    /** @type {CalendarEvent[]} */
    const found = [];
    const review = (plan.answers[plan.calendar.key] || "").trim();
    if (isDay(review)) found.push({ day: review, ...words, uid: uid("review", review), reminder: reminder(words.title, review) });
    for (const { row, day, objective } of objectives(plan)) {
      const { title, description } = words.objective(objective);
      found.push({ day, title, description, uid: uid(`objective-${row}`, day), reminder: reminder(title, day) });
    }
    return found;
  };

  sfg.calendar = { make, events, isDay };
}
