// @ts-check
/* Scope for Growth: what every component shares. A component is a class bound to one element
   that carries its name in data-module; each lives in a folder of its own
   (theme/components/<name>/) and adds itself to the registry here (register), from which
   init.js starts it on each element that names it.
   Parts of a form page find their form's root (data-module="sfg-form") and its configuration
   (the JSON in data-sfg-config, read once), and talk to the other parts of the page in two
   ways, both typed in typings/sfg.d.ts and both carried by DOM events, which bubble from the
   part's element up to the form's root (or the document):
   - news (emit and listen; SfgEvents): what happened ("sfg:change", "sfg:locked"), or what a
     part is told to do without an answer ("sfg:put": new answers for the form);
   - requests (request and answer; SfgRequests): a question that gets an answer, as a promise
     ("sfg:confirm": true when the person agrees). The nearest part that answers it does; where
     none does, the asker's own `otherwise` answers.
   No component calls another. */
"use strict";
var sfg = sfg || {};
{
  const { Names } = sfg;
  const { FORM, find } = sfg.parts;
  /** @type {WeakMap<Element, {config: Config, names: Names, place: Place}>} */
  const settings = new WeakMap();

  class Component {
    /** The name in data-module. */
    static moduleName = "";
    /** False for components that work on any page, not only inside a form. */
    static inForm = true;
    /** True for the form itself, which starts after its parts: its first news reaches them all. */
    static startsLast = false;

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

    /** Where the answers are kept (place.js). */
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
     * Listen to news on the form's root (or `target`) until this component stops.
     * @template {keyof SfgEvents} K
     * @param {K} type
     * @param {(detail: SfgEvents[K]) => void} handler
     * @param {EventTarget} [target]
     */
    listen(type, handler, target = this.root) {
      this.on(target, type, (/** @type {CustomEvent<SfgEvents[K]>} */ event) => handler(event.detail));
    }

    /**
     * Tell the page some news, from this component's element (or `target`); it bubbles up to
     * the form's root.
     * @template {keyof SfgEvents} K
     * @param {K} type
     * @param {SfgEvents[K]} detail
     * @param {EventTarget} [target]
     */
    emit(type, detail, target = this.element) {
      target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true }));
    }

    /**
     * Ask the part of the page that answers `type` (the nearest at or above `target`, this
     * component's element by default); `otherwise` answers where no part does.
     * @template {keyof SfgRequests} K
     * @param {K} type
     * @param {SfgRequests[K]["ask"]} question
     * @param {() => SfgRequests[K]["answer"]} otherwise
     * @param {EventTarget} [target]
     * @returns {Promise<SfgRequests[K]["answer"]>}
     */
    request(type, question, otherwise, target = this.element) {
      return new Promise((answer, fail) => {
        /** @type {SfgRequest<K>} */
        const detail = { ...question, answer, fail };
        const unanswered = target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, cancelable: true }));
        if (unanswered) answer(otherwise());
      });
    }

    /**
     * Answer requests `type` that reach the form's root (or `target`) until this component
     * stops, unless a part nearer the asker has answered: `handler` gives the answer, or a
     * promise of it.
     * @template {keyof SfgRequests} K
     * @param {K} type
     * @param {(question: SfgRequests[K]["ask"]) => SfgRequests[K]["answer"] | Promise<SfgRequests[K]["answer"]>} handler
     * @param {EventTarget} [target]
     */
    answer(type, handler, target = this.root) {
      this.on(target, type, (/** @type {CustomEvent<SfgRequest<K>>} */ event) => {
        if (event.defaultPrevented) return;
        event.preventDefault();
        const { answer, fail } = event.detail;
        const report = (/** @type {unknown} */ error) => console.error(`Scope for Growth: ${type} was not answered.`, error);
        new Promise((resolve) => resolve(handler(event.detail))).then(answer, fail || report);
      });
    }

    /** @param {string} message Said once by screen readers, not shown. */
    announce(message) {
      this.emit("sfg:announce", { message });
    }

    /**
     * Ask before something that cannot be undone: true when the person agrees. The dialog
     * answers (components/dialog); without it, the browser's own confirmation does.
     * @param {Question} question
     */
    ask(question) {
      return this.request("sfg:confirm", question, () => window.confirm(question.heading + "\n\n" + question.text));
    }

    stop() {
      this.stopping.abort();
    }
  }

  /** @type {(typeof Component)[]} Every component, in the order its file was loaded. */
  const registry = [];

  /**
   * The colleague this page's plan is filled in for (plan.html?colleague=…), or "".
   * @param {Names} names
   * @param {string} form
   */
  const colleagueOnPage = (names, form) => {
    const id = names.colleagueIn(location.search);
    return form === "plan" && names.keys.isColleague(id) ? /** @type {string} */ (id) : "";
  };

  /**
   * True on a plan page whose address names a colleague (plan.html?colleague=…) whose answers
   * are not kept here: removed, opened in another browser, or no colleague's id at all.
   * Nothing is to be typed there: it would be kept under a key nothing lists.
   * @param {Names} names
   * @param {string} form
   * @param {Place} place
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

  sfg.Component = Component;
  sfg.components = {
    /** @param {typeof Component} component Started by init.js on each element that names it. */
    register: (component) => void registry.push(component),
    /** Every component registered, those that start last last. */
    registered: () => [...registry.filter((each) => !each.startsLast), ...registry.filter((each) => each.startsLast)],
  };
  sfg.colleagueUnknown = colleagueUnknown;
  sfg.colleagueOnPage = colleagueOnPage;
}
