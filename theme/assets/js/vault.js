// @ts-check
/* Scope for Growth: the passphrase lock's cryptography (WebCrypto), and the key while this page
   holds it. A passphrase gives a key by PBKDF2-SHA-256 (at least 600,000 iterations, a random
   16-byte salt); each value is encrypted with AES-GCM 256, a fresh random 12-byte IV each time,
   its storage key as additional data (a value cannot be passed off under another key).
   Stored: {format: "scope-for-growth-sealed", version, iv, data} in place of a record (base64);
   the lock itself, beside the records: {format: "scope-for-growth-lock", version, kdf,
   iterations, salt, check}, where `check` is a known text sealed with the key, to tell a right
   passphrase from a wrong one. The key is not extractable and lives in this page's memory
   only, from unlocking until the page locks, forgets or closes; IdleLock, which every part
   that shows answers starts, drops it after the site's minutes without use. */
"use strict";
var sfg = sfg || {};
{
  const SEALED = "scope-for-growth-sealed";
  const LOCK = "scope-for-growth-lock";
  const FILE = "scope-for-growth-answers-locked";
  const CHECK = "scope-for-growth";
  const KDF = "PBKDF2-SHA-256";
  const ITERATIONS = 600000;
  const encoder = new TextEncoder();
  const { own } = sfg;

  /** @param {Uint8Array} bytes */
  const toBase64 = (bytes) => {
    let text = "";
    for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(text);
  };
  /** @param {unknown} text */
  const fromBase64 = (text) => Uint8Array.from(atob(String(text)), (c) => c.charCodeAt(0));
  /** @param {number} length */
  const random = (length) => crypto.getRandomValues(new Uint8Array(length));

  /**
   * The AES-GCM key of `passphrase` with `salt`.
   * @param {string} passphrase
   * @param {BufferSource} salt
   * @param {number} iterations
   */
  const derive = async (passphrase, salt, iterations) => {
    const material = await crypto.subtle.importKey("raw", encoder.encode(passphrase), "PBKDF2", false, ["deriveKey"]);
    return crypto.subtle.deriveKey({ name: "PBKDF2", hash: "SHA-256", salt, iterations }, material, { name: "AES-GCM", length: 256 }, false, [
      "encrypt",
      "decrypt",
    ]);
  };

  /**
   * `text` encrypted with `key`, bound to `label` (its storage key): {iv, data} in base64.
   * @param {CryptoKey} key
   * @param {string} text
   * @param {string} label
   */
  const encrypt = async (key, text, label) => {
    const iv = random(12);
    const data = await crypto.subtle.encrypt({ name: "AES-GCM", iv, additionalData: encoder.encode(label) }, key, encoder.encode(text));
    return { iv: toBase64(iv), data: toBase64(new Uint8Array(data)) };
  };

  /**
   * The text of `sealed` ({iv, data}); throws when the key or label is not the one it was
   * sealed with, or it was changed.
   * @param {CryptoKey} key
   * @param {unknown} sealed
   * @param {string} label
   */
  const decrypt = async (key, sealed, label) => {
    const iv = fromBase64(own(sealed, "iv"));
    const data = await crypto.subtle.decrypt({ name: "AES-GCM", iv, additionalData: encoder.encode(label) }, key, fromBase64(own(sealed, "data")));
    return new TextDecoder().decode(data);
  };

  /**
   * @param {string} raw
   * @returns {unknown}
   */
  const parse = (raw) => {
    try {
      return JSON.parse(raw);
    } catch {
      return null;
    }
  };

  /** @typedef {{salt: string, iterations: number, check: unknown}} Lock */

  /** This page's key, while unlocked, and the lock it opens. */
  const vault = {
    /** @type {CryptoKey | null} */
    key: null,
    /** The salt of the lock the key was made for (a changed passphrase has a new one). */
    salt: "",
    /** When the page was last used while holding the key (Date.now()). */
    used: 0,

    /** The person used the page: the idle lock counts from now. */
    touch() {
      this.used = Date.now();
    },

    /**
     * Drop the key when the page has not been used for `minutes`: after Material's instant
     * navigation, the key lives on through pages that have no idle lock of their own.
     * @param {number} minutes
     */
    expire(minutes) {
      if (this.key && Date.now() - this.used >= minutes * 60000) this.hold(null);
    },

    /** @param {string | null} raw True for a value sealed by the lock. */
    isSealed: (raw) => !!raw && raw.startsWith(`{"format":"${SEALED}"`),

    /**
     * The lock as stored (null: none); one that cannot be read can never be opened.
     * @param {string | null} raw
     * @returns {Lock | null}
     */
    lock(raw) {
      if (raw === null) return null;
      const data = parse(raw);
      const salt = own(data, "salt");
      const iterations = Number(own(data, "iterations"));
      const valid = own(data, "format") === LOCK && typeof salt === "string" && Number.isSafeInteger(iterations) && iterations >= ITERATIONS;
      return valid ? { salt, iterations, check: own(data, "check") } : { salt: "", iterations: 0, check: null };
    },

    /** @param {Lock | null} lock True when this page holds the key of `lock`. */
    opens(lock) {
      return !!lock && !!this.key && !!lock.salt && lock.salt === this.salt;
    },

    /**
     * Take the key of `lock` if `passphrase` is its passphrase; false when it is not.
     * @param {Lock} lock
     * @param {string} passphrase
     * @param {string} label The lock's storage key.
     */
    async unlock(lock, passphrase, label) {
      if (!lock.salt) return false;
      const key = await derive(passphrase, fromBase64(lock.salt), lock.iterations);
      try {
        if ((await decrypt(key, lock.check, label)) !== CHECK) return false;
      } catch {
        return false;
      }
      this.key = key;
      this.salt = lock.salt;
      this.touch();
      return true;
    },

    /**
     * A new lock for `passphrase`: the key, and the lock to store under `label`.
     * @param {string} passphrase
     * @param {string} label
     */
    async create(passphrase, label) {
      const salt = random(16);
      const key = await derive(passphrase, salt, ITERATIONS);
      const stored = { format: LOCK, version: 1, kdf: KDF, iterations: ITERATIONS, salt: toBase64(salt), check: await encrypt(key, CHECK, label) };
      return { key, salt: stored.salt, raw: JSON.stringify(stored) };
    },

    /** @param {{key: CryptoKey, salt: string} | null} next Hold this key from now on (null: none). */
    hold(next) {
      this.key = next?.key ?? null;
      this.salt = next?.salt ?? "";
      this.touch();
    },

    /**
     * `text` sealed with `key` (this page's by default) for storage under `label`.
     * @param {string} text
     * @param {string} label
     * @param {CryptoKey | null} [key]
     */
    async seal(text, label, key) {
      const using = key || this.key;
      if (!using) throw new Error("Scope for Growth: locked");
      return JSON.stringify({ format: SEALED, version: 1, ...(await encrypt(using, text, label)) });
    },

    /**
     * The text of a value sealed under `label`; throws when this page's key cannot open it.
     * @param {string} raw
     * @param {string} label
     */
    async open(raw, label) {
      if (!this.key) throw new Error("Scope for Growth: locked");
      return decrypt(this.key, parse(raw), label);
    },

    /**
     * A locked copy of a file of answers: its text sealed with this page's key, with what it
     * takes to make the key again from the passphrase.
     * @param {string} text
     * @param {{[field: string]: unknown}} about namespace, site, exported
     * @param {Lock} lock
     */
    async sealFile(text, about, lock) {
      const sealed = await encrypt(/** @type {CryptoKey} */ (this.key), text, FILE);
      const kdf = { name: "PBKDF2", hash: "SHA-256", iterations: lock.iterations, salt: lock.salt };
      return { format: FILE, version: 1, ...about, kdf, cipher: { name: "AES-GCM", iv: sealed.iv }, data: sealed.data };
    },

    /** @param {unknown} data True for a locked copy of a file of answers. */
    isSealedFile: (data) => own(data, "format") === FILE,

    /**
     * The text inside a locked file; throws when `passphrase` is not its passphrase.
     * @param {unknown} data
     * @param {string} passphrase
     */
    async openFile(data, passphrase) {
      const kdf = own(data, "kdf");
      const iterations = Number(own(kdf, "iterations"));
      if (!Number.isSafeInteger(iterations) || iterations < ITERATIONS || iterations > 100 * ITERATIONS) throw new Error("Scope for Growth: not a locked file");
      const key = await derive(passphrase, fromBase64(own(kdf, "salt")), iterations);
      return decrypt(key, { iv: own(own(data, "cipher"), "iv"), data: own(data, "data") }, FILE);
    },
  };

  const ACTIVITY = ["keydown", "pointerdown", "input", "wheel", "touchstart"];

  /**
   * The idle lock of a part of the page that shows answers: `onIdle` after `minutes` without
   * use (counted from the vault's last use, which every part shares), `onElsewhere` when
   * another tab of this browser locks ("Lock now"). A key left idle is dropped as it starts.
   */
  class IdleLock {
    /**
     * @param {(target: EventTarget, type: string, handler: (event: any) => void) => void} on
     *   Listens until the part stops (Component.on).
     * @param {string} channel The name of the namespace's channel between tabs for the lock (Keys.channel).
     * @param {number} minutes
     * @param {() => void} onIdle
     * @param {() => void} onElsewhere
     */
    constructor(on, channel, minutes, onIdle, onElsewhere) {
      this.wait = minutes * 60000;
      this.onIdle = onIdle;
      this.timer = 0;
      vault.expire(minutes);
      for (const type of ACTIVITY) on(document, type, () => this.active());
      // A hidden tab's timers may run late: on coming back, the time without use decides.
      on(document, "visibilitychange", () => document.visibilityState === "visible" && Date.now() - vault.used >= this.wait && onIdle());
      this.channel = "BroadcastChannel" in window ? new BroadcastChannel(channel) : null;
      if (this.channel) on(this.channel, "message", onElsewhere);
    }

    /** The person did something: the idle lock starts counting again. */
    active() {
      vault.touch();
      clearTimeout(this.timer);
      this.timer = setTimeout(this.onIdle, this.wait);
    }

    /** Lock this browser's other tabs too. */
    tellOthers() {
      this.channel?.postMessage("lock");
    }

    /** The part is gone (instant navigation): the next page's parts count the time. */
    stop() {
      clearTimeout(this.timer);
      this.channel?.close();
    }
  }

  sfg.vault = vault;
  sfg.IdleLock = IdleLock;
}
