// @ts-check
/* Scope for Growth: where answers are kept. In localStorage, or in sessionStorage when the
   person chose not to keep their answers after closing the browser (their choice, under its
   own key in localStorage, or the site's default): a Place. Choosing moves every key of ours
   to the other storage area, nothing lost. A choice made in another tab of this browser is
   followed (follow()), so that nothing typed in this tab is lost or left behind. With a
   passphrase lock, every value that holds answers is sealed (vault.js) and only a page that
   holds the key opens it: state() says which. Answers under two different locks are never put
   together: a tab whose answers are under another lock than those it would move beside stays
   `apart`. */
"use strict";
var sfg = sfg || {};
{
  const { areas, setAside } = sfg.storage;
  const { local, session } = areas;

  /**
   * Put `value` under `key` in `area` (`value` comes from the other storage area), nothing
   * lost: two records of ours are merged by the order of edits (records.js); any other value
   * already there that differs is set aside first, as Place.choose does, except the keys that
   * hold no answer (the lock, the last download…), which stay.
   * @param {Names} names
   * @param {Area} area
   * @param {string} key
   * @param {string} value
   */
  const take = (names, area, key, value) => {
    const there = area.get(key);
    if (there === value) return;
    if (there === null) return area.set(key, value);
    if (names.keys.isPlain(key)) return;
    const merged = sfg.records.mergeRaw(value, there, (each) => names.isKey(each));
    if (merged !== null) return area.set(key, merged);
    setAside(names.keys, area, key, there);
    area.set(key, value);
  };

  /**
   * Another tab chose where answers are kept: every key of ours that moves goes from this
   * tab's sessionStorage into localStorage (`keeps`: the choice is to keep them) or the other
   * way, merged with what is there. Where both hold answers under different locks, nothing
   * moves: this tab's stay apart, and the document hears so (sfg:moved, `apart`).
   * @param {Place} place
   * @param {boolean} keeps
   */
  const moveAll = (place, keeps) => {
    if (keeps && place.mixes(session, local)) {
      place.apart = true;
      document.dispatchEvent(new CustomEvent("sfg:moved", { detail: { keep: false, apart: true } }));
      return;
    }
    const [from, to] = keeps ? [session, local] : [local, session];
    for (const each of from.keys(place.keys.prefix).filter((key) => place.moves(key))) {
      take(place.names, to, each, /** @type {string} */ (from.get(each)));
      if (keeps) session.remove(each);
    }
  };

  /**
   * Copy each of `keys` from `from` to `to` as it is; a different value already there is set
   * aside first (but for the keys that hold no answer). Each key written goes into `written`.
   * @param {Keys} keys
   * @param {string[]} moving
   * @param {Area} from
   * @param {Area} to
   * @param {string[]} written
   */
  const copyAll = (keys, moving, from, to, written) => {
    for (const key of moving) {
      const value = /** @type {string} */ (from.get(key));
      const there = to.get(key);
      if (there !== null && there !== value && !keys.isPlain(key)) written.push(setAside(keys, to, key, there));
      to.set(key, value);
      written.push(key);
    }
  };

  /**
   * Remove from `area` each key `written` there by a move that failed.
   * @param {Area} area
   * @param {string[]} written
   */
  const undo = (area, written) => {
    for (const key of written) {
      try {
        area.remove(key);
      } catch {
        // what could not be undone stays: a copy, never a loss
      }
    }
  };

  /** True once this page follows the choice made in other tabs (one listener a page). */
  let following = false;

  /** Where answers are kept: the person's choice, or the site's default, and the lock. */
  class Place {
    /**
     * @param {Names} names
     * @param {boolean} keep The site's default: keep answers.
     */
    constructor(names, keep) {
      this.names = names;
      this.keys = names.keys;
      this.byDefault = keep;
      /** True while this tab's answers stay in its own storage, apart from answers under another lock. */
      this.apart = false;
    }

    /** The person's choice as stored ("keep" or "session"), or null. */
    chosen() {
      try {
        const choice = local.get(this.keys.choice);
        return choice === "keep" || choice === "session" ? choice : null;
      } catch {
        return null;
      }
    }

    /** True when answers are kept after the browser closes. */
    get keeps() {
      return !this.apart && this.keepsBy(this.chosen());
    }

    /** @param {string | null} choice True when `choice` (as stored) keeps answers. */
    keepsBy(choice) {
      return choice === "keep" || choice === "session" ? choice === "keep" : this.byDefault;
    }

    /**
     * True for a key that moves with the answers: every key of ours but the choice and which
     * pages were opened from a folder, which stay in localStorage, and the colleague shown,
     * which stays in the tab's sessionStorage (for the visit).
     * @param {string} key
     */
    moves(key) {
      const { choice, opened, shown } = this.keys;
      return this.keys.ours(key) && key !== choice && key !== opened && key !== shown;
    }

    /** The storage area answers are kept in now (calls throw a StorageProblem). */
    get storage() {
      return this.keeps ? local : session;
    }

    /**
     * Follow the choice made in another tab of this browser (the storage event of the choice
     * key, always in localStorage), so that nothing typed in this tab is lost or left behind:
     * - keep, chosen elsewhere: every key of ours in this tab's sessionStorage moves to
     *   localStorage, merged with what is there (take());
     * - don't keep, chosen elsewhere: the tab that chose copies what localStorage holds into
     *   its own sessionStorage, then removes it from localStorage. This tab takes each value
     *   into its own sessionStorage too: what is still there when it hears of the choice, and
     *   the old value of each key removed after it. A record removed by a move is never "the
     *   answers were cleared" ("Forget me" removes the choice too: then nothing is taken).
     * Then the document hears sfg:moved: the form reads its record again, the panel shows
     * the choice. One listener a page, added before any component's.
     */
    follow() {
      if (following) return;
      following = true;
      window.addEventListener("storage", ({ key, oldValue, newValue, storageArea }) => {
        // A tab whose answers were kept apart stays apart until the person chooses in it.
        if (this.apart || key === null || !this.keys.ours(key) || !local.is(storageArea)) return;
        const choice = key === this.keys.choice;
        if (!(choice ? this.chose(oldValue, newValue) : this.takes(key, oldValue, newValue))) return;
        const keeps = this.keeps;
        try {
          if (choice) moveAll(this, keeps);
          else take(this.names, session, key, /** @type {string} */ (oldValue));
        } catch {
          // storage refused: what did not move stays where it was, a copy, never a loss
        }
        // Kept apart (under another lock than the answers there): moveAll said so.
        if (!this.apart) document.dispatchEvent(new CustomEvent("sfg:moved", { detail: { keep: keeps } }));
      });
    }

    /**
     * True when the choice stored changed from `before` to `after`: keep became don't keep or
     * the other way ("Forget me" removes the choice: nothing moves).
     * @param {string | null} before
     * @param {string | null} after
     */
    chose(before, after) {
      return after !== null && this.keepsBy(before) !== this.keepsBy(after);
    }

    /**
     * True when another tab removed `key` from localStorage as it moved the answers out
     * (don't keep): this tab takes the value it had into its own sessionStorage.
     * @param {string} key
     * @param {string | null} before
     * @param {string | null} after
     */
    takes(key, before, after) {
      return this.moves(key) && after === null && before !== null && this.chosen() === "session";
    }

    /**
     * True when `from` and `to` both hold answers under different locks (one locked and the
     * other not, or two passphrases): put together, readable answers would lie beside a lock,
     * or sealed ones where no stored lock opens them. Such answers are never mixed.
     * @param {Area} from
     * @param {Area} to
     */
    mixes(from, to) {
      /** @param {Area} area */
      const holdsAnswers = (area) => area.keys(this.keys.prefix).some((key) => !this.keys.isPlain(key));
      return from.get(this.keys.lock) !== to.get(this.keys.lock) && holdsAnswers(from) && holdsAnswers(to);
    }

    /** @param {Storage | null} area True for the storage area answers are kept in now. */
    holds(area) {
      return this.storage.is(area);
    }

    /** The passphrase lock of the answers (vault.js), or null when there is none. */
    lock() {
      try {
        return sfg.vault.lock(this.storage.get(this.keys.lock));
      } catch {
        return null;
      }
    }

    /** True when a colleague's answers are kept here (sealed or not). */
    keepsColleagues() {
      return this.storage.keys(this.keys.prefix).some((key) => !!this.keys.colleagueOf(key));
    }

    /** "open" (no lock), "unlocked" (this page holds the key) or "locked". */
    state() {
      const lock = this.lock();
      return !lock ? "open" : sfg.vault.opens(lock) ? "unlocked" : "locked";
    }

    /**
     * Keep answers (true) or not: every key of ours moves to the other storage area as it is
     * (sealed ones stay sealed), nothing is lost: a value already there under the same key is
     * set aside first. On a failure nothing has moved, and a StorageProblem is thrown.
     * @param {boolean} keep
     */
    choose(keep) {
      const from = this.storage;
      const to = keep ? local : session;
      if (from !== to && this.mixes(from, to)) throw new sfg.StorageProblem("answers under another lock", "apart");
      /** @type {string[]} */
      const written = [];
      try {
        const keys = from === to ? [] : from.keys(this.keys.prefix).filter((key) => this.moves(key));
        copyAll(this.keys, keys, from, to, written);
        local.set(this.keys.choice, keep ? "keep" : "session");
        keys.forEach(from.remove);
        this.apart = false;
      } catch (error) {
        undo(to, written);
        throw error;
      }
    }
  }

  sfg.Place = Place;
  sfg.place = { take };
}
