// @ts-check
/* Scope for Growth: on the plan, in "What to do next": the review date for a calendar (an
   .ics file, RFC 5545: one all-day event, its title and words from content/plan.yml
   `calendar:`), and the outcome record for the organisation's talent records (one line per
   conversation held: the person's own plan and each plan filled in for a colleague, or their
   own plan where none was, when it holds the date of the conversation, a position or an
   objective; CSV for a spreadsheet and the same as JSON; its columns come from the
   configuration, generator/naming.py). Both are made in the browser and sent nowhere. */
"use strict";
var sfg = sfg || {};
{
  const { fill } = sfg;

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
   * A calendar with one all-day event on `day` (yyyy-mm-dd).
   * @param {{day: string, title: string, description: string, organisation: string, uid: string}} event
   */
  const calendar = ({ day, title, description, organisation, uid }) => {
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
      `DTSTAMP:${stamp(new Date())}`,
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

  /**
   * Every place in a value where a spreadsheet may start a cell it would take for a formula
   * (first "=", "+", "-", the at sign, a tab or a carriage return, after any spaces): the
   * value's start, and after each character some spreadsheet splits cells or lines on. Excel
   * splits a CSV on the list separator of the computer's region, ";" in much of Europe, and
   * there the quotes of a line no longer line up: what follows a ";" inside a field is a cell
   * of its own. LibreOffice asks which separators to split on (a tab, ";", "|" or any other);
   * a line break read outside quotes starts a row.
   */
  const FORMULA_STARTS = /(?<=^|[,;|\t\r\n])(?=[ ]*[=+\-@\t\r])/g;

  /**
   * A CSV field (RFC 4180): always quoted, a quote doubled, and each place a cell could start
   * a formula given a ' first, which makes that cell text in Excel and LibreOffice alike. A
   * line break inside a value stays, inside the quotes.
   * @param {string} value
   */
  const csvField = (value) => `"${value.replace(FORMULA_STARTS, "'").replace(/"/g, '""')}"`;

  /**
   * The CSV of `rows` (the header first): UTF-8 with a byte-order mark, without which Excel
   * reads the bytes as the computer's own code page ("SiÃ¢n" for "Siân"), lines ending CRLF.
   * @param {(string | number)[][]} rows
   */
  const csv = (rows) => "\uFEFF" + rows.map((fields) => fields.map((field) => csvField(String(field))).join(",") + "\r\n").join("");

  class Conversation extends sfg.Component {
    static moduleName = "sfg-conversation";

    /** @param {HTMLElement} element */
    constructor(element) {
      super(element);
      this.colleague = sfg.colleagueOnPage(this.names, this.settings.config.form);
      this.onClick("[data-sfg-calendar]", () => this.calendar());
      this.onClick("[data-sfg-outcome]", (button) => this.outcome(button.dataset.sfgOutcome === "json" ? "json" : "csv"));
    }

    /** @param {string} message @param {boolean} [problem] */
    say(message, problem) {
      this.emit("sfg:status", { message, problem });
    }

    /** This page's record as it is now. */
    async mine() {
      const empty = () => new sfg.Store(this.names, "plan", this.place, this.colleague).empty();
      return (await this.request("sfg:collect", {}, () => null)) || empty();
    }

    async calendar() {
      const t = this.text;
      const settings = this.settings.config.calendar;
      if (!settings) return;
      const record = await this.mine();
      const day = (record.answers[settings.key] || "").trim();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || isNaN(Date.parse(day))) return this.say(t.calendar_no_date, true);
      const name = sfg.files.whose(this.names, [record]).name;
      const content = calendar({
        day,
        title: fill(settings.title, { name }),
        description: fill(settings.description, { name }),
        organisation: settings.organisation,
        uid: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}@${this.names.rules.namespace}`,
      });
      const file = this.names.fileName({ person: name, fallback: t.download_file_name, content: [t.download_name_review], date: day, extension: "ics" });
      sfg.parts.save(content, "text/calendar", file);
      this.say(fill(t.calendar_done, { file }));
    }

    /** The person's own plan: this page's as it is now, or (on a colleague's plan) as stored. */
    async own() {
      return this.colleague ? new sfg.Store(this.names, "plan", this.place).look() : this.mine();
    }

    /**
     * The plans this browser holds that may record a conversation: `own` (the person's own
     * plan), then each colleague's: the plan filled in for them, or their own from their file
     * where none was. Which of them were held is for held() to say.
     * @param {AnswerRecord} own
     */
    async plans(own) {
      const { names, place } = this;
      const plans = [own];
      for (const colleague of await new sfg.ColleagueBook(names, place, this.settings.config.forms).list()) {
        const filled = colleague.id === this.colleague ? await this.mine() : await new sfg.Store(names, "plan", place, colleague.id).look();
        if (Object.values(filled.answers).some(Boolean)) plans.push(filled);
        else {
          const theirs = new sfg.Store(names, "plan", place).empty();
          for (const [key, { answer }] of Object.entries(colleague.forms.plan || {})) theirs.answers[key] = answer;
          theirs.answers[names.rules.person.name] ||= colleague.name;
          plans.push(theirs);
        }
      }
      return plans;
    }

    /**
     * True when `line` records a conversation held: it has the date of the conversation, a
     * position (now or in two years) or an objective. A plan holding only a name and a role
     * (or only words the record does not carry) is no conversation: the manager's own plan,
     * named so that downloads carry their name, never makes a line.
     * @param {{[column: string]: string | number}} line
     */
    held(line) {
      return !!line.conversation_date || this.settings.config.positions.some(({ column }) => !!line[column]) || Number(line.objectives) > 0;
    }

    /**
     * One line of the outcome record: every column of the configuration, in its order.
     * @param {AnswerRecord} plan @param {{recorded_by: string, exported_at: string}} recorded Who downloads it, and when.
     * @returns {{[column: string]: string | number}}
     */
    line({ answers }, recorded) {
      const { names } = this;
      const { outcome, positions } = this.settings.config;
      if (!outcome) return {};
      const value = (/** @type {string} */ key) => (answers[key] || "").trim();
      /** @type {{[column: string]: string | number}} */
      const line = { name: value(names.rules.person.name), role: value(names.rules.person.role), conversation_date: value(outcome.date) };
      for (const { key, column } of positions) line[column] = /** @type {string | undefined} */ (sfg.own(names.describe("plan", key)?.choices, value(key))) ?? value(key);
      const rows = new Set();
      for (const key of Object.keys(answers)) {
        const cell = names.cell(key);
        if (cell && cell.table === outcome.objectives && answers[key].trim()) rows.add(cell.row);
      }
      line.objectives = rows.size;
      Object.assign(line, recorded);
      return Object.fromEntries(outcome.columns.map((column) => [column, line[column] ?? ""]));
    }

    /** @param {"csv" | "json"} kind */
    async outcome(kind) {
      const t = this.text;
      const outcome = this.settings.config.outcome;
      if (!outcome) return;
      const exported = new Date().toISOString();
      const own = await this.own();
      // Whoever downloads it: their own name, from their plan or their journal ("" if none).
      const journal = await new sfg.Store(this.names, "journal", this.place).look();
      const recorded = { recorded_by: sfg.files.whose(this.names, [own, journal]).name, exported_at: exported };
      const lines = (await this.plans(own)).map((plan) => this.line(plan, recorded)).filter((line) => this.held(line));
      if (!lines.length) return this.say(t.outcome_none, true);
      const content =
        kind === "csv"
          ? csv([outcome.columns, ...lines.map((line) => outcome.columns.map((column) => line[column]))])
          : JSON.stringify({ format: "scope-for-growth-outcome", version: 1, site: this.settings.config.site, exported, columns: outcome.columns, conversations: lines }, null, 2);
      const name = lines.length === 1 ? String(lines[0].name) : "";
      const file = this.names.fileName({ person: name, fallback: t.download_file_name, content: [t.download_name_outcome], date: exported.slice(0, 10), extension: kind });
      sfg.parts.save(content, kind === "csv" ? "text/csv" : "application/json", file);
      this.say(fill(t.outcome_done, { file }));
    }
  }

  sfg.components.register(Conversation);
  sfg.ics = { calendar, icsText, fold };
}
