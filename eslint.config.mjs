// ESLint for the browser scripts (theme/assets/js): plain scripts that share one global,
// window.sfg, each declaring it (`var sfg = sfg || {}`). Run by `make lint`.
import js from "@eslint/js";
import globals from "globals";

export default [
  // Vendored files are checked where they come from.
  { ignores: [".venv/", "site/", "node_modules/", ".cache/", "build/", "theme/assets/vendor/"] },
  js.configs.recommended,
  {
    files: ["theme/assets/js/**/*.js"],
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
