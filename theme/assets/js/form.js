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
  const forms = new Set(); // forms started on this page; instant navigation replaces them

  const flush = () => forms.forEach((form) => form.save());
  window.addEventListener("pagehide", flush);
  document.addEventListener("visibilitychange", () => document.visibilityState === "hidden" && flush());
  window.addEventListener("storage", (event) => forms.forEach((form) => form.onStorage(event)));

  class Form {
    constructor(root) {
      performance.mark("sfg-start");
      this.root = root;
      this.config = JSON.parse(root.querySelector("[data-sfg-config]").dataset.sfgConfig);
      this.text = this.config.text;
      this.name = this.config.form;
      this.ns = root.dataset.sfgNamespace;
      this.key = this.ns + "/" + this.name;
      this.status = root.querySelector("[data-sfg-status]");
      this.rec = record(this.name); // this page's answers: what it shows, and saves
      this.dirty = new Set(); // ids changed here and not yet saved
      this.watchers = []; // called with an id after it changes, or with nothing after a redraw
      this.others = []; // called with storage events about other keys
      this.notice = "";
      this.blocked = false; // an unreadable record could not be set aside: never overwrite it
      this.controls = dict();
    }

    start() {
      for (const form of forms) {
        if (!form.root.isConnected) {
          form.save();
          forms.delete(form);
        }
      }
      this.tables = [...this.root.querySelectorAll("[data-sfg-table]")].map((el) => new sfg.Table(el, this));
      try {
        this.rec = this.read() || this.rec;
      } catch (e) {
        this.fail(e);
      }
      this.render();
      for (const type of ["input", "change"]) this.root.addEventListener(type, (e) => this.onInput(e));
      this.root.addEventListener("click", (e) => this.onOrphan(e));
      for (const setup of sfg.setups) {
        try {
          setup(this);
        } catch (e) {
          console.error("Scope for Growth:", e);
        }
      }
      for (const el of this.root.querySelectorAll("[data-sfg-js]")) el.hidden = false;
      for (const el of this.root.querySelectorAll("[data-sfg-no-js]")) el.hidden = true;
      forms.add(this);
      if (!this.status.textContent && this.rec.saved) this.say(this.savedAt(this.rec.saved));
      performance.measure("sfg-restore", "sfg-start");
    }

    // The stored record, or null when it could not be read: then it is set aside under
    // another key first, or if that fails, left alone and never overwritten (blocked).
    read() {
      const raw = storage.get(this.key);
      const rec = raw === null ? record(this.name) : parse(raw, this.name);
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
        const stored = this.blocked ? null : this.read();
        if (this.blocked) return this.say(this.text.status_unreadable_blocked, true);
        if (stored) this.adopt(stored);
        this.rec.saved = new Date().toISOString();
        for (const k of Object.keys(this.rec.answers)) if (!this.rec.answers[k] && !this.known(k)) this.drop(k);
        storage.set(this.key, JSON.stringify(this.rec));
        this.dirty.clear();
        this.say(this.savedAt(this.rec.saved));
      } catch (e) {
        this.fail(e);
      }
    }

    // Take in a record saved by another tab: the newer text of each answer wins.
    adopt(rec) {
      const mine = this.rec;
      for (const k of this.dirty) {
        if ((get(rec.updated, k) || 0) > (mine.updated[k] || 0)) this.dirty.delete(k);
        else for (const part of ["answers", "updated", "questions"]) rec[part][k] = mine[part][k];
      }
      const changed = new Set();
      for (const k of [...Object.keys(mine.answers), ...Object.keys(rec.answers)]) if (mine.answers[k] !== rec.answers[k]) changed.add(k);
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
      if (event.key === this.key || event.key === null) {
        const rec = event.newValue === null ? record(this.name) : parse(event.newValue, this.name);
        if (rec) this.adopt(rec);
      } else {
        this.others.forEach((fn) => fn(event));
      }
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
      const questions = get(this.config.questions, form);
      const [field, , column] = k.split("/");
      return get(questions, column ? field + "/" + column : k) || "";
    }

    show(k) {
      const value = this.rec.answers[k] || "";
      for (const el of this.controls[k] || []) {
        if (el.type === "radio") el.checked = el.value === value;
        else if (el.value !== value) el.value = value;
        const mirror = el.nextElementSibling;
        if (mirror && mirror.hasAttribute("data-sfg-print-mirror")) mirror.textContent = value;
      }
    }

    onInput(event) {
      const el = event.target;
      if (el.matches("[data-sfg-field]") && (el.type !== "radio" || el.checked)) this.put(this.keyOf(el), el.value);
    }

    put(k, value) {
      if (this.rec.answers[k] === value) return;
      this.rec.answers[k] = value;
      this.rec.updated[k] = Date.now();
      this.rec.questions[k] = this.question(k) || this.rec.questions[k] || "";
      this.dirty.add(k);
      this.show(k);
      this.after(k);
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.save(), DELAY);
    }

    drop(k) {
      for (const part of ["answers", "updated", "questions"]) delete this.rec[part][k];
    }

    // Bring progress, answers to removed questions and the watchers up to date.
    after(k) {
      const sections = k ? (this.controls[k] || []).slice(0, 1).map((el) => el.closest("[data-sfg-section]")) : this.root.querySelectorAll("[data-sfg-section]");
      for (const section of sections) if (section) this.progress(section);
      if (!k) this.orphans();
      this.watchers.forEach((fn) => fn(k));
    }

    progress(section) {
      const out = section.querySelector("[data-sfg-progress]");
      if (!out) return;
      const questions = section.querySelectorAll("[data-sfg-question]");
      let answered = 0;
      for (const q of questions) {
        for (const el of q.querySelectorAll("[data-sfg-field]")) {
          if ((this.rec.answers[this.keyOf(el)] || "").trim()) {
            answered++;
            break;
          }
        }
      }
      out.textContent = fill(this.text.progress, { answered, total: questions.length });
    }

    orphans() {
      const box = this.root.querySelector("[data-sfg-orphans]");
      const keys = Object.keys(this.rec.answers).filter((k) => this.rec.answers[k].trim() && !this.known(k));
      const items = keys.map((k, i) => {
        const item = box.querySelector("template").content.firstElementChild.cloneNode(true);
        const question = this.rec.questions[k] || this.text.orphan_question_unknown;
        const answer = item.querySelector("textarea");
        item.dataset.sfgOrphan = k;
        answer.id = "sfg-orphan-" + i;
        answer.value = this.rec.answers[k];
        item.querySelector("label").htmlFor = answer.id;
        item.querySelector("label").textContent = question;
        item.querySelectorAll("[data-sfg-orphan-name]").forEach((el) => (el.textContent = question));
        return item;
      });
      box.querySelector("[data-sfg-orphan-list]").replaceChildren(...items);
      box.hidden = !items.length;
    }

    async onOrphan(event) {
      const button = event.target.closest("[data-sfg-orphan-action]");
      if (!button) return;
      const item = button.closest("[data-sfg-orphan]");
      const answer = item.querySelector("textarea");
      if (button.dataset.sfgOrphanAction === "copy") {
        try {
          await navigator.clipboard.writeText(answer.value);
        } catch (e) {
          answer.select();
          document.execCommand("copy");
        }
        return this.announce(this.text.orphan_copied);
      }
      const t = this.text;
      if (!(await this.confirm({ heading: t.orphan_delete_heading, text: t.orphan_delete_text, confirm: t.orphan_delete }))) return;
      const next = item.nextElementSibling || item.previousElementSibling;
      const nextKey = next && next.dataset.sfgOrphan;
      this.put(item.dataset.sfgOrphan, "");
      this.orphans();
      const again = nextKey && this.root.querySelector(`[data-sfg-orphan="${nextKey}"] button`);
      const heading = this.root.querySelector("h1");
      if (heading) heading.tabIndex = -1;
      (again || heading || document.body).focus();
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
      if (this.status.textContent !== text) this.status.textContent = text;
      const showProblem = Boolean(problem || this.notice);
      this.status.classList.toggle("sfg-status--problem", showProblem);
      this.root.querySelectorAll("[data-sfg-problem-only]").forEach((el) => (el.hidden = !showProblem));
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
