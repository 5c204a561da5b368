// @ts-check
/* Scope for Growth: the review date for a calendar (components/conversation), as an .ics file
   (RFC 5545): one all-day event, its title and words from content/plan.yml `calendar:`. Pure:
   text in, text out (unit tests: calendar.test.mjs). */
"use strict";
var sfg = sfg || {};
{
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

  /**
   * A calendar with one all-day event on `day` (yyyy-mm-dd), stamped `now` (when it was made).
   * @param {{day: string, title: string, description: string, organisation: string, uid: string}} event
   * @param {Date} [now]
   */
  const calendar = ({ day, title, description, organisation, uid }, now = new Date()) => {
    const start = new Date(day + "T00:00:00Z");
    const end = new Date(start.getTime() + 86400000);
    const date = (/** @type {Date} */ d) => d.toISOString().slice(0, 10).replace(/-/g, "");
    const lines = [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      `PRODID:-//${icsText(organisation)}//Scope for Growth toolkit//EN`,
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
      "BEGIN:VEVENT",
      `UID:${uid}`,
      `DTSTAMP:${stamp(now)}`,
      `DTSTART;VALUE=DATE:${date(start)}`,
      `DTEND;VALUE=DATE:${date(end)}`,
      `SUMMARY:${icsText(title)}`,
      ...(description ? [`DESCRIPTION:${icsText(description)}`] : []),
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
      "END:VCALENDAR",
    ];
    return lines.map(fold).join("\r\n") + "\r\n";
  };

  sfg.calendar = calendar;
}
