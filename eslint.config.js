// Lint for defects, not for looks: formatting is Prettier's (npm run format), kept out of the lint.
// Type-aware rules (promises, unsafe casts that hide bugs) use the TypeScript project service.
//   npm run lint        (cached in node_modules/.cache/eslint; CI runs it before the tests)
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import { GENERATED, PRODUCT } from "./folders.mjs";

export default tseslint.config(
  { ignores: [...GENERATED.map((f) => `${f}/`), "**/*.d.mts"] },
  {
    files: ["**/*.ts"],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      // Promises: a forgotten await loses errors and ordering.
      "@typescript-eslint/no-floating-promises": "error",
      // Async event handlers (addEventListener, Office.actions.associate) are the DOM's way: allowed.
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: false }],
      "@typescript-eslint/await-thenable": "error",
      "@typescript-eslint/return-await": ["error", "in-try-catch"],
      // Dead code and mistakes the compiler lets through.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      "@typescript-eslint/restrict-plus-operands": "error",
      "@typescript-eslint/switch-exhaustiveness-check": ["error", { considerDefaultExhaustiveForUnions: true }],
      "@typescript-eslint/only-throw-error": "error",
      eqeqeq: ["error", "always", { null: "ignore" }],
      // The XML writer strips control characters on purpose; escapes in character classes are harmless.
      "no-control-regex": "off",
      "no-useless-escape": "off",
    },
  },
  {
    // Small functions in the product (docs/architecture.md): none over 80 lines.
    files: PRODUCT.map((f) => `${f}/**/*.ts`),
    rules: { "max-lines-per-function": ["error", { max: 80, skipBlankLines: false, skipComments: false, IIFEs: true }] },
  },
  {
    // Tests may use `any` on parsed JSON and alias `this` in the fake Excel's proxies.
    files: ["test/**/*.ts", "bench/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off", "@typescript-eslint/no-this-alias": "off" },
  },
  {
    files: ["**/*.js", "**/*.mjs"],
    extends: [js.configs.recommended],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly", performance: "readonly" } },
  },
);
