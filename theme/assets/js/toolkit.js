/* Scope for Growth: start each form once, on load and after Material's instant navigation
   (which swaps the page content without running scripts again). A form that fails to start
   leaves the others working, and its page as it was served: every question still there. */
(() => {
  "use strict";
  const start = () => {
    for (const root of document.querySelectorAll("[data-sfg-form]")) {
      if (root.hasAttribute("data-sfg-started")) continue;
      root.setAttribute("data-sfg-started", "");
      try {
        new window.sfg.Form(root).start();
      } catch (e) {
        console.error("Scope for Growth: this form could not start.", e);
      }
    }
  };
  // Start now (or once the page is parsed), and again after each instant navigation. Both:
  // from file:// Material's document$ never fires, and start() binds each element once.
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
  if (window.document$ && window.document$.subscribe) window.document$.subscribe(start);
})();
