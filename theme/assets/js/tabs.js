// @ts-check
/* Scope for Growth: answers kept only until the browser closes are the same in every tab.
   They are in session storage, and each tab has a session storage of its own that no other
   tab can read, nor hear of (the storage event of session storage stays in its tab): a second
   tab showed none of the answers typed in the first, and two tabs wrote over each other
   unknowingly. So each change a tab makes to its session storage under the namespace
   (storage.js tells this of every write) goes to the site's other tabs over a BroadcastChannel,
   which make the same change in theirs and hear of it as a storage event of their session
   storage, just as they hear of another tab's changes to local storage (the form takes in the
   newer edit of each answer, the lock follows). A tab that starts asks the others for what
   they hold, and takes it beside its own (records merged by the order of edits,
   anything else set aside, nothing lost: place.js take()).
   Only tabs that do not keep answers take part; a tab whose answers are kept apart, under
   another lock (Place.apart), stays out, and answers under two different locks are never put
   together. Nothing leaves the browser, and nothing is written anywhere the answers are not
   kept already. */
"use strict";
var sfg = sfg || {};
{
  const { take } = sfg.place;
  const { quiet } = sfg.storage.areas;

  /**
   * What tabs say: "ask" (send me what you hold), "copy" (what a tab holds), "set" (a change,
   * with the lock under which it was made: the tab's lock before it).
   * @typedef {{type: "ask"} | {type: "copy", items: {[key: string]: string}} | {type: "set", key: string, value: string | null, lock: string | null}} Message
   */

  class Tabs {
    /**
     * @param {Names} names
     * @param {Place} place
     */
    constructor(names, place) {
      this.names = names;
      this.keys = names.keys;
      this.place = place;
      this.channel = new BroadcastChannel(names.keys.channel("session"));
      this.channel.addEventListener("message", ({ data }) => this.heard(/** @type {Message} */ (data)));
    }

    /** True while this tab's answers are kept in its session storage, with the other tabs'. */
    get sharing() {
      return !this.place.keeps && !this.place.apart;
    }

    /**
     * This tab changed its session storage: the other tabs make the same change, those whose
     * lock was this tab's before it (a tab under another lock holds other answers).
     * @param {string} key
     * @param {string | null} value
     * @param {string | null} before
     */
    wrote(key, value, before) {
      if (!this.sharing || !this.place.moves(key)) return;
      const lock = key === this.keys.lock ? before : this.sessionLock();
      this.post({ type: "set", key, value, lock });
    }

    /** This tab has just started: the others send what they hold. */
    ask() {
      if (this.sharing) this.post({ type: "ask" });
    }

    /** @param {Message} message */
    post(message) {
      try {
        this.channel.postMessage(message);
      } catch {
        // a closed channel: the page is going
      }
    }

    /** @param {Message} message Another tab's. */
    heard(message) {
      if (!this.sharing || !message || typeof message !== "object") return;
      try {
        if (message.type === "ask") this.sendCopy();
        else if (message.type === "set") this.takeSet(message);
        else if (message.type === "copy") this.takeCopy(message.items);
      } catch {
        // storage refused: this tab shows what it has, as when storage is blocked
      }
    }

    /** Another tab asked: send what this one holds, if anything. */
    sendCopy() {
      const items = this.sessionItems();
      if (Object.keys(items).length) this.post({ type: "copy", items });
    }

    /** @param {{key: unknown, value: unknown, lock?: unknown}} message A change another tab made, under its lock. */
    takeSet({ key, value, lock }) {
      if (typeof key !== "string" || (lock ?? null) !== this.sessionLock()) return; // answers under another lock
      this.take(key, typeof value === "string" ? value : null, false);
    }

    /** @param {unknown} items What another tab holds, taken beside what this one does. */
    takeCopy(items) {
      if (!items || typeof items !== "object") return;
      const given = /** @type {{[key: string]: unknown}} */ (items);
      if (this.underAnotherLock(given)) return;
      for (const [key, value] of Object.entries(given)) if (typeof value === "string") this.take(key, value, true);
    }

    /**
     * True when this tab holds answers under another lock than `items` (one locked and not
     * the other, or two passphrases): they are never put together.
     * @param {{[key: string]: unknown}} items
     */
    underAnotherLock(items) {
      const lock = this.keys.lock;
      const mine = this.sessionItems();
      const answers = (/** @type {{[key: string]: unknown}} */ each) => Object.keys(each).some((key) => !this.keys.isPlain(key));
      return (mine[lock] ?? null) !== (items[lock] ?? null) && answers(mine) && answers(items);
    }

    /**
     * Make another tab's change here, and let this page hear of it as of a change to its
     * storage (the form, the lock, the colleagues follow).
     * @param {string} key
     * @param {string | null} value
     * @param {boolean} merge
     */
    take(key, value, merge) {
      if (!this.keys.ours(key)) return;
      const before = this.fromTab(key, value, merge);
      if (before === undefined) return;
      const storageArea = window.sessionStorage;
      const newValue = storageArea.getItem(key);
      window.dispatchEvent(new StorageEvent("storage", { key, oldValue: before, newValue, storageArea, url: location.href }));
    }

    /** The lock as this tab's session storage holds it (null: none). */
    sessionLock() {
      return quiet.get(this.keys.lock);
    }

    /** What this tab's session storage holds of ours that moves with the answers. */
    sessionItems() {
      /** @type {{[key: string]: string}} */
      const items = {};
      for (const key of quiet.keys(this.keys.prefix).filter((each) => this.place.moves(each))) items[key] = /** @type {string} */ (quiet.get(key));
      return items;
    }

    /**
     * Make in this tab's session storage a change another tab made in its own (nothing is
     * told back): `value` under `key`, or the key removed (null). With `merge`, what another
     * tab holds is taken as Place.follow takes a move: records merged by the order of edits,
     * anything else that differs set aside first. Returns the value there before, or
     * undefined when nothing changed.
     * @param {string} key
     * @param {string | null} value
     * @param {boolean} merge
     */
    fromTab(key, value, merge) {
      if (!this.place.moves(key)) return undefined;
      const before = quiet.get(key);
      if (value === null) quiet.remove(key);
      else if (merge) take(this.names, quiet, key, value);
      else quiet.set(key, value);
      return quiet.get(key) === before ? undefined : before;
    }
  }

  /** @type {Tabs | null} */
  let tabs = null;

  sfg.tabs = {
    /**
     * This page's answers are kept where `place` says: take part (once a page; after an
     * instant navigation, the new page's place is the one that counts).
     * @param {Names} names
     * @param {Place} place
     */
    join(names, place) {
      if (!("BroadcastChannel" in window)) return;
      if (tabs) {
        tabs.place = place;
        return;
      }
      tabs = new Tabs(names, place);
      tabs.ask();
    },
    /**
     * Told by storage.js of each write to session storage.
     * @param {string} key
     * @param {string | null} value
     * @param {string | null} before
     */
    wrote(key, value, before) {
      tabs?.wrote(key, value, before);
    },
  };
}
