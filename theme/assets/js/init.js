// @ts-check
/* Scope for Growth: start every component once: each component registered (component.js; each
   component's script registers itself), on each element that names it in data-module, as soon
   as this script runs and after each of Material's instant navigations (which swaps the page's
   content without running scripts again; from file:// Material's document$ never fires, and
   the first start is all there is). A guard attribute (data-<module>-started) keeps each
   element from starting twice. A component that fails to start leaves the others working, and
   its part of the page as it was served. Parts of a form page start only inside a form (a page
   made for printing has their markup, not their answers), and the form itself last
   (startsLast): its first sfg:render and sfg:change reach every part. */
"use strict";
var sfg = sfg || {};
{
  const { FORM } = sfg.parts;

  /**
   * Start `Component` on each element of `scope` that names it and has not started it yet.
   * @param {typeof sfg.Component} Component
   * @param {ParentNode} [scope]
   */
  const createAll = (Component, scope = document) => {
    const name = Component.moduleName;
    const started = `data-${name}-started`;
    for (const element of scope.querySelectorAll(`[data-module~="${name}"]:not([${started}])`)) {
      if (!(element instanceof HTMLElement) || (Component.inForm && !element.closest(FORM))) continue;
      element.setAttribute(started, "");
      try {
        new Component(element);
      } catch (error) {
        console.error(`Scope for Growth: ${name} could not start.`, error);
      }
    }
  };

  const start = () => {
    // Components whose element has just been swapped out stop (a form saves first).
    document.dispatchEvent(new CustomEvent("sfg:start"));
    for (const Component of sfg.components.registered()) createAll(Component);
  };

  // "Skip to content" moves focus to the page's heading here, without a navigation: Material's
  // instant navigation takes the first change of address on a page (even to a place on it)
  // for a new page, loads the page again and swaps the content, and focus falls back to the
  // top of the page.
  /**
   * Where a "Skip to content" link goes: its target, or (Zensical's: an empty anchor at the top
   * of the content) on to the content's heading, as Material's does; null for another click.
   * @param {EventTarget | null} clicked
   * @returns {{link: HTMLAnchorElement, target: HTMLElement} | null}
   */
  const skipTarget = (clicked) => {
    const link = clicked instanceof Element ? clicked.closest(".md-skip") : null;
    if (!(link instanceof HTMLAnchorElement)) return null;
    const target = document.getElementById(link.hash.slice(1));
    if (target && !target.textContent?.trim())
      return { link, target: /** @type {HTMLElement | null} */ (target.closest("article")?.querySelector("h1[id]")) ?? target };
    return target ? { link, target } : null;
  };

  document.addEventListener(
    "click",
    (event) => {
      const skip = skipTarget(event.target);
      if (!skip) return;
      const { link, target } = skip;
      event.preventDefault();
      event.stopPropagation();
      if (!target.hasAttribute("tabindex")) target.tabIndex = -1;
      target.focus();
      history.replaceState(history.state, "", target.id ? `#${target.id}` : link.hash);
    },
    true,
  );

  // This script comes after the page's content (Material puts extra_javascript last in the
  // body): its parts start now, before Material's (which wait for DOMContentLoaded and read
  // the layout), so that the page is laid out once with the answers in, not again after each
  // part changes it. After an instant navigation, document$ starts the new page's parts.
  start();
  window.document$?.subscribe(start);
  sfg.createAll = createAll;
  sfg.start = start;
}
