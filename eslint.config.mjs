// ESLint flat config in office-addin-lint's convention (eslint-plugin-office-addins'
// recommended/react sets: @eslint/js, typescript-eslint, prettier) plus the dependency rules of
// docs/architecture: each room may import only what lies below it.
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import tsParser from "@typescript-eslint/parser";

// The same plugin instances as the office-addins preset (ESLint refuses two copies).
const preset = officeAddins.configs.recommended.find((c) => c.plugins?.["@typescript-eslint"]);
const tsPlugin = preset.plugins["@typescript-eslint"];

const FUNCTIONS_ENTRY = {
  regex: "(^|/)functions/functions(\\.ts)?$|^\\./functions$",
  message:
    "Only the webpack entry may import src/functions/functions.ts (it calls CustomFunctions.associate).",
};

// The dependency graph of README.md ("Rooms and their dependencies"), the one place it is
// enforced: each room of src/ lists the rooms and the packages it may import. Node's built-ins
// count as packages ("node:" also covers "fs", "path"…). test/e2e/smokeLint.test.ts checks
// that ESLint refuses exactly the edges the README leaves out.
const NODE = "Node built-ins";
const NODE_REGEX = "node:|fs$|path$|os$|zlib$|crypto$|child_process$";
export const ROOMS = {
  core: { rooms: [], packages: ["zod/mini"] },
  functions: { rooms: ["core"], packages: [] },
  engine: { rooms: ["core", "functions"], packages: ["hyperformula"] },
  host: { rooms: ["core", "engine"], packages: ["jszip"] },
  templates: { rooms: ["core", "engine"], packages: ["exceljs", "jszip", NODE] },
  taskpane: {
    rooms: ["core", "host", "templates"],
    packages: ["react", "react-dom", "@fluentui/react-components", "d3-geo", "jszip", "zod/mini"],
  },
  cli: {
    rooms: ["core", "engine", "templates"],
    packages: ["commander", "fast-xml-parser", "jszip", NODE],
  },
};

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const anyOf = (list) => list.map((p) => (p === NODE ? NODE_REGEX : `${escape(p)}(/|$)`)).join("|");

/** The patterns for a file `depth` folders below src/ in `room` (src/core/a.ts: depth 1). */
function roomPatterns(room, depth) {
  const { rooms, packages } = ROOMS[room];
  const up = escape("../".repeat(depth));
  const refused = Object.keys(ROOMS).filter((r) => r !== room && !rooms.includes(r));
  const patterns = [
    {
      regex: `^(?!\\.|${anyOf(packages) || "$^"})`,
      message: `src/${room} may import only these packages: ${packages.join(", ") || "none"} (README, rooms).`,
    },
    {
      regex: `^${up}\\.\\./`,
      message:
        "Code in src/ imports nothing from outside src/ (assets come through webpack or a build step).",
    },
  ];
  if (refused.length)
    patterns.push({
      regex: `^${up}(${refused.join("|")})(/|$)`,
      message: `Dependencies point one way (README, rooms): src/${room} may import only ${rooms.join(", ") || "its own files"}.`,
    });
  if (room === "taskpane")
    patterns.push(
      {
        regex: `^${up}host/excel[^/]*$`,
        message: "The task pane reaches Excel only through the WorkbookHost port (src/host/index).",
      },
      {
        regex: `^${up}templates(/(?!catalog$|spec$)|$)`,
        message:
          "The task pane takes the templates' catalog and types only (the builder runs in Node).",
      }
    );
  return patterns;
}

/** One config block per room and folder depth, so "../" counts are exact. */
const roomBlocks = Object.keys(ROOMS).flatMap((room) =>
  [1, 2, 3, 4].map((depth) => ({
    files: [`src/${room}/${"*/".repeat(depth - 1)}*.{ts,tsx,js}`],
    // index.tsx is the composition root: the one place that picks the Excel host.
    ...(room === "taskpane" && depth === 1 ? { ignores: ["src/taskpane/index.tsx"] } : {}),
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [FUNCTIONS_ENTRY, ...roomPatterns(room, depth)] },
      ],
    },
  }))
);

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
  // ---- dependency rules per room (README.md, "Rooms and their dependencies") ----
  {
    files: ["src/**", "test/**", "bench/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [FUNCTIONS_ENTRY] }] },
  },
  ...roomBlocks,
  {
    // The composition root may also pick the Excel host.
    files: ["src/taskpane/index.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [FUNCTIONS_ENTRY, ...roomPatterns("taskpane", 1).slice(0, 3)] },
      ],
    },
  },
  {
    // The core also loads nothing at run time: no require() and no import().
    files: ["src/core/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "ImportExpression", message: "src/core loads no modules at run time." },
        {
          selector: "CallExpression[callee.name='require']",
          message: "src/core loads no modules at run time.",
        },
      ],
    },
  },
  {
    // Build scripts run in Node before any of src/ exists as a bundle: they read files and,
    // to generate Excel's metadata and the help pages, the catalogue entries; nothing else of
    // the product (bench/ and test/ may import everything but the functions entry).
    files: ["scripts/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(\\.\\./)+(test|bench)(/|$)",
              message: "Scripts do not import test/ or bench/.",
            },
            {
              regex: "^(\\.\\./)+src/(?!core(/|$)|functions/(catalogue|parseArg)(/|$))",
              message:
                "Scripts import from src/ only the catalogue (and the core it names) to generate Excel's metadata and help.",
            },
          ],
        },
      ],
    },
  },
];
