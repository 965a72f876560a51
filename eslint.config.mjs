// ESLint flat config in office-addin-lint's convention (eslint-plugin-office-addins'
// recommended/react sets: @eslint/js, typescript-eslint, prettier) plus the dependency rules of
// docs/architecture: each room may import only what lies below it.
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import tsParser from "@typescript-eslint/parser";

// The same plugin instances as the office-addins preset (ESLint refuses two copies).
const preset = officeAddins.configs.recommended.find((c) => c.plugins?.["@typescript-eslint"]);
const tsPlugin = preset.plugins["@typescript-eslint"];

const otherRooms = (...rooms) => ({
  regex: `^(\\.\\./)+(${rooms.join("|")})(/|$)`,
  message: "Dependencies point one way (architecture.md): this room may not import that one.",
});
const FUNCTIONS_ENTRY = {
  regex: "(^|/)functions/functions(\\.ts)?$|^\\./functions$",
  message:
    "Only the webpack entry may import src/functions/functions.ts (it calls CustomFunctions.associate).",
};
const restrict = (...patterns) => ["error", { patterns: [FUNCTIONS_ENTRY, ...patterns] }];
const NODE_GLOBALS = Object.fromEntries(
  [
    "require",
    "module",
    "exports",
    "process",
    "console",
    "__dirname",
    "__filename",
    "Buffer",
    "URL",
    "setTimeout",
    "clearTimeout",
    "setImmediate",
  ].map((g) => [g, "readonly"])
);

export default [
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-output/**", "**/*.d.ts"] },
  ...officeAddins.configs.react,
  {
    files: ["**/*.{ts,tsx,mts,cts}"],
    plugins: { "@typescript-eslint": tsPlugin, "office-addins": officeAddins },
    languageOptions: {
      parser: tsParser,
      ecmaVersion: 2022,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    rules: {
      // TypeScript checks names itself; no-undef cannot see ambient types (Office, Excel, JSX).
      "no-undef": "off",
      // Overloads are legal TypeScript; the base rules misread types as values.
      "no-redeclare": "off",
      "no-unused-vars": "off",
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
    },
  },
  {
    // The rules of hooks (state in hooks, markup in components: architecture.md, style 10).
    files: ["src/taskpane/**/*.{ts,tsx}", "test/taskpane/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "warn" },
  },
  {
    files: ["**/*.{js,cjs,mjs}"],
    languageOptions: { ecmaVersion: 2022, globals: NODE_GLOBALS },
    // `/* global require */` comments restate Node's globals; that is not a redeclaration.
    rules: { "no-redeclare": ["error", { builtinGlobals: false }] },
  },
  {
    // Formatting: checked by `npm run format:check` (prettier) rather than failing lint on
    // code written before the formatter ran.
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      "prettier/prettier": "off",
      // These three recognise a request context only when it is named `context`; with `ctx`
      // (src/host) and on exceljs/HyperFormula objects (cli, engine, templates) they report
      // false positives. The host's Excel code is covered by its office-addin-mock tests.
      "office-addins/call-sync-before-read": "off",
      "office-addins/call-sync-after-load": "off",
      "office-addins/load-object-before-read": "off",
    },
  },
  {
    // In Office.js, `range.values = range.values` queues a write (proxies), it is not a no-op.
    files: ["src/host/excel*.ts"],
    rules: { "no-self-assign": ["error", { props: false }] },
  },
  // ---- dependency rules per room ----
  { files: ["src/**", "test/**"], rules: { "no-restricted-imports": restrict() } },
  {
    files: ["src/core/**"],
    rules: {
      "no-restricted-imports": restrict(
        otherRooms("host", "functions", "taskpane", "engine", "templates", "cli"),
        {
          regex: "^(?!\\.|zod(/mini)?$)",
          message: "src/core imports nothing but zod (or zod/mini) and its own files.",
        }
      ),
    },
  },
  {
    files: ["src/functions/**"],
    rules: {
      "no-restricted-imports": restrict(
        otherRooms("host", "taskpane", "engine", "templates", "cli"),
        {
          regex: "^(react|react-dom|@fluentui/.*|hyperformula|exceljs)$",
          message:
            "Custom functions are one-line adapters to the core: no UI, host or engine here.",
        }
      ),
    },
  },
  {
    files: ["src/templates/**"],
    rules: {
      "no-restricted-imports": restrict(otherRooms("host", "functions", "taskpane", "cli"), {
        regex: "^(?!\\.|zod(/mini)?$|exceljs$|jszip$|node:)",
        message:
          "Templates depend on the core, and their builder on the engine (plus exceljs/jszip and Node built-ins).",
      }),
    },
  },
  {
    files: ["src/taskpane/**"],
    // index.tsx is the composition root: the one place that picks the Excel host.
    ignores: ["src/taskpane/index.tsx"],
    rules: {
      "no-restricted-imports": restrict(otherRooms("functions", "cli"), {
        regex: "(^|/)host/excel[^/]*$",
        message: "The task pane reaches Excel only through the WorkbookHost port (src/host/index).",
      }),
    },
  },
];
