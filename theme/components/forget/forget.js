// @ts-check
/* Scope for Growth: "Forget me on this computer", on every page (the footer). It lists what is
   kept and asks; then it forgets everything this browser keeps of the toolkit, in every tab
   (forgetting.js), and tells the other parts of the page (sfg:forgotten, on the document).
   Forgotten in another tab, this one forgets its own too, shows nothing, and says so here and
   in the status bar of the form, if the page has one. The panel's "Forget me" (privacy) and
   "Clear all my answers" (transfer) forget the same way.
   Pages without a form have no form configuration: this one carries its own in
   data-sfg-privacy (the naming rules from generator/naming.py, its words), made by
   generator/render/privacy.py. */
"use strict";
var sfg = sfg || {};
{
  const { forgetting } = sfg;
  const { FORM, all, find } = sfg.parts;

  class Forget extends sfg.Component {
    static moduleName = "sfg-forget";
    static inForm = false;

    /** @param {HTMLElement} element */
    constructor(element) {
      super(element);
      /** @type {ForgetConfig} */
      const config = JSON.parse(element.dataset.sfgPrivacy || "");
      this.own = { names: new sfg.Names({ names: config.names, forms: config.forms, answers: {} }), text: config.text };
      this.status = find(element, "[data-sfg-forget-status]", HTMLElement);
      this.onClick("[data-sfg-forget]", () => this.forget());
      // Forgotten in another tab: this one forgets its own too, and shows nothing.
      forgetting.elsewhere(this.names.keys, this.on.bind(this), (failure) => this.forgottenElsewhere(failure));
      element.hidden = false;
    }

    /** The names of this page's namespace: from this part's own configuration, on any page. */
    get names() {
      return this.own.names;
    }

    /** This part's own words (not the form's: there may be no form on the page). */
    get words() {
      return this.own.text;
    }

    /** List what is kept and ask, then forget everything under the namespace, in every tab. */
    async forget() {
      const t = this.words;
      const items = await forgetting.kept(this.names, t);
      if (!(await this.ask({ heading: t.forget_heading, text: t.forget_text, items, confirm: t.forget_confirm }))) return;
      const failure = forgetting.everywhere(this.names.keys);
      this.emit("sfg:forgotten", null);
      this.status.textContent = failure ? t.forget_failed : t.forget_done;
    }

    /** @param {unknown} failure Another tab forgot everything, and so did this one (what went wrong here). */
    forgottenElsewhere(failure) {
      const done = failure ? this.words.forget_failed : this.words.forget_done_elsewhere;
      this.emit("sfg:forgotten", null);
      this.status.textContent = done;
      for (const form of all(document, FORM)) this.emit("sfg:status", { message: done, problem: !!failure }, form);
    }
  }

  sfg.components.register(Forget);
}
