// @ts-check
/* Scope for Growth: "Your answers": download every form's answers as a file, load them from
   one, clear them all from this device; and download buttons elsewhere on the page. The file names each answer by its export key
   ("journal/energy") and gives its question:
   {format, version, namespace, site, exported, answers: {name: {question, answer}}}.
   A locked copy (sfg:download with `locked`) holds that file's text sealed with the
   passphrase's key (vault.js); loading one asks for its passphrase (sfg:passphrase).
   A file is checked completely before anything changes, and replacing asks first. */
"use strict";
var sfg = sfg || {};
{
  const { Store, own, fill, vault } = sfg;
  const { dict, isObject } = sfg.records;
  const FORMAT = "scope-for-growth-answers";
  const VERSION = 1;
  const LIMITS = { bytes: 5e6, size: "5 MB", answers: 5000, length: 100000 };

  /** What is wrong with a file: the interface word that says it, and what fills it in. */
  class ImportProblem extends Error {
    /** @param {string} word @param {{[slot: string]: string}} [parts] */
    constructor(word, parts = {}) {
      super(word);
      this.name = "ImportProblem";
      this.parts = parts;
    }
  }

  class Transfer extends sfg.Component {
    static moduleName = "sfg-transfer";

    /** @param {HTMLElement} element */
    constructor(element) {
      super(element);
      this.namespace = this.settings.config.names.namespace;
      const { forms, form } = this.settings.config;
      this.form = form;
      this.stores = forms.map((name) => new Store(this.names, name, this.place));
      const input = sfg.parts.find(element, "[data-sfg-load-file]", HTMLInputElement);
      /** @type {{[action: string]: () => void}} */
      const actions = { download: () => this.download(false), load: () => input.click(), clear: () => this.clear() };
      this.onClick("[data-sfg-action]", (button) => /** @type {(() => void) | undefined} */ (own(actions, button.dataset.sfgAction || ""))?.());
      this.listen("sfg:download", (detail) => this.download(!!detail?.locked));
      this.on(input, "change", () => {
        const file = input.files?.[0];
        input.value = "";
        if (file) this.load(file);
      });
    }

    /** @param {string} message @param {boolean} [problem] */
    say(message, problem) {
      this.emit("sfg:status", { message, problem });
    }

    /** Every form's record: this page's as it is now (saved first), the others' as stored. */
    records() {
      /** @type {SfgEvents["sfg:collect"]} */
      const mine = {};
      this.emit("sfg:collect", mine);
      return Promise.all(this.stores.map((store) => (store.form === this.form && mine.record ? mine.record : store.look())));
    }

    /** @param {boolean} locked A locked copy, sealed with the passphrase's key. */
    async download(locked) {
      const names = this.names;
      const lock = this.place.lock();
      if (locked && !(lock && vault.opens(lock))) return;
      const records = await this.records();
      /** @type {{[name: string]: {question: string, answer: string}}} */
      const answers = {};
      for (const { form, answers: given, questions } of records) {
        for (const [key, answer] of Object.entries(given)) {
          if (answer) answers[names.exportKey(form, key)] = { question: names.question(form, key) || questions[key] || "", answer };
        }
      }
      const exported = new Date().toISOString();
      /** @type {{[field: string]: unknown}} */
      const data = { format: FORMAT, version: VERSION, namespace: this.namespace, site: this.settings.config.site, exported, answers };
      try {
        // Records that could not be read were set aside: they go with the answers, as they
        // are (opened, when they were sealed by the lock and this page holds its key).
        const storage = this.place.storage;
        const unreadable = storage.keys(names.prefix).filter((key) => names.isSetAside(key));
        const open = async (/** @type {string} */ key) => {
          const raw = /** @type {string} */ (storage.get(key));
          return vault.isSealed(raw) && vault.key ? vault.open(raw, key).catch(() => raw) : raw;
        };
        if (unreadable.length) data.unreadable = await Promise.all(unreadable.map(open));
      } catch {
        // Storage is out of reach: the answers on this page are all there is.
      }
      let content = JSON.stringify(data, null, 2);
      if (locked && lock) content = JSON.stringify(await vault.sealFile(content, { namespace: this.namespace, site: data.site, exported }, lock), null, 2);
      const file = (locked ? this.text.download_locked_file_name : this.text.download_file_name) + "-" + exported.slice(0, 10) + ".json";
      const link = Object.assign(document.createElement("a"), {
        href: URL.createObjectURL(new Blob([content], { type: "application/json" })),
        download: file,
        hidden: true,
      });
      link.addEventListener("click", (event) => event.stopPropagation()); // not for instant navigation
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 10000);
      this.say(fill(this.text.download_done, { file }));
      this.emit("sfg:downloaded", { at: exported, clocks: Object.fromEntries(records.map((record) => [record.form, record.clock])) });
    }

    /**
     * The text of a locked file, opened with the passphrase the person gives (the key this
     * page holds first, when the file was locked with it); the file's own text otherwise.
     * @param {string} content
     */
    async unseal(content) {
      let data;
      try {
        data = JSON.parse(content);
      } catch {
        return content;
      }
      if (!vault.isSealedFile(data)) return content;
      const passphrase = await new Promise((answer) => {
        if (this.emit("sfg:passphrase", { answer })) answer(null);
      });
      if (passphrase === null) return null;
      try {
        return await vault.openFile(data, passphrase);
      } catch {
        throw new ImportProblem("load_error_passphrase");
      }
    }

    /**
     * The file's answers as one record a form, each answer a newer edit than any kept now; or
     * an ImportProblem that says what is wrong.
     * @param {string} content
     * @param {AnswerRecord[]} current
     */
    check(content, current) {
      const lang = this.settings.config.lang;
      if (!content.trim()) throw new ImportProblem("load_error_empty");
      let data;
      try {
        data = JSON.parse(content);
      } catch {
        throw new ImportProblem("load_error_format");
      }
      if (!isObject(data) || data.format !== FORMAT || !isObject(data.answers) || !Number.isInteger(data.version) || Number(data.version) < 1) {
        throw new ImportProblem("load_error_format");
      }
      if (Number(data.version) > VERSION) throw new ImportProblem("load_error_version");
      if (data.namespace !== this.namespace) throw new ImportProblem("load_error_namespace");
      const names = Object.keys(data.answers);
      if (names.length > LIMITS.answers) throw new ImportProblem("load_error_count", { limit: LIMITS.answers.toLocaleString(lang) });
      /** @type {{[form: string]: AnswerRecord}} */
      const records = dict();
      for (const store of this.stores) records[store.form] = { ...store.empty(), clock: Math.max(...current.map((record) => record.clock)) };
      for (const name of names) {
        const named = this.names.fromExportKey(name);
        const item = data.answers[name];
        const answer = own(item, "answer");
        if (!named || typeof answer !== "string" || answer.length > LIMITS.length) {
          throw new ImportProblem("load_error_answer", { limit: LIMITS.length.toLocaleString(lang) });
        }
        const question = own(item, "question");
        const record = records[named.form];
        sfg.records.edit(record, named.key, answer, "", this.names.question(named.form, named.key) || (typeof question === "string" ? question.slice(0, 2000) : ""));
      }
      return { records, exported: new Date(String(data.exported)) };
    }

    /** @param {File} file */
    async load(file) {
      const t = this.text;
      const current = await this.records();
      let loaded;
      try {
        if (file.size > LIMITS.bytes) throw new ImportProblem("load_error_size", { limit: LIMITS.size });
        const content = await this.unseal(await file.text());
        if (content === null) return;
        loaded = this.check(content, current);
      } catch (error) {
        const reason = error instanceof ImportProblem ? fill(t[error.message], error.parts) : t.load_error_read;
        return this.say(fill(t.load_failed, { file: file.name }) + " " + reason, true);
      }
      // What the file replaces: every answer kept now whose text it changes or removes.
      let kept = 0;
      let count = 0;
      const changes = [];
      for (const { form, answers, questions } of current) {
        const incoming = loaded.records[form].answers;
        count += Object.values(incoming).filter(Boolean).length;
        for (const key of Object.keys(answers)) {
          if (!answers[key]) continue;
          kept++;
          if (incoming[key] !== answers[key]) changes.push(this.names.question(form, key) || questions[key] || key);
        }
      }
      const lang = this.settings.config.lang;
      const date = isNaN(Number(loaded.exported)) ? "" : loaded.exported.toLocaleDateString(lang, { day: "numeric", month: "long", year: "numeric" });
      const items = changes.slice(0, 10);
      if (changes.length > 10) items.push(fill(t.load_more, { count: changes.length - 10 }));
      const summary = fill(t.load_summary, { file: file.name, count, date, current: kept });
      const text = changes.length ? summary + " " + t.load_changes : summary;
      if (!(await this.ask({ heading: t.load_heading, text, items, confirm: t.load_confirm }))) return;
      let failure;
      const saved = new Date().toISOString();
      for (const store of this.stores) {
        try {
          await store.save({ ...loaded.records[store.form], saved });
        } catch (error) {
          failure = error;
        }
      }
      this.emit("sfg:replace", { record: loaded.records[this.form], failure });
      if (!failure) this.say(fill(t.load_done, { file: file.name }));
    }

    async clear() {
      const t = this.text;
      if (!(await this.ask({ heading: t.clear_heading, text: t.clear_text, confirm: t.clear_confirm }))) return;
      let failure;
      try {
        // Both storage areas, the lock and the choice too: nothing of the person is left.
        sfg.forgetAll(this.names.prefix);
      } catch (error) {
        failure = error;
      }
      vault.hold(null);
      this.emit("sfg:replace", { failure });
      this.emit("sfg:forgotten", null);
      if (!failure) this.say(t.clear_done);
    }
  }

  /** A "Download my answers" button elsewhere on the page (after the last question): it asks
      for the download that Transfer makes. Hidden until this starts. */
  class DownloadButton extends sfg.Component {
    static moduleName = "sfg-download";

    /** @param {HTMLElement} element */
    constructor(element) {
      super(element);
      element.hidden = false;
      this.on(element, "click", () => this.emit("sfg:download", null));
    }
  }

  sfg.Transfer = Transfer;
  sfg.DownloadButton = DownloadButton;
}
