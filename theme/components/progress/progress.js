// @ts-check
/* Scope for Growth: "2 of 5 answered" at the top of a section of the journal, or for the
   whole form ("12 of 33 answered", outside any section) with a link to the first question
   not answered yet, so that a person coming back carries on where they left off. A question
   counts when one of its controls holds more than spaces. While the answers are locked it
   says so instead (they are not missing). The link moves focus to that
   question's first control itself: Material's instant navigation would take a change of
   address for a new page, and load this one again. It scrolls the question, label first, to
   the top of the window: its scroll-margin-top (forms.css) keeps it below Material's sticky
   header, where scrolling the control alone would hide the label under it. */
"use strict";
var sfg = sfg || {};
{
  const { CONTROLS, keyed, all } = sfg.parts;

  /**
   * The questions in `scope`, and those of them with no answer in `record`. Whose answers
   * (name and role) are no question of the form.
   * @param {ParentNode} scope
   * @param {AnswerRecord} record
   */
  const unanswered = (scope, record) => {
    const questions = all(scope, "[data-sfg-question]").filter((question) => !question.closest("[data-sfg-person]"));
    const open = questions.filter((question) => !all(question, CONTROLS).some((control) => record.answers[control.dataset.sfgKey || ""]?.trim()));
    return { questions, open };
  };

  class Progress extends sfg.Component {
    static moduleName = "sfg-progress";

    /** @param {HTMLElement} element */
    constructor(element) {
      super(element);
      const section = element.closest("[data-sfg-section]");
      const scope = section || this.root;
      const count = element.querySelector("[data-sfg-progress-count]") || element;
      const next = element.querySelector("a[data-sfg-progress-next]");
      /** @type {HTMLElement | null} The first control of the first question not answered. */
      let first = null;
      /** @param {HTMLElement | null} control Where the link to the next question goes (none: hidden). */
      const point = (control) => {
        first = control;
        if (!(next instanceof HTMLAnchorElement)) return;
        next.hidden = !control;
        if (control) next.setAttribute("href", "#" + control.id);
      };
      this.listen("sfg:change", ({ record, keys }) => {
        if (section && keys && !keys.some((key) => section.querySelector(keyed(key)))) return;
        // Locked answers are not missing ones: never "0 of 33 answered" while locked.
        if (this.root.hasAttribute("data-sfg-locked")) {
          count.textContent = this.text.progress_locked;
          return point(null);
        }
        const { questions, open } = unanswered(scope, record);
        const said = sfg.fill(this.text.progress, { answered: questions.length - open.length, total: questions.length });
        if (count.textContent !== said) count.textContent = said; // as served: nothing to do again
        point(open[0]?.querySelector(CONTROLS) ?? null);
      });
      this.on(element, "click", (/** @type {MouseEvent} */ event) => {
        if (!first || !(event.target instanceof Element) || !event.target.closest("a[data-sfg-progress-next]")) return;
        event.preventDefault();
        event.stopPropagation();
        first.closest("[data-sfg-question]")?.scrollIntoView({ block: "start" });
        first.focus({ preventScroll: true });
      });
    }
  }

  sfg.components.register(Progress);
}
