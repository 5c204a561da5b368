/* Scope for Growth: a form page (journal or plan) bound to its record in storage.
   Restores answers on load; saves as the person types (at most DELAY ms after they stop) and
   at once when the page is hidden or closed; takes in what other tabs save (storage event),
   the newer text of each answer winning; shows progress, status and answers to removed
   questions. Answers are only ever put into the page as text (value, textContent). */
(() => {
  "use strict";
  const sfg = window.sfg;
  const { storage, StorageProblem, record, parse, dict, get, fill } = sfg.store;
  const DELAY = 400;
  const PARTS = ["answers", "updated", "questions"]; // what a record holds for each answer id
  const forms = new Set(); // forms started on this page; instant navigation replaces them

  const flush = () => forms.forEach((form) => form.save());
  window.addEventListener("pagehide", flush);
  document.addEventListener("visibilitychange", () => document.visibilityState === "hidden" && flush());
  window.addEventListener("storage", (event) => forms.forEach((form) => form.onStorage(event)));

  class Form {
    dirty = new Set(); // ids changed here and not yet saved
    watchers = []; // called with an id after it changes, or with nothing after a redraw
    others = []; // called with storage events about other keys
    notice = ""; // said before every status: an unreadable record was set aside
    blocked = false; // an unreadable record could not be set aside: never overwrite it
    controls = dict(); // answer id: the controls that show it

    constructor(root) {
      performance.mark("sfg-start");
      const config = JSON.parse(root.querySelector("[data-sfg-config]").dataset.sfgConfig);
      this.root = root;
      this.config = config;
      this.text = config.text;
      this.name = config.form;
      this.ns = root.dataset.sfgNamespace;
      this.key = this.ns + "/" + this.name;
      this.status = root.querySelector("[data-sfg-status]");
      this.rec = record(this.name); // this page's answers: what it shows, and saves
    }

    start() {
      for (const form of forms) {
        if (!form.root.isConnected) {
          form.save();
          forms.delete(form);
        }
      }
      const root = this.root;
      this.tables = [...root.querySelectorAll("[data-sfg-table]")].map((el) => new sfg.Table(el, this));
      try {
        this.rec = this.read() || this.rec;
      } catch (e) {
        this.fail(e);
      }
      this.render();
      root.addEventListener("input", (e) => this.onInput(e));
      root.addEventListener("change", (e) => this.onInput(e));
      root.addEventListener("click", (e) => this.onOrphan(e));
      for (const setup of sfg.setups) {
        try {
          setup(this);
        } catch (e) {
          console.error("Scope for Growth:", e);
        }
      }
      for (const el of root.querySelectorAll("[data-sfg-js]")) el.hidden = false;
      for (const el of root.querySelectorAll("[data-sfg-no-js]")) el.hidden = true;
      forms.add(this);
      if (!this.status.textContent && this.rec.saved) this.say(this.savedAt(this.rec.saved));
      performance.measure("sfg-restore", "sfg-start");
    }

    // The stored record, or null when it could not be read: then it is set aside under
    // another key first, or if that fails, left alone and never overwritten (blocked).
    read() {
      const raw = storage.get(this.key);
      const rec = parse(raw, this.name);
      if (rec) return rec;
      try {
        storage.set(this.key + "/unreadable/" + Date.now(), raw);
        storage.remove(this.key);
        this.notice = this.text.status_unreadable;
        this.say("", true);
      } catch (e) {
        this.blocked = true;
        this.say(this.text.status_unreadable_blocked, true);
      }
      return null;
    }

    save() {
      clearTimeout(this.timer);
      if (!this.dirty.size) return;
      try {
        const stored = !this.blocked && this.read();
        if (this.blocked) return this.say(this.text.status_unreadable_blocked, true);
        if (stored) this.adopt(stored);
        const rec = this.rec;
        rec.saved = new Date().toISOString();
        // Emptied answers of questions still there go; those of removed ones stay as they are.
        for (const k of Object.keys(rec.answers)) if (!rec.answers[k] && !this.known(k)) for (const part of PARTS) delete rec[part][k];
        storage.set(this.key, JSON.stringify(rec));
        this.dirty.clear();
        this.say(this.savedAt(rec.saved));
      } catch (e) {
        this.fail(e);
      }
    }

    // Take in a record saved by another tab: the newer text of each answer wins.
    adopt(rec) {
      const mine = this.rec;
      for (const k of this.dirty) {
        if ((rec.updated[k] || 0) > (mine.updated[k] || 0)) this.dirty.delete(k);
        else for (const part of PARTS) rec[part][k] = mine[part][k];
      }
      const changed = new Set([...Object.keys(mine.answers), ...Object.keys(rec.answers)].filter((k) => mine.answers[k] !== rec.answers[k]));
      this.rec = rec;
      if (!changed.size) return;
      if (this.tables.some((t) => changed.has(t.id))) return this.render();
      changed.forEach((k) => this.show(k));
      this.after();
    }

    // Replace everything (loading a file, clearing): `unsaved` when storage refused it.
    reset(rec, unsaved) {
      this.rec = rec;
      this.dirty = new Set(unsaved ? Object.keys(rec.answers) : []);
      this.notice = "";
      this.blocked = false;
      this.render();
    }

    onStorage(event) {
      if (event.key !== this.key && event.key !== null) return this.others.forEach((fn) => fn(event));
      const rec = parse(event.newValue, this.name);
      if (rec) this.adopt(rec);
    }

    render() {
      for (const table of this.tables) table.arrange(this.rec.answers[table.id]);
      this.scan();
      for (const k in this.controls) this.show(k);
      this.after();
    }

    scan() {
      this.controls = dict();
      for (const el of this.root.querySelectorAll("[data-sfg-field]")) (this.controls[this.keyOf(el)] ||= []).push(el);
    }

    // The answer id of a control: its field's id, or "table/row/column" in a table.
    keyOf(el) {
      const row = el.closest("[data-sfg-row]");
      if (!row) return el.dataset.sfgField;
      return row.closest("[data-sfg-table]").dataset.sfgTable + "/" + row.dataset.sfgRow + "/" + el.dataset.sfgField;
    }

    known(k) {
      return k in this.controls || this.tables.some((t) => t.id === k);
    }

    // The question an answer id belongs to, in the content as it is now ("" if removed).
    question(k, form = this.name) {
      const [field, , column] = k.split("/");
      return get(get(this.config.questions, form), column ? field + "/" + column : k) || "";
    }

    show(k) {
      const value = this.rec.answers[k] || "";
      for (const el of this.controls[k] || []) {
        if (el.type === "radio") el.checked = el.value === value;
        else if (el.value !== value) el.value = value;
        const mirror = el.nextElementSibling;
        if (mirror?.hasAttribute("data-sfg-print-mirror")) mirror.textContent = value;
      }
    }

    onInput({ target: el }) {
      if (el.matches("[data-sfg-field]") && (el.type !== "radio" || el.checked)) this.put(this.keyOf(el), el.value);
    }

    put(k, value) {
      const rec = this.rec;
      if (rec.answers[k] === value) return;
      rec.answers[k] = value;
      rec.updated[k] = Date.now();
      rec.questions[k] = this.question(k) || rec.questions[k] || "";
      this.dirty.add(k);
      this.show(k);
      this.after(k);
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.save(), DELAY);
    }

    // Bring progress, answers to removed questions and the watchers up to date: after a
    // change of answer `k`, only its section's progress; after a redraw, everything.
    after(k) {
      const sections = k ? [this.controls[k]?.[0]?.closest("[data-sfg-section]")] : this.root.querySelectorAll("[data-sfg-section]");
      for (const section of sections) if (section) this.progress(section);
      if (!k) this.orphans();
      this.watchers.forEach((fn) => fn(k));
    }

    // "2 of 5 answered" in a section: a question counts when one of its controls
    // holds more than spaces.
    progress(section) {
      const out = section.querySelector("[data-sfg-progress]");
      if (!out) return;
      const questions = [...section.querySelectorAll("[data-sfg-question]")];
      const answered = questions.filter((q) => [...q.querySelectorAll("[data-sfg-field]")].some((el) => this.rec.answers[this.keyOf(el)]?.trim()));
      out.textContent = fill(this.text.progress, { answered: answered.length, total: questions.length });
    }

    orphans() {
      const { answers, questions } = this.rec;
      const box = this.root.querySelector("[data-sfg-orphans]");
      const keys = Object.keys(answers).filter((k) => answers[k].trim() && !this.known(k));
      const items = keys.map((k, i) => {
        const item = box.querySelector("template").content.firstElementChild.cloneNode(true);
        const question = questions[k] || this.text.orphan_question_unknown;
        const id = "sfg-orphan-" + i;
        item.dataset.sfgOrphan = k;
        Object.assign(item.querySelector("textarea"), { id, value: answers[k] });
        Object.assign(item.querySelector("label"), { htmlFor: id, textContent: question });
        for (const el of item.querySelectorAll("[data-sfg-orphan-name]")) el.textContent = question;
        return item;
      });
      box.querySelector("[data-sfg-orphan-list]").replaceChildren(...items);
      box.hidden = !items.length;
    }

    async onOrphan(event) {
      const button = event.target.closest("[data-sfg-orphan-action]");
      if (!button) return;
      const t = this.text;
      const item = button.closest("[data-sfg-orphan]");
      const answer = item.querySelector("textarea");
      if (button.dataset.sfgOrphanAction === "copy") {
        try {
          await navigator.clipboard.writeText(answer.value);
        } catch (e) {
          answer.select();
          document.execCommand("copy");
        }
        return this.announce(t.orphan_copied);
      }
      if (!(await this.confirm({ heading: t.orphan_delete_heading, text: t.orphan_delete_text, confirm: t.orphan_delete }))) return;
      // Then focus goes to the next answer's first button, or the page's heading.
      const next = (item.nextElementSibling || item.previousElementSibling)?.dataset.sfgOrphan;
      this.put(item.dataset.sfgOrphan, "");
      this.orphans();
      const heading = this.root.querySelector("h1");
      if (heading) heading.tabIndex = -1;
      ((next && this.root.querySelector(`[data-sfg-orphan="${next}"] button`)) || heading || document.body).focus();
      this.announce(t.orphan_deleted);
    }

    savedAt(iso) {
      const date = new Date(iso);
      if (isNaN(date)) return "";
      const lang = this.config.lang;
      const today = date.toDateString() === new Date().toDateString();
      return fill(this.text[today ? "status_saved" : "status_saved_earlier"], {
        time: date.toLocaleTimeString(lang, { hour: "2-digit", minute: "2-digit" }),
        date: date.toLocaleDateString(lang, { day: "numeric", month: "long" }),
      });
    }

    // The status region: what happened, or what went wrong and what to do.
    say(message, problem) {
      const text = [this.notice, message].filter(Boolean).join(" ");
      const shown = !!(problem || this.notice);
      if (this.status.textContent !== text) this.status.textContent = text;
      this.status.classList.toggle("sfg-status--problem", shown);
      for (const el of this.root.querySelectorAll("[data-sfg-problem-only]")) el.hidden = !shown;
    }

    fail(error) {
      if (!(error instanceof StorageProblem)) throw error;
      this.say(this.text[error.kind === "full" ? "status_full" : "status_unavailable"], true);
    }

    // Said once by screen readers, not shown: the outcome of moving rows and similar.
    announce(message) {
      this.root.querySelector("[data-sfg-announce]").textContent = message;
    }

    // Ask before something that cannot be undone. Resolves to true when the person agrees:
    // the dialog's buttons close it with their value ("yes" or ""), Escape with none.
    // (No <form method="dialog">: the PDF build wraps each page in a form of its own.)
    confirm({ heading, text, items = [], confirm }) {
      const dialog = this.root.querySelector("[data-sfg-dialog]");
      const part = (name) => dialog.querySelector(`[data-sfg-dialog-${name}]`);
      part("heading").textContent = heading;
      part("text").textContent = text;
      part("list").replaceChildren(...items.map((item) => Object.assign(document.createElement("li"), { textContent: item })));
      part("list").hidden = !items.length;
      part("confirm").textContent = confirm;
      dialog.returnValue = "";
      dialog.onclick = (event) => {
        const button = event.target.closest("button[value]");
        if (button) dialog.close(button.value);
      };
      dialog.showModal();
      part("cancel").focus();
      return new Promise((resolve) => dialog.addEventListener("close", () => resolve(dialog.returnValue === "yes"), { once: true }));
    }
  }

  sfg.Form = Form;
})();
