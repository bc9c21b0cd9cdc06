// ESLint (flat config): the recommended JavaScript and typescript-eslint rules over all code.
// Formatting is Prettier's job (npm run format), so no style rules here.
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["_site/", "node_modules/", "tests/.tmp/", "bench-results/", "coverage/"] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // A leading underscore marks a parameter that an interface requires but this code does not use.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Intentional: these modules strip control characters from untrusted input (links, pasted text,
    // files); the rule exists to catch control characters written by accident.
    files: [
      "src/funnel/url-state.ts",
      "src/funnel/period-model.ts",
      "src/compare/*.ts",
      "src/content/raw-html.ts",
      "src/map/map-model.ts",
      "tests/unit/url-state.test.ts",
      "tests/unit/comparison-link.test.ts",
    ],
    rules: { "no-control-regex": "off" },
  },
);
