// @ts-check
/* Scope for Growth: printing from the browser. A print button (hidden without JavaScript)
   prints the page. The print header (shown on paper only) gets the date printed, when the page
   opens and again just before printing; its organisation and page title are repeated at the
   top of every printed sheet but the first (which shows the header itself), and "Page 2 of 9"
   at the foot of every sheet (the words around the numbers are the header's
   data-sfg-page-before, -between and -after), by a stylesheet of page-margin boxes made here,
   replaced after each instant navigation. Their font and size are print.css's, as for the
   PDFs (generator/templates/pdf.css). On a journal, a plan or their answers, whose answers
   they are (sfg:person) follows the title, in the header and at the top of every sheet. */
"use strict";
var sfg = sfg || {};
{
  /**
   * `words` as a CSS string, quotes included: backslash, quotes and every control character
   * (newlines too) escaped, so no text can end the string or the rule.
   * @param {string} words
   */
  const cssString = (words) =>
    // eslint-disable-next-line no-control-regex
    '"' + words.replace(/[\\"']/g, "\\$&").replace(/[\u0000-\u001f\u007f]/g, (c) => "\\" + c.charCodeAt(0).toString(16) + " ") + '"';

  /** The running headers of this document (one stylesheet, its rules replaced). */
  const sheet = "adoptedStyleSheets" in document ? new CSSStyleSheet() : null;

  class Print extends sfg.Component {
    static moduleName = "sfg-print";
    static inForm = false;

    /** @param {HTMLElement} element */
    constructor(element) {
      super(element);
      element.hidden = false;
      this.on(element, "click", () => window.print());
    }
  }

  class PrintHeader extends sfg.Component {
    static moduleName = "sfg-print-header";
    static inForm = false;

    /** @param {HTMLElement} element */
    constructor(element) {
      super(element);
      // The date is for paper: written once the page is idle (a date in words loads the
      // browser's locale data, 40 to 80 ms the first frame does not need), and before printing.
      if ("requestIdleCallback" in window) requestIdleCallback(() => this.stamp());
      else setTimeout(() => this.stamp());
      this.on(window, "beforeprint", () => this.stamp());
      /** @param {string} name */
      const words = (name) => cssString(element.querySelector(`[data-sfg-${name}]`)?.textContent?.trim() || "");
      /** @param {string} part */
      const around = (part) => cssString(element.dataset[`sfgPage${part}`] || "");
      const number = `${around("Before")} counter(page) ${around("Between")} counter(pages) ${around("After")}`;
      /** @param {string} person Whose answers these are, after the title ("" for nobody's). */
      this.heads = (person) => {
        if (!sheet) return;
        const title = words("title") + (person ? " " + cssString(" – " + person) : "");
        sheet.replaceSync(
          `@page{@top-left{content:${words("organisation")}}@top-right{content:${title}}@bottom-right{content:${number}}}` +
            "@page:first{@top-left{content:none}@top-right{content:none}}",
        );
        if (!document.adoptedStyleSheets.includes(sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      };
      this.heads("");
      const person = element.querySelector("[data-sfg-print-person]");
      if (person instanceof HTMLElement) {
        this.listen("sfg:person", ({ name, role }) => {
          const whose = role && name ? `${name}, ${role}` : name;
          person.textContent = whose;
          person.hidden = !whose;
          this.heads(whose);
        });
      }
    }

    /** "Printed on 23 November 2026", in the page's language. */
    stamp() {
      for (const slot of sfg.parts.all(this.element, "[data-sfg-print-date]")) {
        let today = new Date().toDateString();
        try {
          today = new Intl.DateTimeFormat(slot.lang || undefined, { dateStyle: "long" }).format(new Date());
        } catch {
          // An unknown language tag: the browser's own wording.
        }
        slot.textContent = sfg.fill(slot.dataset.sfgText || "{date}", { date: today });
      }
    }

    stop() {
      super.stop();
      sheet?.replaceSync("");
    }
  }

  sfg.components.register(Print);
  sfg.components.register(PrintHeader);
  sfg.cssString = cssString;
}
