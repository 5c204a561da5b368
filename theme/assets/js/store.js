// @ts-check
/* Scope for Growth: one form's record in the browser's storage (the person's own, or one filled
   in for a colleague), kept where place.js says, in the format records.js reads and writes.
   With a passphrase lock, the record is sealed (vault.js) and only a page that holds the key
   opens it. A record that cannot be read is set aside under a key of its own, never
   overwritten; every storage call may throw a StorageProblem (storage.js). */
"use strict";
var sfg = sfg || {};
{
  const { records, StorageProblem } = sfg;
  const { setAside } = sfg.storage;

  /** One form's record in storage: the person's own, or one filled in for a colleague. */
  class Store {
    /**
     * @param {Names} names
     * @param {string} form
     * @param {Place} place
     * @param {string} [colleague]
     */
    constructor(names, form, place, colleague) {
      this.names = names;
      this.form = form;
      this.key = names.keys.record(form, colleague);
      this.place = place;
    }

    /** The record's value as stored now (null: none). */
    raw() {
      return this.place.storage.get(this.key);
    }

    /** A record of this form without an answer. */
    empty() {
      return records.empty(this.form);
    }

    /**
     * The record in `raw` as stored (null: none is kept, an empty record), migrated to this
     * version (records.js); null when it is not JSON, not ours or from a newer version.
     * @param {string | null} raw
     */
    parse(raw) {
      return records.parse(raw, this.form, (key) => this.names.isKey(key));
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
     * @param {string | null} raw
     * @param {AnswerRecord | null} record
     * @returns {{record: AnswerRecord, setAside: boolean}}
     */
    settle(raw, record) {
      if (record || raw === null) return { record: record || this.empty(), setAside: false };
      const storage = this.place.storage;
      try {
        setAside(this.names.keys, storage, this.key, raw);
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

  sfg.Store = Store;
}
