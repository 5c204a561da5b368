// @ts-check
/* Scope for Growth: on the plan, in "What to do next": the review date for a calendar (an
   .ics file, RFC 5545: one all-day event, its title and words from content/plan.yml
   `calendar:`), and the outcome record for the organisation's talent records (one line per
   conversation: the person's own plan and each plan filled in for a colleague, or their
   own plan where none was; CSV and the same as JSON; its columns come from the
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

  /** @param {string} value A CSV field: quoted when it must be; a formula's first character made harmless. */
  const csvField = (value) => {
    const safe = /^[=+\-@\t\r]/.test(value) ? "'" + value : value;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };

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
    mine() {
      /** @type {SfgEvents["sfg:collect"]} */
      const collected = {};
      this.emit("sfg:collect", collected);
      return collected.record || new sfg.Store(this.names, "plan", this.place, this.colleague).empty();
    }

    calendar() {
      const t = this.text;
      const settings = this.settings.config.calendar;
      if (!settings) return;
      const record = this.mine();
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
      const file = this.names.fileName(name, t.download_file_name, t.download_name_review, day, "ics");
      sfg.save(content, "text/calendar", file);
      this.say(fill(t.calendar_done, { file }));
    }

    /** The plans of the conversations this browser holds: the person's own, then each colleague's. */
    async plans() {
      const { names, place } = this;
      const plans = [this.colleague ? await new sfg.Store(names, "plan", place).look() : this.mine()];
      for (const colleague of await new sfg.Colleagues(names, place, this.settings.config.forms).list()) {
        const filled = colleague.id === this.colleague ? this.mine() : await new sfg.Store(names, "plan", place, colleague.id).look();
        if (Object.values(filled.answers).some(Boolean)) plans.push(filled);
        else {
          const theirs = new sfg.Store(names, "plan", place).empty();
          for (const [key, { answer }] of Object.entries(colleague.forms.plan || {})) theirs.answers[key] = answer;
          theirs.answers[names.rules.person.name] ||= colleague.name;
          plans.push(theirs);
        }
      }
      return plans.filter((plan) => Object.values(plan.answers).some(Boolean));
    }

    /** @param {AnswerRecord} plan @returns {{[column: string]: string | number}} One line of the outcome record. */
    line({ answers }) {
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
      return Object.fromEntries(outcome.columns.map((column) => [column, line[column] ?? ""]));
    }

    /** @param {"csv" | "json"} kind */
    async outcome(kind) {
      const t = this.text;
      const outcome = this.settings.config.outcome;
      if (!outcome) return;
      const lines = (await this.plans()).map((plan) => this.line(plan));
      const exported = new Date().toISOString();
      const content =
        kind === "csv"
          ? [outcome.columns, ...lines.map((line) => outcome.columns.map((column) => line[column]))].map((fields) => fields.map((field) => csvField(String(field))).join(",")).join("\r\n") + "\r\n"
          : JSON.stringify({ format: "scope-for-growth-outcome", version: 1, site: this.settings.config.site, exported, columns: outcome.columns, conversations: lines }, null, 2);
      const name = lines.length === 1 ? String(lines[0].name) : "";
      const file = this.names.fileName(name, t.download_file_name, t.download_name_outcome, exported.slice(0, 10), kind);
      sfg.save(content, kind === "csv" ? "text/csv" : "application/json", file);
      this.say(fill(t.outcome_done, { file }));
    }
  }

  sfg.Conversation = Conversation;
  sfg.ics = { calendar, icsText, fold };
}
