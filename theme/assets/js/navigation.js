// @ts-check
/* Scope for Growth: moving between the toolkit's pages never loads a page afresh, so that the
   lock's key, which lives only in this page's memory (vault.js) and is never written anywhere,
   lasts the visit: unlocked once, the answers stay open by the toolkit's own links (the
   navigation, "What to do next", Check your answers and its Change links) until the idle lock
   or Lock now.
   Material's instant loading swaps the page's content without a reload, but it takes only the
   links its sitemap lists, and the sitemap is empty unless content/site.yml gives the site's
   address (and is then right only at that address). So a click on a link to another page of
   this site is handed to Material's instant loading here (window.location$), whatever the
   sitemap holds. Two addresses of one page, the person's own plan and the plan filled in for a
   colleague (plan.html?colleague=…), are one page to Material, which would change the address
   and keep the content: here the page is fetched, its content swapped and its parts started
   again (init.js), and the browser's Back and Forward do the same.
   Opened from a folder (file://) nothing can be fetched: every page loads afresh, and a locked
   page asks for the passphrase again.
   Zensical's bundle (Material's successor) exposes the same: window.location$, window.document$
   and #__config with `base` and `features`; tests/test_offpath_lock.py runs on both builds. */
"use strict";
var sfg = sfg || {};
{
  /** Material's content, swapped for that of the same page at another address. */
  const CONTENT = "article.md-content__inner";
  const PAGE = /(?:\.html|\/)$/;

  /** @returns {{base: URL, instant: boolean} | null} The site's root and Material's features. */
  const material = () => {
    try {
      const config = JSON.parse(document.getElementById("__config")?.textContent || "null");
      if (!config || !/^https?:$/.test(location.protocol) || !window.location$) return null;
      const features = Array.isArray(config.features) ? config.features : [];
      return { base: new URL(String(config.base ?? "."), location.href), instant: features.includes("navigation.instant") };
    } catch {
      return null;
    }
  };

  // The root as the page was first loaded (Material reads it once too): after an instant
  // navigation into programmes/, "." would be that folder.
  const site = material();

  /** @param {URL} url The address without its fragment. */
  const withoutHash = (url) => url.href.replace(/#.*$/, "");

  /**
   * @param {MouseEvent} event True for a plain click: the main button, no modifier (one opens a
   *   new tab or window), not already handled.
   */
  const plainClick = (event) => !event.defaultPrevented && event.button === 0 && !(event.metaKey || event.ctrlKey || event.shiftKey || event.altKey);

  /**
   * The link clicked when it opens here: not in another window, not a download.
   * @param {EventTarget | null} target
   */
  const linkHere = (target) => {
    const link = target instanceof Element ? target.closest("a[href]") : null;
    if (!(link instanceof HTMLAnchorElement) || link.hasAttribute("download")) return null;
    return !link.target || link.target === "_self" ? link : null;
  };

  /**
   * @param {URL} url True for a page of this site (not a file, such as a PDF), other than this
   *   one (a fragment of this page is not another page).
   * @param {URL} base The site's root.
   */
  const anotherPage = (url, base) =>
    url.origin === location.origin && url.href.startsWith(base.href) && PAGE.test(url.pathname) && withoutHash(url) !== withoutHash(new URL(location.href));

  /**
   * The page of this site a click goes to, or null for anything else: a click with a modifier
   * (a new tab or window), a link to another site, a file (a PDF), a fragment of this page.
   * @param {MouseEvent} event
   */
  const destination = (event) => {
    const link = site && plainClick(event) ? linkHere(event.target) : null;
    if (!site || !link) return null;
    const url = new URL(link.href);
    return anotherPage(url, site.base) ? url : null;
  };

  /** The address whose content the page shows. */
  let shown = new URL(location.href);

  /** Remember where the page was scrolled (Material scrolls back there on Back), then go to `url`. */
  const push = (/** @type {URL} */ url) => {
    history.replaceState({ x: scrollX, y: scrollY }, "");
    history.pushState(null, "", url.href);
  };

  /**
   * Show this page as served at `url` (another query): its content fetched and swapped, its
   * parts started again. Where the page cannot be fetched, the browser loads it.
   * @param {URL} url
   * @param {boolean} pushed False when the address is already `url` (Back).
   */
  const swap = async (url, pushed) => {
    let content;
    try {
      const response = await fetch(url.href, { credentials: "same-origin" });
      const page = new DOMParser().parseFromString(await response.text(), "text/html");
      content = response.ok ? page.querySelector(CONTENT) : null;
    } catch {
      content = null;
    }
    const here = document.querySelector(CONTENT);
    if (!content || !here) return location.assign(url.href);
    if (pushed) push(url);
    shown = new URL(location.href);
    here.replaceWith(document.adoptNode(content));
    window.scrollTo(0, 0);
    sfg.start();
  };

  // Before Material's own handler on the body, which takes only what its sitemap lists (and
  // would keep this page's content for another address of it).
  window.addEventListener(
    "click",
    (event) => {
      const url = destination(event);
      if (!url || !site) return;
      const samePage = url.pathname === location.pathname;
      if (!samePage && !site.instant) return;
      event.preventDefault();
      event.stopPropagation();
      if (samePage) return void swap(url, true);
      push(url);
      window.location$?.next(url);
    },
    true,
  );

  // Back and Forward between two addresses of one page: Material keeps the content.
  window.addEventListener("popstate", () => {
    const now = new URL(location.href);
    if (site && now.pathname === shown.pathname && now.search !== shown.search) swap(now, false);
  });
  window.document$?.subscribe(() => (shown = new URL(location.href)));
}
