// @ts-check
/* Scope for Growth: answers to questions no longer on the page (removed or re-id'd in the
   content), shown read-only under their question as it was, to copy or delete. */
"use strict";
var sfg = sfg || {};
{
  const { find, keyed, all } = sfg.parts;

  class Orphans extends sfg.Component {
    static moduleName = "sfg-orphans";

    /** @param {HTMLElement} element */
    constructor(element) {
      super(element);
      this.list = find(element, "[data-sfg-orphan-list]", HTMLElement);
      this.template = find(element, "template[data-sfg-orphan-template]", HTMLTemplateElement);
      // Typing in a question on the page changes nothing here.
      this.listen("sfg:change", ({ record, keys }) => {
        if (!keys || !keys.every((key) => this.root.querySelector(keyed(key)))) this.show(record);
      });
      this.onClick("[data-sfg-orphan-action]", (button) => {
        const item = /** @type {HTMLElement} */ (button.closest("[data-sfg-orphan]"));
        if (button.dataset.sfgOrphanAction === "copy") this.copy(item);
        else this.remove(item);
      });
    }

    /** @param {AnswerRecord} record */
    show({ form, answers, questions }) {
      const known = new Set(all(this.root, "[data-sfg-key]").map((element) => element.dataset.sfgKey));
      // The plan's own keys (past plans, a review being written) answer no question.
      const orphans = Object.entries(answers).filter(([key, answer]) => answer.trim() && !known.has(key) && !sfg.past.isOwn(this.names, key));
      const items = orphans.map(([key, answer], i) => {
        const item = this.names.fromTemplate(this.template, String(i + 1));
        const question = questions[key] || this.names.question(form, key) || this.text.orphan_question_unknown;
        item.dataset.sfgOrphan = key;
        find(item, "[data-sfg-orphan-answer]", HTMLTextAreaElement).value = answer;
        for (const words of item.querySelectorAll("[data-sfg-orphan-question], [data-sfg-orphan-name]")) words.textContent = question;
        return item;
      });
      this.list.replaceChildren(...items);
      this.element.hidden = !items.length;
    }

    /** @param {HTMLElement} item */
    async copy(item) {
      const answer = find(item, "[data-sfg-orphan-answer]", HTMLTextAreaElement);
      try {
        await navigator.clipboard.writeText(answer.value);
      } catch {
        answer.select();
        document.execCommand("copy");
      }
      this.announce(this.text.orphan_copied);
    }

    /** @param {HTMLElement} item */
    async remove(item) {
      const t = this.text;
      if (!(await this.ask({ heading: t.orphan_delete_heading, text: t.orphan_delete_text, confirm: t.orphan_delete }))) return;
      // Then the focus goes to the next answer's first button, or to the page's heading.
      const next = /** @type {HTMLElement | null} */ (item.nextElementSibling || item.previousElementSibling)?.dataset.sfgOrphan;
      this.emit("sfg:put", { answers: { [item.dataset.sfgOrphan || ""]: "" } });
      const heading = this.root.querySelector("h1");
      if (heading) heading.tabIndex = -1;
      const button =
        next &&
        all(this.list, "[data-sfg-orphan]")
          .find((other) => other.dataset.sfgOrphan === next)
          ?.querySelector("button");
      (button || heading || document.body).focus();
      this.announce(t.orphan_deleted);
    }
  }

  sfg.components.register(Orphans);
}
