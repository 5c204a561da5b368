/* Printing: "print" buttons (hidden without JavaScript), and the date printed on journals and
   plans, set when the page opens and again just before it is printed. */
(() => {
  "use strict";
  const stamp = () => {
    for (const slot of document.querySelectorAll("[data-sfg-print-date]")) {
      let today = new Date().toDateString();
      try {
        const format = new Intl.DateTimeFormat(slot.lang || undefined, { dateStyle: "long" });
        today = format.format(new Date());
      } catch (e) {
        // an unknown language tag: keep the browser's own wording
      }
      slot.textContent = slot.dataset.sfgPrintDateText.replace("{date}", today);
    }
  };
  const start = () => {
    stamp();
    for (const button of document.querySelectorAll("[data-sfg-print]:not([data-sfg-bound])")) {
      button.setAttribute("data-sfg-bound", "");
      button.hidden = false;
      button.addEventListener("click", () => window.print());
    }
  };
  window.addEventListener("beforeprint", stamp);
  // Start now (or once the page is parsed), and again after each instant navigation. Both:
  // from file:// Material's document$ never fires, and start() binds each element once.
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
  if (window.document$ && window.document$.subscribe) window.document$.subscribe(start);
})();
