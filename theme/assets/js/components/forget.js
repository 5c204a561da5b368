// @ts-check
/* Scope for Growth: "Forget me on this computer", on every page (the footer): after asking,
   removes every key of this toolkit's namespace from localStorage and sessionStorage (answers,
   set-aside copies, the lock, the choice to keep answers), drops the key this page holds, and
   tells the other parts of the page (sfg:forgotten, on the document). Pages without a form
   have no form configuration: this one carries its own in data-sfg-privacy (names from
   generator/naming.py, its words), made by generator/render/privacy.py. */
"use strict";
var sfg = sfg || {};
{
  /**
   * Ask, then forget everything under `prefix`. Returns the words that say what happened, or
   * "" when the person changed their mind.
   * @param {InstanceType<typeof sfg.Component>} component Asks, and tells the page.
   * @param {string} prefix
   * @param {{[word: string]: string}} t
   */
  const forgetMe = async (component, prefix, t) => {
    if (!(await component.ask({ heading: t.forget_heading, text: t.forget_text, confirm: t.forget_confirm }))) return "";
    let done = t.forget_done;
    try {
      sfg.forgetAll(prefix);
    } catch {
      done = t.forget_failed;
    }
    sfg.vault.hold(null);
    component.emit("sfg:forgotten", null);
    return done;
  };

  class Forget extends sfg.Component {
    static moduleName = "sfg-forget";
    static inForm = false;

    /** @param {HTMLElement} element */
    constructor(element) {
      super(element);
      /** @type {{names: {prefix: string}, text: {[word: string]: string}}} */
      const config = JSON.parse(element.dataset.sfgPrivacy || "");
      const status = sfg.parts.find(element, "[data-sfg-forget-status]", HTMLElement);
      this.onClick("[data-sfg-forget]", async () => {
        const done = await forgetMe(this, config.names.prefix, config.text);
        if (done) status.textContent = done;
      });
      element.hidden = false;
    }
  }

  sfg.forgetMe = forgetMe;
  sfg.Forget = Forget;
}
