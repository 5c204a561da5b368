// @ts-check
/* Scope for Growth: what the components do to the page alike (sfg.parts): find their elements,
   the controls that hold answers (each names its answer in data-sfg-key), a passphrase box's
   error, a dialog opened for an answer, a file handed to the person. */
"use strict";
var sfg = sfg || {};
{
  const FORM = '[data-module~="sfg-form"]';
  const TABLE = '[data-module~="sfg-table"]';
  /** A control that holds an answer; its key is in data-sfg-key. */
  const CONTROLS = "input[data-sfg-key], textarea[data-sfg-key]";

  /** @param {string} key A selector for the elements of answer `key`. */
  const keyed = (key) => `[data-sfg-key="${CSS.escape(key)}"]`;
  /** @param {string} key A selector for the controls of answer `key`. */
  const controlsOf = (key) => `input${keyed(key)}, textarea${keyed(key)}`;

  /**
   * The element `selector` finds in `scope`: one of `type`, or an error.
   * @template {Element} T
   * @param {ParentNode} scope
   * @param {string} selector
   * @param {{new (): T}} type
   * @returns {T}
   */
  const find = (scope, selector, type) => {
    const found = scope.querySelector(selector);
    if (!(found instanceof type)) throw new Error(`Scope for Growth: no ${type.name} ${selector} here`);
    return found;
  };

  /**
   * The elements `selector` finds in `scope` (ours are all HTML elements).
   * @param {ParentNode} scope
   * @param {string} selector
   */
  const all = (scope, selector) => /** @type {HTMLElement[]} */ ([...scope.querySelectorAll(selector)]);

  /**
   * True when a control holds an answer: a chosen option, or text other than spaces.
   * @param {HTMLInputElement | HTMLTextAreaElement} control
   */
  const answered = (control) => (control.type === "radio" ? /** @type {HTMLInputElement} */ (control).checked : !!control.value.trim());

  /**
   * Show `message` as the error of passphrase box `input` ("" clears it).
   * @param {HTMLInputElement} input
   * @param {string} message
   */
  const passphraseError = (input, message) => {
    const place = input.closest(".sfg-passphrase");
    const shown = place?.querySelector("[data-sfg-error]");
    if (shown) shown.textContent = message;
    place?.classList.toggle("sfg-passphrase--error", !!message);
    if (message) input.setAttribute("aria-invalid", "true");
    else input.removeAttribute("aria-invalid");
  };

  /**
   * Open `dialog`; resolves with the value of the button that closed it ("" for Cancel and
   * Escape). Its Cancel button (or the button of value "") has the focus.
   * (No <form method="dialog">: the PDF build wraps each page in a form.)
   * @param {HTMLDialogElement} dialog
   * @returns {Promise<string>}
   */
  const chosen = (dialog) =>
    new Promise((answer) => {
      dialog.returnValue = "";
      dialog.addEventListener("close", () => answer(dialog.returnValue), { once: true });
      dialog.showModal();
      /** @type {HTMLElement | null} */ (dialog.querySelector("[data-sfg-dialog-cancel], button[value='']"))?.focus();
    });

  /**
   * Hand `content` to the person as a file named `name` (the browser's download).
   * @param {string} content
   * @param {string} type
   * @param {string} name
   */
  const save = (content, type, name) => {
    const href = URL.createObjectURL(new Blob([content], { type }));
    const link = Object.assign(document.createElement("a"), { href, download: name, hidden: true });
    link.addEventListener("click", (event) => event.stopPropagation()); // not for instant navigation
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(href), 10000);
  };

  sfg.parts = { FORM, TABLE, CONTROLS, controlsOf, keyed, find, all, answered, passphraseError, chosen, save };
}
