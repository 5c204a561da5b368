// @ts-check
/* Scope for Growth: the confirmation dialog of a form page. It answers the request
   sfg:confirm (asked before something that cannot be undone): heading, text, a list, the
   words of the confirming button; Cancel has the focus. The answer is true when the person
   confirms; Cancel and Escape say no. (No <form method="dialog">: the PDF build wraps each
   page in a form.)
   Pages without a form have one too ("Forget me on this computer", in the footer): the
   dialog nearest to the question answers it. */
"use strict";
var sfg = sfg || {};
{
  const { find, chosen } = sfg.parts;

  class Dialog extends sfg.Component {
    static moduleName = "sfg-dialog";
    static inForm = false;

    /** @param {HTMLElement} element */
    constructor(element) {
      super(element);
      if (!(element instanceof HTMLDialogElement)) throw new Error("Scope for Growth: sfg-dialog needs a <dialog>");
      /** @param {string} name */
      const part = (name) => find(element, `[data-sfg-dialog-${name}]`, HTMLElement);
      const [heading, description, list, confirm, cancel] = [part("heading"), part("text"), part("list"), part("confirm"), part("cancel")];
      // Each button closes the dialog with its value: "yes" or "".
      this.onClick("button[value]", (button) => element.close(/** @type {HTMLButtonElement} */ (button).value));
      this.answer("sfg:confirm", async (question) => {
        heading.textContent = question.heading;
        description.textContent = question.text;
        const items = question.items || [];
        list.replaceChildren(...items.map((item) => Object.assign(document.createElement("li"), { textContent: item })));
        list.hidden = !items.length;
        confirm.textContent = question.confirm;
        const answered = chosen(element);
        cancel.focus();
        return (await answered) === "yes";
      });
    }
  }

  sfg.components.register(Dialog);
}
