// @ts-check
/* Scope for Growth: past plans (_history.j2): every plan reviewed, newest first, dated and
   read only (past.js reads them, past-view.js says what shows), as text only. Where
   (data-sfg-history): "plan", the plan on the page (the person's own, or the plan filled in
   for a colleague, which started from theirs), each past plan removable after asking (its
   answer emptied: a newer edit, which files and other tabs carry); "check", the person's own
   plan as kept, on Check your answers; "guide", the colleague whose answers the guide shows
   (sfg:colleague), from their file. While the answers are locked nothing of it shows. */
"use strict";
var sfg = sfg || {};
{
  const { find, all } = sfg.parts;
  const { fill } = sfg;

  class History extends sfg.Component {
    static moduleName = "sfg-history";
    static inForm = false;

    /** @param {HTMLElement} element */
    constructor(element) {
      super(element);
      this.list = find(element, "[data-sfg-history-list]", HTMLElement);
      this.template = find(element, "template[data-sfg-history-template]", HTMLTemplateElement);
      this.level = Number(element.dataset.sfgHistoryLevel) || 4;
      const where = element.dataset.sfgHistory;
      if (where === "plan") this.onPlan();
      else if (where === "check") this.onCheck();
      else this.listen("sfg:colleague", ({ colleague }) => this.show(this.theirs(colleague)), document);
    }

    /** The plan on the page: its record as the form tells it. */
    onPlan() {
      const { names } = this;
      this.listen("sfg:change", ({ record, keys }) => {
        if (keys && !keys.some((key) => sfg.past.isOwn(names, key))) return;
        this.show(this.root.hasAttribute("data-sfg-locked") ? {} : record.answers);
      });
      this.onClick("[data-sfg-history-remove]", (button) => this.remove(button));
    }

    /** The person's own plan, as kept. */
    onCheck() {
      const show = async () => {
        const locked = this.place.state() === "locked";
        this.show(locked ? {} : (await new sfg.Store(this.names, "plan", this.place).look()).answers);
      };
      this.on(window, "storage", show);
      for (const type of /** @type {const} */ (["sfg:locked", "sfg:unlocked"])) this.listen(type, show);
      this.listen("sfg:forgotten", show, document);
      this.listen("sfg:moved", show, document);
      show();
    }

    /**
     * The answers of a colleague's plan, from their file.
     * @param {Colleague | null} colleague
     */
    theirs(colleague) {
      /** @type {{[key: string]: string}} */
      const answers = {};
      if (colleague && this.place.state() !== "locked") for (const [key, { answer }] of Object.entries(colleague.forms.plan || {})) answers[key] = answer;
      return answers;
    }

    /** @param {{[key: string]: string}} answers Show the past plans among them. */
    show(answers) {
      const items = sfg.past.list(this.names, answers).map(({ key, plan }) => this.item(key, plan));
      this.list.replaceChildren(...items);
      this.element.hidden = !items.length;
    }

    /**
     * One past plan.
     * @param {string} key
     * @param {PastPlan} plan
     */
    item(key, plan) {
      const { config } = this.settings;
      const shown = sfg.pastView.view(this.names, config, plan);
      const item = /** @type {HTMLElement} */ (this.template.content.firstElementChild?.cloneNode(true));
      item.dataset.sfgHistoryKey = key;
      item.dataset.sfgHistoryDate = shown.date;
      const heading = fill(this.text.history_plan_heading, { date: shown.date });
      find(item, "[data-sfg-history-date]", HTMLElement).textContent = heading;
      for (const name of all(item, "[data-sfg-history-name]")) name.textContent = heading;
      find(item, "[data-sfg-history-answers]", HTMLElement).replaceChildren(...shown.answers.map(row));
      const label = this.element.dataset.sfgHistoryRow || "";
      const objectives = shown.objectives.map(({ number, cells }, i) => {
        const part = Object.assign(document.createElement("div"), { className: "sfg-check-row" });
        const title = Object.assign(document.createElement(`h${this.level}`), {
          className: "sfg-check-row-heading",
          textContent: `${label} ${number || i + 1}`,
        });
        const list = Object.assign(document.createElement("dl"), { className: "sfg-summary-list" });
        list.append(...cells.map(row));
        part.append(title, list);
        return part;
      });
      find(item, "[data-sfg-history-objectives]", HTMLElement).replaceChildren(...objectives);
      return item;
    }

    /** @param {HTMLElement} button Remove the past plan it is under, after asking. */
    async remove(button) {
      const t = this.text;
      const item = /** @type {HTMLElement} */ (button.closest("[data-sfg-history-key]"));
      const when = item.dataset.sfgHistoryDate || "";
      const question = { heading: fill(t.history_remove_heading, { date: when }), text: t.history_remove_text, confirm: t.history_remove_confirm };
      if (!(await this.ask(question))) return;
      this.emit("sfg:put", { answers: { [item.dataset.sfgHistoryKey || ""]: "" } });
      this.announce(fill(t.history_removed, { date: when }));
      // The section's heading, or (the last past plan removed, the section hidden) the page's.
      const heading = this.element.hidden ? this.root.querySelector("h1") : this.element.querySelector(`h${this.level - 2}`);
      if (heading instanceof HTMLElement) {
        heading.tabIndex = -1;
        heading.focus();
      }
    }
  }

  /** @param {{question: string, answer: string}} item A row of a summary list, as text. */
  const row = ({ question, answer }) => {
    const part = Object.assign(document.createElement("div"), { className: "sfg-summary-list__row" });
    part.append(
      Object.assign(document.createElement("dt"), { className: "sfg-summary-list__key", textContent: question }),
      Object.assign(document.createElement("dd"), { className: "sfg-summary-list__value", textContent: answer }),
    );
    return part;
  };

  sfg.components.register(History);
}
