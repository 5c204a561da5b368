// @ts-check
/* Scope for Growth: Zensical's search (a "Search" button and a dialog) lives in a shadow root
   that Zensical's own script makes once (before ours runs: the page's one shadow root, under
   the body), renders into as the dialog opens, and keeps across instant navigations. The site's
   stylesheets do not reach into it, so our fixes go in with it: a stylesheet of the site
   (assets/shadow/search.css, allowed by the Content-Security-Policy as any file of the site),
   and keyboard access to the list of results, which scrolls but could not be reached with
   Tab (axe: scrollable-region-focusable). Material's search has no shadow root: nothing to do. */
"use strict";
{
  const STYLESHEET = new URL("shadow/search.css", document.currentScript instanceof HTMLScriptElement ? document.currentScript.src : location.href).href;
  /** @type {WeakSet<ShadowRoot>} */
  const seen = new WeakSet();

  /** The results' list scrolls in its parent, which Zensical makes focusable by script only. */
  const reachable = (/** @type {ShadowRoot} */ root) => {
    for (const list of root.querySelectorAll('[role="listbox"]')) {
      const scroller = list.parentElement;
      if (scroller?.getAttribute("tabindex") === "-1") scroller.tabIndex = 0;
    }
  };

  const adopt = (/** @type {ShadowRoot} */ root) => {
    if (seen.has(root)) return;
    seen.add(root);
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = STYLESHEET;
    root.append(link);
    reachable(root);
    new MutationObserver(() => reachable(root)).observe(root, { childList: true, subtree: true });
  };

  const look = () => {
    for (const element of document.body.children) if (element.shadowRoot) adopt(element.shadowRoot);
  };

  if (document.querySelector(".md-search__button")) {
    look();
    new MutationObserver(look).observe(document.body, { childList: true });
  }
}
