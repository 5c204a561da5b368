// @ts-check
/* Scope for Growth: the "Your answers" panel's reminder to download a copy (components/privacy):
   where the browser may delete the answers (they are not kept after it closes, or it has not
   promised to keep them: persistent storage is asked for when they are kept), once much has
   been typed since the last download, the status bar says so, and the browser asks before a
   tab whose answers are not kept is closed (but not when a link to another page of the site
   is followed). */
"use strict";
var sfg = sfg || {};
{
  const { fill } = sfg;

  /** When answers were last downloaded, and how much was typed since. */
  class Reminder {
    /** @param {InstanceType<sfg.Component>} panel */
    constructor(panel) {
      this.panel = panel;
      /** True when the browser promised to keep what it stores (persistent storage). */
      this.persisted = false;
      /** @type {AnswerRecord | null} This page's record as last shown. */
      this.record = null;
      /** The reminder said now ("" for none). */
      this.said = "";
      /** True for a moment after a link to another page of the site was followed. */
      this.leaving = false;
      panel.listen("sfg:change", ({ record }) => {
        this.record = record;
        this.remind();
      });
      panel.listen("sfg:downloaded", (downloaded) => this.downloaded(downloaded));
      panel.on(document, "click", (/** @type {MouseEvent} */ { target }) => this.followed(target));
      panel.on(window, "beforeunload", (/** @type {BeforeUnloadEvent} */ event) => {
        if (!this.leaving && !panel.place.keeps && this.undownloaded() > 0) event.preventDefault();
      });
    }

    /** Ask the browser not to delete the answers it keeps when it runs short of space. */
    persist() {
      navigator.storage?.persist?.().then(
        (granted) => {
          this.persisted = granted;
          this.remind();
        },
        () => {},
      );
    }

    /** @returns {Downloaded | null} When answers were last downloaded. */
    lastDownload() {
      try {
        const data = JSON.parse(this.panel.place.storage.get(this.panel.names.keys.downloaded) || "null");
        return data && typeof data.at === "string" && sfg.records.isObject(data.clocks) ? data : null;
      } catch {
        return null;
      }
    }

    /** @param {Downloaded} downloaded Answers were downloaded: when, and each form's edit count then. */
    downloaded(downloaded) {
      try {
        this.panel.place.storage.set(this.panel.names.keys.downloaded, JSON.stringify(downloaded));
      } catch {
        // not kept: the reminder comes back, which does no harm
      }
      this.remind();
    }

    /** How many edits of this page's answers were made since they were last downloaded. */
    undownloaded() {
      const record = this.record;
      if (!record || !Object.values(record.answers).some(Boolean)) return 0;
      return record.clock - Number(this.lastDownload()?.clocks[record.form] ?? 0);
    }

    /** Where the browser may delete the answers, and much was typed since the last download: say so. */
    remind() {
      const { panel } = this;
      const t = panel.text;
      const { lang, privacy } = panel.settings.config;
      let reminder = "";
      if ((!panel.place.keeps || !this.persisted) && this.undownloaded() >= privacy.reminderEdits) {
        const date = new Date(this.lastDownload()?.at || "");
        const when = {
          date: date.toLocaleDateString(lang, { day: "numeric", month: "long" }),
          time: date.toLocaleTimeString(lang, { hour: "2-digit", minute: "2-digit" }),
        };
        reminder = isNaN(date.getTime()) ? t.reminder_never : fill(t.reminder_last, when);
      }
      if (reminder === this.said) return;
      this.said = reminder;
      panel.emit("sfg:status", { reminder });
    }

    /** @param {EventTarget | null} target A click: a link to another page of the site is no closing. */
    followed(target) {
      const link = target instanceof Element ? target.closest("a[href]") : null;
      if (!(link instanceof HTMLAnchorElement) || link.target || link.protocol !== location.protocol || link.host !== location.host) return;
      this.leaving = true;
      setTimeout(() => (this.leaving = false), 2000);
    }
  }

  sfg.Reminder = Reminder;
}
