// @ts-check
/* Scope for Growth: the framework's development initiatives for the position chosen in a plan
   question (data-sfg-key), each with a button that adds it to the objectives table
   (data-sfg-table: that table's key). */
"use strict";
var sfg = sfg || {};
{
  const { keyed } = sfg.parts;

  class Suggestions extends sfg.Component {
    static moduleName = "sfg-suggestions";

    /** @param {HTMLElement} element */
    constructor(element) {
      super(element);
      const key = element.dataset.sfgKey || "";
      this.listen("sfg:change", ({ record, keys }) => {
        if (keys && !keys.includes(key)) return;
        for (const group of element.querySelectorAll("[data-sfg-suggest]")) {
          /** @type {HTMLElement} */ (group).hidden = /** @type {HTMLElement} */ (group).dataset.sfgSuggest !== record.answers[key];
        }
      });
      this.on(element, "click", (/** @type {MouseEvent} */ event) => {
        const item = event.target instanceof Element && event.target.closest("[data-sfg-add-suggestion]")?.closest("li");
        const table = this.root.querySelector(`[data-module~="sfg-table"]${keyed(element.dataset.sfgTable || "")}`);
        const text = item && item.querySelector("[data-sfg-initiative]")?.textContent;
        if (text && table) this.emit("sfg:suggest", { text }, table);
      });
    }
  }

  sfg.Suggestions = Suggestions;
}
