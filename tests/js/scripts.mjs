// Loads the toolkit's browser scripts (theme/) into Node for their unit tests (npm test): plain
// scripts that share one global, sfg, run here in order in one vm context, as a page runs them
// one after another. Only their pure parts are tested this way: nothing here has a page.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

const HERE = dirname(fileURLToPath(import.meta.url));
const THEME = join(HERE, "..", "..", "theme");

/** The naming rules generator/naming.py hands the scripts (tests/test_js_fixtures.py keeps them so). */
export const RULES = JSON.parse(readFileSync(join(HERE, "names.json"), "utf8"));

/** What the content says of a few answers, as a form's configuration carries it (config.answers). */
export const ANSWERS = {
  journal: {
    "person-name": { question: "Your name" },
    "person-role": { question: "Your role" },
    energy: { question: "What gives you energy?" },
  },
  plan: {
    "person-name": { question: "Your name" },
    "person-role": { question: "Your role" },
    "conversation-date": { question: "Date of the conversation" },
    "direction-now": { question: "Where are you now?", choices: { lateral: "Lateral", upward: "Upward" } },
    objectives: { question: "Objectives", table: true },
    "objectives/{row}/objective": { question: "Objective" },
  },
};

/**
 * The global `sfg` once each script of `paths` (from theme/, in the order given) has run.
 * @param {...string} paths
 * @returns {any}
 */
export const load = (...paths) => {
  const context = vm.createContext({ TextEncoder, TextDecoder, URL, URLSearchParams, DOMException, crypto, console });
  for (const path of paths) {
    const file = join(THEME, path);
    vm.runInContext(readFileSync(file, "utf8"), context, { filename: file });
  }
  return context.sfg;
};

/** The scripts a file of answers needs, in the order mkdocs.yml lists them. */
export const FILES = [
  "assets/js/names.js",
  "assets/js/vault.js",
  "assets/js/records.js",
  "assets/js/past.js",
  "assets/js/storage.js",
  "assets/js/files.js",
  "assets/js/reading.js",
  "assets/js/taking.js",
];

/**
 * The names of the journal and the plan (names.js), with ANSWERS as the content.
 * @param {any} sfg
 */
export const names = (sfg) => new sfg.Names({ names: RULES, forms: ["journal", "plan"], answers: ANSWERS });

/**
 * `value` made again in this realm: objects the scripts make have the vm context's
 * prototypes, which assert.deepStrictEqual tells apart from this realm's.
 * @param {unknown} value
 */
export const plain = (value) => JSON.parse(JSON.stringify(value));
