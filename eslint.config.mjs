// ESLint for the browser scripts (theme/assets/js): plain scripts that share one global,
// window.sfg, each declaring it (`var sfg = sfg || {}`). Run by `make lint`.
import js from "@eslint/js";
import globals from "globals";

export default [
  // Vendored files (Material's own scripts, moved out of inline tags, and the worker shim)
  // are checked where they come from.
  { ignores: [".venv/", "site/", "node_modules/", ".cache/", "build/", "theme/assets/vendor/", "theme/assets/material/"] },
  js.configs.recommended,
  {
    files: ["theme/assets/js/**/*.js", "theme/components/**/*.js"],
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: "script",
      globals: globals.browser,
    },
    linterOptions: { reportUnusedDisableDirectives: "error" },
  },
  {
    files: ["eslint.config.mjs"],
    languageOptions: { sourceType: "module" },
  },
];
