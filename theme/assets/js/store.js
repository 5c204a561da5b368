// @ts-check
/* Scope for Growth: answers kept in this browser, one record a form:
   {format, version, form, saved, clock, answers: {key: text}, edits: {key: [edit, tab]},
    questions: {key: text}}.
   Where: in localStorage, or in sessionStorage when the person chose not to keep their answers
   after closing the browser (their choice, under its own key in localStorage, or the site's
   default: a Place). With a passphrase lock, every value that holds answers is sealed
   (vault.js) and only this page's key opens it.
   Which of two copies of an answer is newer (two tabs; what is stored against what this page
   has not saved yet) is decided by the order of edits, never by the computer's clock, which
   can go back: every edit gets the next number of the record's counter (`clock`: one more than
   the highest this page has seen, Lamport-style) and the tab's id, which settles a tie between
   two tabs editing at once. `saved` is only ever shown ("Saved at 10:42").
   The question of each answer is kept too, for answers to questions since removed.
   Records of older versions are migrated; one that cannot be read is set aside under a key of
   its own, never overwritten. Every storage call is wrapped: a failure is a StorageProblem. */
"use strict";
var sfg = sfg || {};
{
  const { own } = sfg;
  const FORMAT = "scope-for-growth";
  const VERSION = 3;
  /** @type {(keyof AnswerRecord & ("answers" | "edits" | "questions"))[]} What a record holds for each answer. */
  const PARTS = ["answers", "edits", "questions"];

  /** Why storage refused: "full", "unavailable", or "blocked" (an unreadable record is in the way). */
  class StorageProblem extends Error {
    /** @param {unknown} cause @param {"full" | "unavailable" | "blocked" | "apart"} [kind] */
    constructor(cause, kind) {
      super(String(cause instanceof Error ? cause.message : cause));
      this.name = "StorageProblem";
      const full = cause instanceof DOMException && (cause.name === "QuotaExceededError" || cause.code === 22);
      this.kind = kind || (full ? "full" : "unavailable");
      /** The interface word that tells the person. */
      this.word = { full: "status_full", unavailable: "status_unavailable", blocked: "status_unreadable_blocked", apart: "keep_apart" }[this.kind];
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
      /** @param {string} key @param {string} value */
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
      /** @param {string} prefix Every key that starts with `prefix`. */
      keys: (prefix) => use((s) => Object.keys(s).filter((key) => key.startsWith(prefix))),
    };
  };
  const storage = wrap(() => window.localStorage);
  // Each tab's session storage is its own: what a tab changes there is told to the others
  // (tabs.js), which make the same change in theirs without telling anyone (`quiet`).
  const quiet = wrap(() => window.sessionStorage);
  const session = wrap(() => window.sessionStorage, (key, value, before) => sfg.tabs?.wrote(key, value, before));

  /**
   * Remove every key that starts with `prefix`, from both storage areas; throws the first
   * StorageProblem after trying everything.
   * @param {string} prefix
   */
  const forgetAll = (prefix) => {
    let failure;
    for (const area of [storage, session]) {
      try {
        area.keys(prefix).forEach(area.remove);
      } catch (error) {
        failure ||= error;
      }
    }
    if (failure) throw failure;
  };

  /** True once this page follows the choice made in other tabs (one listener a page). */
  let following = false;

  /** Where answers are kept: the person's choice, or the site's default, and the lock. */
  class Place {
    /** @param {Names} names @param {boolean} keep The site's default: keep answers. */
    constructor(names, keep) {
      this.names = names;
      this.byDefault = keep;
      /** True while this tab's answers stay in its own storage, apart from answers under another lock. */
      this.apart = false;
    }

    /** The person's choice as stored ("keep" or "session"), or null. */
    chosen() {
      try {
        const choice = storage.get(this.names.rules.choice);
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
      const { prefix, rules } = this.names;
      return key.startsWith(prefix) && key !== rules.choice && key !== rules.opened && key !== rules.shown;
    }

    /** The storage area answers are kept in now (calls throw a StorageProblem). */
    get storage() {
      return this.keeps ? storage : session;
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
      const names = this.names;
      window.addEventListener("storage", ({ key, oldValue, newValue, storageArea }) => {
        // A tab whose answers were kept apart stays apart until the person chooses in it.
        if (this.apart || key === null || !key.startsWith(names.prefix) || !this.local(storageArea)) return;
        let moved = false;
        const keeps = this.keeps;
        try {
          if (key === names.rules.choice) {
            // "Forget me" removes the choice: nothing moves.
            if (newValue === null || this.keepsBy(oldValue) === this.keepsBy(newValue)) return;
            moved = true;
            if (keeps && this.mixes(session, storage)) {
              this.apart = true;
              document.dispatchEvent(new CustomEvent("sfg:moved", { detail: { keep: false, apart: true } }));
              return;
            }
            const [from, to] = keeps ? [session, storage] : [storage, session];
            for (const each of from.keys(names.prefix).filter((each) => this.moves(each))) {
              take(names, this, to, each, /** @type {string} */ (from.get(each)));
              if (keeps) session.remove(each);
            }
          } else if (this.moves(key) && newValue === null && oldValue !== null && this.chosen() === "session") {
            moved = true;
            take(names, this, session, key, oldValue);
          }
        } catch {
          // storage refused: what did not move stays where it was, a copy, never a loss
        }
        if (moved) document.dispatchEvent(new CustomEvent("sfg:moved", { detail: { keep: keeps } }));
      });
    }

    /**
     * True when `from` and `to` both hold answers under different locks (one locked and the
     * other not, or two passphrases): put together, readable answers would lie beside a lock,
     * or sealed ones where no stored lock opens them. Such answers are never mixed.
     * @param {ReturnType<typeof wrap>} from @param {ReturnType<typeof wrap>} to
     */
    mixes(from, to) {
      const { rules } = this.names;
      /** @param {ReturnType<typeof wrap>} area */
      const holdsAnswers = (area) => area.keys(this.names.prefix).some((key) => !this.names.isPlain(key));
      return from.get(rules.lock) !== to.get(rules.lock) && holdsAnswers(from) && holdsAnswers(to);
    }

    /** The lock as this tab's session storage holds it (null: none). */
    sessionLock() {
      return quiet.get(this.names.rules.lock);
    }

    /** What this tab's session storage holds of ours that moves with the answers. */
    sessionItems() {
      /** @type {{[key: string]: string}} */
      const items = {};
      for (const key of quiet.keys(this.names.prefix).filter((each) => this.moves(each))) items[key] = /** @type {string} */ (quiet.get(key));
      return items;
    }

    /**
     * Make in this tab's session storage a change another tab made in its own (nothing is
     * told back): `value` under `key`, or the key removed (null). With `merge`, what another
     * tab holds is taken as Place.follow takes a move: records merged by the order of edits,
     * anything else that differs set aside first. Returns the value there before, or
     * undefined when nothing changed.
     * @param {string} key @param {string | null} value @param {boolean} merge
     */
    fromTab(key, value, merge) {
      if (!this.moves(key)) return undefined;
      const before = quiet.get(key);
      if (value === null) quiet.remove(key);
      else if (merge) take(this.names, this, quiet, key, value);
      else quiet.set(key, value);
      return quiet.get(key) === before ? undefined : before;
    }

    /** @param {Storage | null} area True for localStorage. */
    local(area) {
      try {
        return area === window.localStorage;
      } catch {
        return false;
      }
    }

    /** @param {Storage | null} area True for the storage area answers are kept in now. */
    holds(area) {
      try {
        return area === (this.keeps ? window.localStorage : window.sessionStorage);
      } catch {
        return false;
      }
    }

    /** The passphrase lock of the answers (vault.js), or null when there is none. */
    lock() {
      try {
        return sfg.vault.lock(this.storage.get(this.names.rules.lock));
      } catch {
        return null;
      }
    }

    /** True when a colleague's answers are kept here (sealed or not). */
    keepsColleagues() {
      return this.storage.keys(this.names.prefix).some((key) => !!this.names.colleagueOf(key));
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
      const to = keep ? storage : session;
      const names = this.names;
      const written = [];
      if (from !== to && this.mixes(from, to)) throw new StorageProblem("answers under another lock", "apart");
      try {
        if (from !== to) {
          const keys = from.keys(names.prefix).filter((key) => this.moves(key));
          for (const key of keys) {
            const value = /** @type {string} */ (from.get(key));
            const there = to.get(key);
            if (there !== null && there !== value && !names.isPlain(key)) written.push(setAside(names, to, key, there));
            to.set(key, value);
            written.push(key);
          }
          storage.set(names.rules.choice, keep ? "keep" : "session");
          keys.forEach(from.remove);
        } else storage.set(names.rules.choice, keep ? "keep" : "session");
        this.apart = false;
      } catch (error) {
        for (const key of written) {
          try {
            to.remove(key);
          } catch {
            // what could not be undone stays: a copy, never a loss
          }
        }
        throw error;
      }
    }
  }

  /**
   * Keep `value` aside in `area`, under `key`'s set-aside key of this moment (a later one if
   * that is taken); returns the key it is kept under.
   * @param {Names} names @param {ReturnType<typeof wrap>} area @param {string} key @param {string} value
   */
  const setAside = (names, area, key, value) => {
    let stamp = Date.now();
    while (area.get(names.setAsideKey(key, String(stamp))) !== null) stamp += 1;
    const aside = names.setAsideKey(key, String(stamp));
    area.set(aside, value);
    return aside;
  };

  /**
   * `value` as `area` is to hold it under `key`, where `area` holds `there` already: the two
   * records merged, each answer the newer edit of the two (store.js's order of edits), or
   * null when either is not a plain record of ours (sealed, unreadable, not a record).
   * @param {Names} names @param {Place} place @param {string} value @param {string} there
   */
  const mergeRaw = (names, place, value, there) => {
    const [mine, theirs] = [value, there].map((raw) => {
      try {
        const form = JSON.parse(raw)?.form;
        return typeof form === "string" ? new Store(names, form, place).parse(raw) : null;
      } catch {
        return null;
      }
    });
    if (!mine || !theirs || mine.form !== theirs.form) return null;
    const { record } = merge(mine, theirs, new Set(Object.keys(mine.answers)));
    record.saved = [mine.saved, theirs.saved].filter(isText).sort().pop() ?? null;
    return JSON.stringify(record);
  };

  /**
   * Put `value` under `key` in `area` (`value` comes from the other storage area), nothing
   * lost: two records of ours are merged; any other value already there that differs is set
   * aside first, as Place.choose does, except the lock and the last download, which stay.
   * @param {Names} names @param {Place} place @param {ReturnType<typeof wrap>} area
   * @param {string} key @param {string} value
   */
  const take = (names, place, area, key, value) => {
    const there = area.get(key);
    if (there === value) return;
    if (there === null) return area.set(key, value);
    if (names.isPlain(key)) return;
    const merged = mergeRaw(names, place, value, there);
    if (merged !== null) return area.set(key, merged);
    setAside(names, area, key, there);
    area.set(key, value);
  };

  /** @returns {{[key: string]: any}} An object without a prototype: any key is just a key. */
  const dict = () => Object.create(null);
  /** @param {unknown} value @returns {value is {[key: string]: unknown}} */
  const isObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
  /** @param {unknown} value @returns {value is string} */
  const isText = (value) => typeof value === "string";
  /** @param {unknown} value @returns {value is number} */
  const isTime = (value) => Number.isFinite(value);
  /** @param {unknown} value @returns {value is Stamp} */
  const isStamp = (value) => Array.isArray(value) && value.length === 2 && Number.isSafeInteger(value[0]) && value[0] >= 0 && isText(value[1]);

  /**
   * True when edit `a` came after edit `b` (no edit at all comes before every edit).
   * @param {Stamp | undefined} a
   * @param {Stamp | undefined} b
   */
  const newer = (a, b) => !!a && (!b || a[0] > b[0] || (a[0] === b[0] && a[1] > b[1]));

  /** @param {string} form @returns {AnswerRecord} */
  const empty = (form) => ({ format: FORMAT, version: VERSION, form, saved: null, clock: 0, answers: dict(), edits: dict(), questions: dict() });

  /**
   * Records of older versions, each turned into the next version.
   * @type {{[version: number]: (data: any) => any}}
   */
  const MIGRATIONS = {
    // Version 1 kept the answers only.
    1: (data) => ({ ...data, format: FORMAT, version: 2, updated: {}, questions: {} }),
    // Version 2 ordered edits by the computer's clock (`updated`: milliseconds). Their order
    // becomes edit numbers: the earliest 1, the next 2…; an answer without a time comes first.
    2: ({ updated, ...data }) => {
      const times = isObject(updated) ? updated : {};
      const order = [...new Set(Object.values(times).filter(isTime))].sort((a, b) => a - b);
      const rank = new Map(order.map((time, i) => [time, i + 1]));
      const edits = dict();
      if (isObject(data.answers)) for (const key of Object.keys(data.answers)) edits[key] = [rank.get(/** @type {number} */ (own(times, key))) ?? 0, ""];
      return { ...data, version: 3, clock: order.length, edits };
    },
  };

  /**
   * Give `record` the answer `value` for `key`, as its newest edit, made by `tab`.
   * @param {AnswerRecord} record
   * @param {string} key
   * @param {string} value
   * @param {string} tab
   * @param {string} question The question it answers, if the content still has it.
   */
  const edit = (record, key, value, tab, question) => {
    record.clock += 1;
    record.answers[key] = value;
    record.edits[key] = [record.clock, tab];
    record.questions[key] = question || record.questions[key] || "";
  };

  /**
   * @param {AnswerRecord} record
   * @param {string} key
   */
  const forget = (record, key) => {
    for (const part of PARTS) delete record[part][key];
  };

  /**
   * Take `stored` (what other tabs saved) as this page's answers, but keep each answer of
   * `mine` changed here and not saved yet (`unsaved`) unless the stored one is a newer edit;
   * those keys leave `unsaved`. Returns the merged record (`stored`, changed) and the keys
   * whose text differs from `mine`.
   * @param {AnswerRecord} mine
   * @param {AnswerRecord} stored
   * @param {Set<string>} unsaved
   * @returns {{record: AnswerRecord, changed: string[]}}
   */
  const merge = (mine, stored, unsaved) => {
    for (const key of unsaved) {
      if (newer(stored.edits[key], mine.edits[key])) unsaved.delete(key);
      else for (const part of PARTS) stored[part][key] = mine[part][key];
    }
    stored.clock = Math.max(stored.clock, mine.clock);
    const keys = new Set([...Object.keys(mine.answers), ...Object.keys(stored.answers)]);
    return { record: stored, changed: [...keys].filter((key) => mine.answers[key] !== stored.answers[key]) };
  };

  /** One form's record in storage: the person's own, or one filled in for a colleague. */
  class Store {
    /** @param {Names} names @param {string} form @param {Place} place @param {string} [colleague] */
    constructor(names, form, place, colleague) {
      this.names = names;
      this.form = form;
      this.key = names.record(form, colleague);
      this.place = place;
    }

    /** The record's value as stored now (null: none). */
    raw() {
      return this.place.storage.get(this.key);
    }

    empty() {
      return empty(this.form);
    }

    /**
     * Copy what looks like ours, and only that: a damaged or hostile record cannot smuggle in
     * anything but answer keys with values of the right kind.
     * @param {unknown} from
     * @param {(value: unknown) => boolean} test
     */
    copy(from, test) {
      const to = dict();
      if (isObject(from)) for (const key of Object.keys(from)) if (this.names.isKey(key) && test(from[key])) to[key] = from[key];
      return to;
    }

    /**
     * The record in `raw` as stored (null: none is kept), migrated to this version; null when
     * it is not JSON, not ours or from a newer version.
     * @param {string | null} raw
     * @returns {AnswerRecord | null}
     */
    parse(raw) {
      if (raw === null) return this.empty();
      let data;
      try {
        data = JSON.parse(raw);
      } catch {
        return null;
      }
      /** @type {((data: any) => any) | undefined} */
      let migrate;
      while (isObject(data) && (data.format ?? FORMAT) === FORMAT && typeof data.version === "number" && (migrate = /** @type {any} */ (own(MIGRATIONS, String(data.version))))) data = migrate(data);
      if (!isObject(data) || data.format !== FORMAT || data.version !== VERSION || !isObject(data.answers)) return null;
      const record = this.empty();
      record.saved = isText(data.saved) ? data.saved : null;
      record.answers = this.copy(data.answers, isText);
      record.edits = this.copy(data.edits, isStamp);
      record.questions = this.copy(data.questions, isText);
      const edits = Object.values(record.edits).map((stamp) => stamp[0]);
      record.clock = Math.max(Number.isSafeInteger(data.clock) ? Number(data.clock) : 0, ...edits);
      return record;
    }

    /**
     * The record kept in storage (an empty one when there is none). One that cannot be read
     * is set aside first, under a key of its own, and an empty record comes back with
     * `setAside`. Throws a StorageProblem when storage cannot be read, or when the unreadable
     * record cannot be set aside (kind "blocked": then it must never be overwritten).
     * @returns {{record: AnswerRecord, setAside: boolean}}
     */
    read() {
      const raw = this.raw();
      return this.settle(raw, this.parse(raw));
    }

    /**
     * `record` read from `raw`, or (when it could not be read) `raw` set aside.
     * @param {string | null} raw @param {AnswerRecord | null} record
     * @returns {{record: AnswerRecord, setAside: boolean}}
     */
    settle(raw, record) {
      if (record || raw === null) return { record: record || this.empty(), setAside: false };
      const storage = this.place.storage;
      try {
        setAside(this.names, storage, this.key, raw);
        storage.remove(this.key);
      } catch (error) {
        throw new StorageProblem(error, "blocked");
      }
      return { record: this.empty(), setAside: true };
    }

    /**
     * The record in `raw`, opened with this page's key when it is sealed (null when it cannot
     * be read, or this page cannot open it).
     * @param {string | null} raw
     */
    async open(raw) {
      if (!sfg.vault.isSealed(raw)) return this.parse(raw);
      try {
        return this.parse(await sfg.vault.open(/** @type {string} */ (raw), this.key));
      } catch {
        return null;
      }
    }

    /** read(), for sealed records too. Also returns the value read (`raw`). */
    async load() {
      const raw = this.raw();
      return { ...this.settle(raw, await this.open(raw)), raw };
    }

    /** The stored record as it is, for a look: an empty one when it cannot be read. */
    peek() {
      try {
        return this.parse(this.raw()) || this.empty();
      } catch {
        return this.empty();
      }
    }

    /** peek(), for sealed records too (empty while locked). */
    async look() {
      try {
        return (await this.open(this.raw())) || this.empty();
      } catch {
        return this.empty();
      }
    }

    /** @param {AnswerRecord} record */
    write(record) {
      this.place.storage.set(this.key, JSON.stringify(record));
    }

    /**
     * `record` as it is to be stored: sealed when the answers are locked (and this page holds
     * the key), as it is when they are not.
     * @param {AnswerRecord} record
     */
    async seal(record) {
      const text = JSON.stringify(record);
      return this.place.state() === "open" ? text : sfg.vault.seal(text, this.key);
    }

    /** @param {AnswerRecord} record write(), sealed when the answers are locked. */
    async save(record) {
      const raw = await this.seal(record);
      this.place.storage.set(this.key, raw);
    }
  }

  sfg.storage = storage;
  sfg.session = session;
  sfg.forgetAll = forgetAll;
  sfg.StorageProblem = StorageProblem;
  sfg.Place = Place;
  sfg.Store = Store;
  sfg.records = { dict, isObject, isStamp, newer, edit, forget, merge };
}
