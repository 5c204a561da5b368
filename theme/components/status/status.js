// @ts-check
/* Scope for Growth: the status bar of a form page. It says what happened to the answers
   ("Saved on this device at 10:42") or what went wrong and what to do (sfg:status), with a
   download button while something is wrong; and it says short news to screen readers only
   (sfg:announce: a row moved, an answer copied). A notice (an unreadable record was set
   aside) stays in front of every message until answers are replaced; a reminder to download
   a copy (components/privacy) stays after them until it is taken back. */
"use strict";
var sfg = sfg || {};
{
  const { find, all } = sfg.parts;

  class Status extends sfg.Component {
    static moduleName = "sfg-status";

    /** @param {HTMLElement} element */
    constructor(element) {
      super(element);
      const region = find(element, "[data-sfg-status]", HTMLElement);
      const announcer = find(this.root, "[data-sfg-announce]", HTMLElement);
      let notice = "";
      let message = "";
      let reminder = "";
      let wrong = false;
      this.listen("sfg:status", (detail) => {
        notice = detail.notice ?? notice;
        reminder = detail.reminder ?? reminder;
        if (detail.message !== undefined) [message, wrong] = [detail.message, !!detail.problem];
        const text = [notice, message, reminder].filter(Boolean).join(" ");
        const problem = wrong || !!(notice || reminder);
        if (region.textContent !== text) region.textContent = text;
        region.classList.toggle("sfg-status--problem", problem);
        for (const button of all(element, "[data-sfg-problem-only]")) button.hidden = !problem;
      });
      this.listen("sfg:announce", ({ message }) => (announcer.textContent = message));
      this.onClick('[data-sfg-action="download"]', () => this.emit("sfg:download", null));
    }
  }

  sfg.components.register(Status);
}
