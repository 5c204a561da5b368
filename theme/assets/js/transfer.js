/* Scope for Growth: download the answers as a file, load them from one, clear them all.
   The file holds every form's answers by id ("journal/energy"), with the question of each:
   {format, version, namespace, site, exported, answers: {id: {question, answer}}}.
   A file is checked completely before anything is replaced, and replacing asks first. */
(() => {
  "use strict";
  const sfg = window.sfg;
  const { storage, record, parse, dict, get, fill, isObject, KEY } = sfg.store;
  const FORMAT = "scope-for-growth-answers";
  const VERSION = 1;
  const LIMITS = { bytes: 5e6, size: "5 MB", answers: 5000, length: 100000 };

  class ImportProblem extends Error {
    constructor(message, vars) {
      super(message);
      this.name = "ImportProblem";
      this.vars = vars;
    }
  }

  // Every form's record: this page's from memory (the newest), the others' from storage.
  const records = (form) =>
    form.config.forms.map((name) => {
      if (name === form.name) return form.rec;
      try {
        return parse(storage.get(form.ns + "/" + name), name) || record(name);
      } catch (e) {
        return record(name);
      }
    });

  const download = (form) => {
    form.save();
    const answers = {};
    for (const rec of records(form)) {
      for (const [k, answer] of Object.entries(rec.answers)) {
        if (answer) answers[rec.form + "/" + k] = { question: form.question(k, rec.form) || rec.questions[k] || "", answer };
      }
    }
    const exported = new Date().toISOString();
    const data = { format: FORMAT, version: VERSION, namespace: form.ns, site: form.config.site, exported, answers };
    try {
      // Records that could not be read were set aside: they go with the answers, as they are.
      const unreadable = storage.keys(form.ns + "/").filter((k) => k.includes("/unreadable/"));
      if (unreadable.length) data.unreadable = unreadable.map(storage.get);
    } catch (e) {
      // Storage is out of reach: the answers on this page are all there is.
    }
    const name = form.text.download_file_name + "-" + exported.slice(0, 10) + ".json";
    const link = Object.assign(document.createElement("a"), {
      href: URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: "application/json" })),
      download: name,
      hidden: true,
      onclick: (e) => e.stopPropagation(), // not for instant navigation
    });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
    form.say(fill(form.text.download_done, { file: name }));
  };

  const problem = (message, vars) => {
    throw new ImportProblem(message, vars);
  };

  // The file's answers as one record a form, or an ImportProblem naming what is wrong.
  const check = (form, text) => {
    if (!text.trim()) problem("load_error_empty");
    let data;
    try {
      data = JSON.parse(text);
    } catch (e) {
      problem("load_error_format");
    }
    if (!isObject(data) || data.format !== FORMAT || !isObject(data.answers) || !Number.isInteger(data.version) || data.version < 1) problem("load_error_format");
    if (data.version > VERSION) problem("load_error_version");
    if (data.namespace !== form.ns) problem("load_error_namespace");
    const ids = Object.keys(data.answers);
    if (ids.length > LIMITS.answers) problem("load_error_count", { limit: LIMITS.answers.toLocaleString(form.config.lang) });
    const now = Date.now();
    const result = dict();
    for (const name of form.config.forms) result[name] = record(name);
    for (const id of ids) {
      const item = data.answers[id];
      const [, name, k] = /^([a-z]+)\/(.+)$/.exec(id) || [];
      const answer = get(item, "answer");
      if (!(name in result) || !KEY.test(k) || typeof answer !== "string" || answer.length > LIMITS.length) {
        problem("load_error_answer", { limit: LIMITS.length.toLocaleString(form.config.lang) });
      }
      const question = get(item, "question");
      const rec = result[name];
      rec.answers[k] = answer;
      rec.updated[k] = now;
      rec.questions[k] = form.question(k, name) || (typeof question === "string" ? question.slice(0, 2000) : "");
    }
    return { records: result, exported: new Date(data.exported) };
  };

  const load = async (form, file) => {
    const t = form.text;
    let loaded;
    try {
      if (file.size > LIMITS.bytes) problem("load_error_size", { limit: LIMITS.size });
      loaded = check(form, await file.text());
    } catch (e) {
      const reason = e instanceof ImportProblem ? fill(t[e.message], e.vars) : t.load_error_read;
      return form.say(fill(t.load_failed, { file: file.name }) + " " + reason, true);
    }
    // What the file replaces: every answer kept now whose text it changes or removes.
    let current = 0;
    let count = 0;
    const changes = [];
    for (const rec of records(form)) {
      const incoming = loaded.records[rec.form].answers;
      count += Object.values(incoming).filter(Boolean).length;
      for (const k of Object.keys(rec.answers)) {
        if (!rec.answers[k]) continue;
        current++;
        if (incoming[k] !== rec.answers[k]) changes.push(form.question(k, rec.form) || rec.questions[k] || k);
      }
    }
    const date = isNaN(loaded.exported) ? "" : loaded.exported.toLocaleDateString(form.config.lang, { day: "numeric", month: "long", year: "numeric" });
    const items = changes.slice(0, 10);
    if (changes.length > 10) items.push(fill(t.load_more, { count: changes.length - 10 }));
    const summary = fill(t.load_summary, { file: file.name, count, date, current });
    const text = changes.length ? summary + " " + t.load_changes : summary;
    if (!(await form.confirm({ heading: t.load_heading, text, items, confirm: t.load_confirm }))) return;
    let failure = null;
    const saved = new Date().toISOString();
    for (const name of form.config.forms) {
      try {
        storage.set(form.ns + "/" + name, JSON.stringify({ ...loaded.records[name], saved }));
      } catch (e) {
        failure = e;
      }
    }
    form.reset(loaded.records[form.name], failure);
    if (failure) form.fail(failure);
    else form.say(fill(t.load_done, { file: file.name }));
  };

  const clear = async (form) => {
    const t = form.text;
    if (!(await form.confirm({ heading: t.clear_heading, text: t.clear_text, confirm: t.clear_confirm }))) return;
    let failure = null;
    try {
      storage.keys(form.ns + "/").forEach(storage.remove);
    } catch (e) {
      failure = e;
    }
    form.reset(record(form.name));
    if (failure) form.fail(failure);
    else form.say(t.clear_done);
  };

  sfg.setups.push((form) => {
    const input = form.root.querySelector("[data-sfg-load-file]");
    const actions = { download, clear, load: () => input.click() };
    form.root.addEventListener("click", (event) => {
      const button = event.target.closest("[data-sfg-action]");
      const action = button && get(actions, button.dataset.sfgAction);
      if (action) action(form);
    });
    input.addEventListener("change", () => {
      const file = input.files[0];
      input.value = "";
      if (file) load(form, file);
    });
  });
})();
