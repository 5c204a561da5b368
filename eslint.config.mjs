// ESLint for the browser scripts (theme/assets/js and theme/components): plain scripts that
// share one global, window.sfg, each declaring it (`var sfg = sfg || {}`), and their unit tests
// (*.test.mjs, run by Node: npm test). Run by `make lint`; Prettier formats them (`make lint`
// checks that too), so nothing here is about layout.
import js from "@eslint/js";
import jsdoc from "eslint-plugin-jsdoc";
import globals from "globals";

/** The sizes each part is kept within: one job a function, a module readable whole. */
const SIZES = {
  complexity: ["error", { max: 10 }],
  "max-lines": ["error", { max: 300, skipBlankLines: false, skipComments: false }],
  "max-params": ["error", { max: 5 }],
};

/** JSDoc comments that say what is true of the code they document: TypeScript reads their types (tsconfig.json). */
const JSDOC = {
  ...jsdoc.configs["flat/recommended-typescript-flavor-error"].rules,
  // Many functions are small enough that their name and types say it all.
  "jsdoc/require-jsdoc": "off",
  "jsdoc/require-param-description": "off",
  "jsdoc/require-returns-description": "off",
  "jsdoc/require-returns": "off",
  "jsdoc/require-param": "off",
  "jsdoc/tag-lines": "off",
  // TypeScript (strict) is the judge of types; `any` is where a value parsed from storage or a file is cast.
  "jsdoc/reject-any-type": "off",
};

export default [
  // Vendored files (Material's own scripts, moved out of inline tags, and the worker shim)
  // are checked where they come from.
  { ignores: [".venv/", "site/", "node_modules/", ".cache/", "build/", "theme/assets/vendor/", "theme/assets/material/"] },
  js.configs.recommended,
  {
    files: ["theme/assets/js/**/*.js", "theme/components/**/*.js"],
    plugins: { jsdoc },
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: "script",
      globals: globals.browser,
    },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: { ...SIZES, ...JSDOC },
  },
  {
    files: ["**/*.test.mjs", "tests/js/**/*.mjs"],
    languageOptions: { ecmaVersion: 2023, sourceType: "module", globals: globals.node },
    rules: { "max-lines": SIZES["max-lines"] },
  },
  {
    files: ["eslint.config.mjs"],
    languageOptions: { sourceType: "module" },
  },
];
