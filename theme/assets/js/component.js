// @ts-check
/* Scope for Growth: what every component shares. A component is a class bound to one element
   that carries its name in data-module (components/*.js); init.js starts each once.
   Parts of a form page find their form's root (data-module="sfg-form"), its configuration
   (the JSON in data-sfg-config, read once) and talk to the other parts with DOM events
   (CustomEvent "sfg:…", see typings/sfg.d.ts): dispatched on their own element, they bubble up
   to the form's root, where the part that answers listens. No component calls another. */
"use strict";
var sfg = sfg || {};
{
  const { Names } = sfg;
  const FORM = '[data-module~="sfg-form"]';
  const TABLE = '[data-module~="sfg-table"]';
  /** A control that holds an answer; its key is in data-sfg-key. */
  const CONTROLS = "input[data-sfg-key], textarea[data-sfg-key]";
  /** @type {WeakMap<Element, {config: Config, names: Names, place: Place}>} */
  const settings = new WeakMap();

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

  class Component {
    /** The name in data-module. */
    static moduleName = "";
    /** False for components that work on any page, not only inside a form. */
    static inForm = true;

    /** @param {HTMLElement} element */
    constructor(element) {
      this.element = element;
      /** The form page's root (the document's root on other pages). */
      this.root = /** @type {HTMLElement} */ (element.closest(FORM) || document.documentElement);
      this.stopping = new AbortController();
      // After an instant navigation, a component whose element is gone stops listening.
      this.on(document, "sfg:start", () => element.isConnected || this.stop());
    }

    /** The form's configuration and the names made from it. */
    get settings() {
      let found = settings.get(this.root);
      if (!found) {
        const config = /** @type {Config} */ (JSON.parse(find(this.root, "[data-sfg-config]", HTMLElement).dataset.sfgConfig || ""));
        const names = new Names(config);
        found = { config, names, place: new sfg.Place(names, config.privacy.keep) };
        found.place.follow();
        sfg.tabs.join(names, found.place);
        settings.set(this.root, found);
      }
      return found;
    }

    get names() {
      return this.settings.names;
    }

    /** Where the answers are kept (store.js). */
    get place() {
      return this.settings.place;
    }

    /** The interface words of the scripts (config.text). */
    get text() {
      return this.settings.config.text;
    }

    /**
     * Listen to a DOM event until this component stops.
     * @template {Event} E
     * @param {EventTarget} target
     * @param {string} type
     * @param {(event: E) => void} handler
     */
    on(target, type, handler) {
      target.addEventListener(type, (event) => handler(/** @type {E} */ (event)), { signal: this.stopping.signal });
    }

    /**
     * Call `handler` with the element `selector` finds at or above a click in this component.
     * @param {string} selector
     * @param {(target: HTMLElement) => void} handler
     */
    onClick(selector, handler) {
      this.on(this.element, "click", (/** @type {MouseEvent} */ { target }) => {
        const found = target instanceof Element && target.closest(selector);
        if (found instanceof HTMLElement && this.element.contains(found)) handler(found);
      });
    }

    /**
     * Listen to one of our events on the form's root (or `target`) until this component stops.
     * @template {keyof SfgEvents} K
     * @param {K} type
     * @param {(detail: SfgEvents[K], event: CustomEvent<SfgEvents[K]>) => void} handler
     * @param {EventTarget} [target]
     */
    listen(type, handler, target = this.root) {
      this.on(target, type, (/** @type {CustomEvent<SfgEvents[K]>} */ event) => handler(event.detail, event));
    }

    /**
     * Dispatch one of our events from this component's element (or `target`); it bubbles up
     * to the form's root. Returns false when a listener took it (preventDefault).
     * @template {keyof SfgEvents} K
     * @param {K} type
     * @param {SfgEvents[K]} detail
     * @param {EventTarget} [target]
     */
    emit(type, detail, target = this.element) {
      return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, cancelable: true }));
    }

    /** @param {string} message Said once by screen readers, not shown. */
    announce(message) {
      this.emit("sfg:announce", { message });
    }

    /**
     * Ask before something that cannot be undone: true when the person agrees. The dialog
     * answers (components/dialog.js); without it, the browser's own confirmation does.
     * @param {Question} question
     * @returns {Promise<boolean>}
     */
    ask(question) {
      return new Promise((answer) => {
        if (this.emit("sfg:confirm", { ...question, answer })) answer(window.confirm(question.heading + "\n\n" + question.text));
      });
    }

    stop() {
      this.stopping.abort();
    }
  }

  /**
   * Hand `content` to the person as a file named `name` (the browser's download).
   * @param {string} content @param {string} type @param {string} name
   */
  const save = (content, type, name) => {
    const link = Object.assign(document.createElement("a"), { href: URL.createObjectURL(new Blob([content], { type })), download: name, hidden: true });
    link.addEventListener("click", (event) => event.stopPropagation()); // not for instant navigation
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
  };

  /**
   * The colleague this page's plan is filled in for (plan.html?colleague=…), or "".
   * @param {Names} names @param {string} form
   */
  const colleagueOnPage = (names, form) => {
    const id = names.colleagueIn(location.search);
    return form === "plan" && names.keys.isColleague(id) ? /** @type {string} */ (id) : "";
  };

  /**
   * True on a plan page whose address names a colleague (plan.html?colleague=…) whose answers
   * are not kept here: removed, opened in another browser, or no colleague's id at all.
   * Nothing is to be typed there: it would be kept under a key nothing lists.
   * @param {Names} names @param {string} form @param {Place} place
   */
  const colleagueUnknown = (names, form, place) => {
    if (form !== "plan" || names.colleagueIn(location.search) === null) return false;
    const id = colleagueOnPage(names, form);
    try {
      return !id || place.storage.get(names.keys.colleague(id)) === null;
    } catch {
      return true;
    }
  };

  sfg.save = save;
  sfg.colleagueUnknown = colleagueUnknown;
  sfg.colleagueOnPage = colleagueOnPage;
  sfg.Component = Component;
  /**
   * Show `message` as the error of passphrase box `input` ("" clears it).
   * @param {HTMLInputElement} input @param {string} message
   */
  const passphraseError = (input, message) => {
    const place = input.closest(".sfg-passphrase");
    const shown = place?.querySelector("[data-sfg-error]");
    if (shown) shown.textContent = message;
    place?.classList.toggle("sfg-passphrase--error", !!message);
    if (message) input.setAttribute("aria-invalid", "true");
    else input.removeAttribute("aria-invalid");
  };

  sfg.parts = { FORM, TABLE, CONTROLS, controlsOf, keyed, find, all, answered, passphraseError };
}
