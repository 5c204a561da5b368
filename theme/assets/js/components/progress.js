// @ts-check
/* Scope for Growth: "2 of 5 answered" at the top of a section of the journal. A question
   counts when one of its controls holds more than spaces. */
"use strict";
var sfg = sfg || {};
{
  const { CONTROLS, keyed, all } = sfg.parts;

  class Progress extends sfg.Component {
    static moduleName = "sfg-progress";

    /** @param {HTMLElement} element */
    constructor(element) {
      super(element);
      const section = element.closest("[data-sfg-section]");
      if (!section) throw new Error("Scope for Growth: sfg-progress belongs in a [data-sfg-section]");
      this.listen("sfg:change", ({ record, keys }) => {
        if (keys && !keys.some((key) => section.querySelector(keyed(key)))) return;
        const questions = all(section, "[data-sfg-question]");
        const answered = questions.filter((question) => all(question, CONTROLS).some((control) => record.answers[control.dataset.sfgKey || ""]?.trim()));
        element.textContent = sfg.fill(this.text.progress, { answered: answered.length, total: questions.length });
      });
    }
  }

  sfg.Progress = Progress;
}
