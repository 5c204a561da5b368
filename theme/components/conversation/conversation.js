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

    async calendar() {
      const t = this.text;
      const settings = this.settings.config.calendar;
      if (!settings) return;
      const record = await this.mine();
      const day = (record.answers[settings.key] || "").trim();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || isNaN(Date.parse(day))) return this.say(t.calendar_no_date, true);
      const name = sfg.files.whose(this.names, [record]).name;
      const content = sfg.calendar({
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
        .filter((line) => sfg.outcome.held(this.settings.config.positions, line));
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
