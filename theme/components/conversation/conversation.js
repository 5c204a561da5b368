// @ts-check
/* Scope for Growth: on the plan, in "What to do next": the plan's dates for a calendar (an
   .ics file, RFC 5545, calendar.js: the review and each objective's date, each with a
   reminder, in words for the one who downloads it), and the outcome record for the organisation's talent records (one line per
   conversation held: the person's own plan and each plan filled in for a colleague, or their
   own plan where none was, when it holds the date of the conversation, a position or an
   objective; CSV for a spreadsheet and the same as JSON; its columns come from the
   configuration, generator/naming.py). Both are made in the browser and sent nowhere. */
"use strict";
var sfg = sfg || {};
{
  const { fill } = sfg;
  const { csv } = sfg.outcome;

  class Conversation extends sfg.Component {
    static moduleName = "sfg-conversation";

    /** @param {HTMLElement} element */
    constructor(element) {
      super(element);
      this.colleague = sfg.colleagueOnPage(this.names, this.settings.config.form);
      this.onClick("[data-sfg-calendar]", () => this.calendar());
      this.onClick("[data-sfg-outcome]", (button) => this.outcome(button.dataset.sfgOutcome === "json" ? "json" : "csv"));
    }

    /**
     * @param {string} message
     * @param {boolean} [problem]
     */
    say(message, problem) {
      this.emit("sfg:status", { message, problem });
    }

    /** This page's record as it is now. */
    async mine() {
      const empty = () => new sfg.Store(this.names, "plan", this.place, this.colleague).empty();
      return (await this.request("sfg:collect", {}, () => null)) || empty();
    }

    /**
     * The plan's dates (its review, each objective's) as a calendar file, in words for the one
     * who downloads it: the person on their own plan, or their manager on the plan filled in
     * for them.
     */
    async calendar() {
      const t = this.text;
      const { calendar, review, lang, names } = this.settings.config;
      if (!calendar) return;
      const record = await this.mine();
      const given = sfg.files.whose(this.names, [record]).name;
      const name = given || (this.colleague ? await this.colleagueName() : "");
      const colleague = !!this.colleague;
      const events = sfg.calendar.events({
        names: this.names,
        calendar,
        review,
        answers: record.answers,
        text: t,
        name,
        colleague,
        lang,
        namespace: names.namespace,
      });
      if (!events.length) return this.say(t.calendar_no_date, true);
      const content = sfg.calendar.make({ organisation: calendar.organisation, reminderDays: calendar.reminderDays, events });
      const day = events[0]?.day ?? "";
      const file = this.names.fileName({ person: name, fallback: t.download_file_name, content: [t.download_name_review], date: day, extension: "ics" });
      sfg.parts.save(content, "text/calendar", file);
      this.say(fill(t.calendar_done, { file }));
    }

    /** The name of the colleague this page's plan is filled in for ("" when not kept here). */
    async colleagueName() {
      const colleague = await new sfg.ColleagueBook(this.names, this.place, this.settings.config.forms).get(this.colleague);
      return colleague?.name || "";
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
      const lines = (await this.plans(own))
        .map((plan) => sfg.outcome.line(this.names, this.settings.config, plan, recorded))
        .filter((line) => sfg.outcome.held(this.settings.config.positions, line, outcome.reviewed));
      if (!lines.length) return this.say(t.outcome_none, true);
      const content =
        kind === "csv"
          ? csv([outcome.columns, ...lines.map((line) => outcome.columns.map((column) => line[column] ?? ""))])
          : JSON.stringify(
              { format: "scope-for-growth-outcome", version: 1, site: this.settings.config.site, exported, columns: outcome.columns, conversations: lines },
              null,
              2,
            );
      const name = lines.length === 1 ? String(lines[0]?.name) : "";
      const file = this.names.fileName({
        person: name,
        fallback: t.download_file_name,
        content: [t.download_name_outcome],
        date: exported.slice(0, 10),
        extension: kind,
      });
      sfg.parts.save(content, kind === "csv" ? "text/csv" : "application/json", file);
      this.say(fill(t.outcome_done, { file }));
    }
  }

  sfg.components.register(Conversation);
}
