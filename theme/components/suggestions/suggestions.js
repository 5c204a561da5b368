// @ts-check
/* Scope for Growth: the framework's development initiatives for the position chosen in a plan
   question (data-sfg-key), each with a button that adds it to the objectives table
   (data-sfg-table: that table's key). */
"use strict";
var sfg = sfg || {};
{
  const { TABLE, keyed, all } = sfg.parts;

  class Suggestions extends sfg.Component {
    static moduleName = "sfg-suggestions";

    /** @param {HTMLElement} element */
    constructor(element) {
      super(element);
      const key = element.dataset.sfgKey || "";
      this.listen("sfg:change", ({ record, keys }) => {
        if (keys && !keys.includes(key)) return;
        for (const group of all(element, "[data-sfg-suggest]")) group.hidden = group.dataset.sfgSuggest !== record.answers[key];
      });
      this.onClick("[data-sfg-add-suggestion]", (button) => {
        const table = this.root.querySelector(TABLE + keyed(element.dataset.sfgTable || ""));
        const text = button.closest("li")?.querySelector("[data-sfg-initiative]")?.textContent;
        if (text && table) this.emit("sfg:suggest", { text }, table);
      });
    }
  }

  sfg.components.register(Suggestions);
}
