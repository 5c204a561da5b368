// @ts-check
/* Scope for Growth: the browser's two storage areas, every call wrapped: a failure (storage
   full, blocked by the browser's settings) is a StorageProblem that says which, never an
   exception nobody expected. localStorage keeps answers after the browser closes;
   sessionStorage keeps them for the tab's visit (place.js decides which holds them). What a
   tab changes in its own sessionStorage is told to the others (tabs.js), which make the same
   change in theirs without telling anyone (`quiet`). A value that must not be overwritten is
   set aside under a key of its own first (setAside). */
"use strict";
var sfg = sfg || {};
{
  /** Why storage refused: "full", "unavailable", "blocked" (an unreadable record is in the way) or "apart". */
  class StorageProblem extends Error {
    /**
     * @param {unknown} cause
     * @param {"full" | "unavailable" | "blocked" | "apart"} [kind]
     */
    constructor(cause, kind) {
      super(String(cause instanceof Error ? cause.message : cause));
      this.name = "StorageProblem";
      const full = cause instanceof DOMException && (cause.name === "QuotaExceededError" || cause.code === 22);
      this.kind = kind || (full ? "full" : "unavailable");
      /** The interface word that tells the person. */
      this.word = /** @type {const} */ ({ full: "status_full", unavailable: "status_unavailable", blocked: "status_unreadable_blocked", apart: "keep_apart" })[
        this.kind
      ];
    }
  }

  /**
   * Wrapped calls on the storage area `area` gives (it may throw: storage blocked), and
   * `wrote` told of each change made (the value, or null for a key removed; then the value
   * before).
   * @param {() => Storage} area
   * @param {(key: string, value: string | null, before: string | null) => void} [wrote]
   */
  const wrap = (area, wrote) => {
    /**
     * @template T
     * @param {(storage: Storage) => T} action
     * @returns {T}
     */
    const use = (action) => {
      try {
        return action(area());
      } catch (error) {
        throw new StorageProblem(error);
      }
    };
    return {
      /** @param {string} key */
      get: (key) => use((s) => s.getItem(key)),
      /**
       * @param {string} key
       * @param {string} value
       */
      set: (key, value) => {
        const before = wrote ? use((s) => s.getItem(key)) : null;
        use((s) => s.setItem(key, value));
        wrote?.(key, value, before);
      },
      /** @param {string} key */
      remove: (key) => {
        const before = wrote ? use((s) => s.getItem(key)) : null;
        use((s) => s.removeItem(key));
        wrote?.(key, null, before);
      },
      /** @param {string} prefix Every key that starts with `prefix` (Keys.prefix: every key of ours). */
      keys: (prefix) => use((s) => Object.keys(s).filter((key) => key.startsWith(prefix))),
      /** @param {Storage | null} storage True when `storage` is this area (a storage event's). */
      is: (storage) => {
        try {
          return storage === area();
        } catch {
          return false;
        }
      },
    };
  };

  const areas = {
    local: wrap(() => window.localStorage),
    session: wrap(
      () => window.sessionStorage,
      (key, value, before) => sfg.tabs?.wrote(key, value, before),
    ),
    quiet: wrap(() => window.sessionStorage),
  };

  /**
   * Remove every key that starts with `prefix`, from both storage areas; throws the first
   * StorageProblem after trying everything.
   * @param {string} prefix
   */
  const forgetAll = (prefix) => {
    let failure;
    for (const area of [areas.local, areas.session]) {
      try {
        area.keys(prefix).forEach(area.remove);
      } catch (error) {
        failure ||= error;
      }
    }
    if (failure) throw failure;
  };

  /**
   * Keep `value` aside in `area`, under `key`'s set-aside key of this moment (a later one if
   * that is taken); returns the key it is kept under.
   * @param {Keys} keys
   * @param {ReturnType<typeof wrap>} area
   * @param {string} key
   * @param {string} value
   */
  const setAside = (keys, area, key, value) => {
    let stamp = Date.now();
    while (area.get(keys.setAside(key, String(stamp))) !== null) stamp += 1;
    const aside = keys.setAside(key, String(stamp));
    area.set(aside, value);
    return aside;
  };

  sfg.StorageProblem = StorageProblem;
  sfg.storage = { wrap, areas, forgetAll, setAside };
}
