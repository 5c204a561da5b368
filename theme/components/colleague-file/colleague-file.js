// @ts-check
/* Scope for Growth: keeping a colleague's file (colleague-book.js keeps them), wherever it was
   opened: "Open a colleague's answers" on the guide (components/colleagues), or "Load
   answers from a file" on a form page when the file is someone else's (transfer.js). It
   answers the request sfg:colleague-file, the file read and checked whole (files.js), with what happened.
   A file is taken for a colleague already kept only when both name and role are the same.
   Where the name is the same and a role is missing from either, a name alone is not enough:
   its dialog asks, showing for each colleague of that name how many of their answers
   updating would change; keeping them as a new colleague is chosen until the person says
   otherwise. Two people of one name and different roles are two colleagues. A file older
   than the one kept never replaces it (a file dated in the future is refused by files.js); updating a colleague keeps the forms the file does not
   hold, and never touches the plan filled in for them. */
"use strict";
var sfg = sfg || {};
{
  const { fill, files } = sfg;
  const { find } = sfg.parts;
  const { plain } = files;

  /** @param {Date} date As the colleague's book keeps it (ISO 8601), or "" when it is no date. */
  const isoDate = (date) => (isNaN(date.getTime()) ? "" : date.toISOString());

  /**
   * True when a file downloaded at `exported` is older than the one `kept` came from: it never
   * replaces it (a date kept from the future, from before such files were refused, proves
   * nothing).
   * @param {string} exported
   * @param {Colleague} kept
   */
  const isOlder = (exported, kept) => {
    const future = Date.parse(kept.exported || "") > Date.now() + files.DAY;
    return !!kept.exported && !!exported && exported < kept.exported && !future;
  };

  /**
   * The colleague to keep from a file: its person and its answers, over those of `same` (the
   * colleague it updates, if any): the forms the file does not hold stay, and a role the file
   * does not give.
   * @param {ReadFile} read
   * @param {{id: string, file: string, exported: string}} about
   * @param {Colleague | undefined} same
   * @returns {Colleague}
   */
  const colleagueFrom = (read, { id, file, exported }, same) => ({
    id,
    name: read.person.name,
    role: read.person.role || same?.role || "",
    file,
    opened: new Date().toISOString(),
    exported,
    forms: { ...same?.forms, ...read.forms },
    clocks: { ...same?.clocks, ...read.clocks },
  });

  class ColleagueFile extends sfg.Component {
    static moduleName = "sfg-colleague-file";
    static inForm = false;

    /** @param {HTMLElement} element */
    constructor(element) {
      super(element);
      if (!(element instanceof HTMLDialogElement)) throw new Error("Scope for Growth: sfg-colleague-file needs a <dialog>");
      this.dialog = element;
      this.book = new sfg.ColleagueBook(this.names, this.place, this.settings.config.forms);
      this.onClick("button[value]", (button) => element.close(/** @type {HTMLButtonElement} */ (button).value));
      this.answer("sfg:colleague-file", ({ read, file }) =>
        this.keep(read, file).catch((error) => ({ message: fill(this.text.load_failed, { file }) + " " + files.reason(error, this.text), problem: true })),
      );
    }

    /**
     * Keep the colleague whose file `file` is (read whole as `read`): a new one, or one kept
     * already, updated. Resolves with what to say, or null when the person cancelled.
     * @param {ReadFile} read
     * @param {string} file
     * @returns {Promise<KeptColleague | null>}
     */
    async keep(read, file) {
      const t = this.text;
      const { person } = read;
      if (!person.name) throw new files.ImportProblem("colleague_error_name");
      if (this.place.state() === "locked") throw new files.ImportProblem("colleague_error_locked");
      const same = await this.match(read, file);
      if (same === null) return null;
      const exported = isoDate(read.exported);
      if (same && isOlder(exported, same)) {
        return { message: fill(t.colleague_older, { name: same.name, date: files.day(new Date(same.exported || ""), this.settings.config.lang) }) };
      }
      const id = same?.id || this.book.newId();
      await this.book.put(colleagueFrom(read, { id, file, exported }, same));
      return { message: fill(same ? t.colleague_updated : t.colleague_opened, { name: person.name, file }), id };
    }

    /**
     * The colleague kept whom the file is from: the one of its name whose role is the same;
     * where a role is missing on one side, the one the person chooses (which()). Undefined for
     * a new colleague, null when the person cancelled.
     * @param {ReadFile} read
     * @param {string} file
     * @returns {Promise<Colleague | undefined | null>}
     */
    async match(read, file) {
      const { person } = read;
      const named = (await this.book.list()).filter((kept) => files.sameName(kept, person));
      // Two people of one name and different roles are two colleagues.
      const candidates = named.filter((kept) => !(kept.role.trim() && person.role.trim() && plain(kept.role) !== plain(person.role)));
      const [only] = candidates;
      if (candidates.length === 1 && only?.role.trim() && person.role.trim()) return only;
      if (!candidates.length) return undefined;
      const chosen = await this.which(read, file, candidates);
      return chosen === null ? null : candidates.find(({ id }) => id === chosen);
    }

    /**
     * Ask whether the file is one of `candidates` (kept colleagues of its name, a role missing
     * from one side), showing what updating each would change, or a new colleague. Resolves
     * with the id of the one to update, "" for a new colleague, or null when cancelled.
     * @param {ReadFile} read
     * @param {string} file
     * @param {Colleague[]} candidates
     * @returns {Promise<string | null>}
     */
    which(read, file, candidates) {
      const t = this.text;
      const dialog = this.dialog;
      const lang = this.settings.config.lang;
      const { name } = read.person;
      find(dialog, "[data-sfg-match-heading]", HTMLElement).textContent = fill(t.colleague_match_heading, { name });
      find(dialog, "[data-sfg-match-text]", HTMLElement).textContent = fill(t.colleague_match_text, { file, person: name });
      const template = find(dialog, "template[data-sfg-match-template]", HTMLTemplateElement);
      const choices = candidates.map((kept, i) => {
        const choice = this.names.fromTemplate(template, String(i + 1));
        const when = new Date(kept.exported || kept.opened);
        find(choice, "input", HTMLInputElement).value = kept.id;
        find(choice, "label", HTMLElement).textContent = fill(t.colleague_match_update, {
          who: kept.role ? `${kept.name}, ${kept.role}` : kept.name,
          date: isNaN(when.getTime()) ? "" : files.day(when, lang),
          changes: this.changes(kept, read),
        });
        return choice;
      });
      find(dialog, "[data-sfg-match-choices]", HTMLElement).replaceChildren(...choices);
      find(dialog, "input[data-sfg-match-new]", HTMLInputElement).checked = true;
      return new Promise((answer) => {
        dialog.returnValue = "";
        dialog.addEventListener(
          "close",
          () =>
            answer(
              dialog.returnValue === "yes" ? /** @type {HTMLInputElement | null} */ (dialog.querySelector("input[type='radio']:checked"))?.value || "" : null,
            ),
          { once: true },
        );
        dialog.showModal();
        find(dialog, "[data-sfg-dialog-cancel]", HTMLElement).focus();
      });
    }

    /**
     * How many of `kept`'s answers updating them from `read` would add, change or remove (in
     * the forms the file holds: the others stay as they are).
     * @param {Colleague} kept
     * @param {ReadFile} read
     */
    changes(kept, read) {
      let count = 0;
      for (const [form, after] of Object.entries(read.forms)) {
        const before = kept.forms[form] || {};
        for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) if ((before[key]?.answer ?? "") !== (after[key]?.answer ?? "")) count += 1;
      }
      return count;
    }
  }

  sfg.components.register(ColleagueFile);
}
