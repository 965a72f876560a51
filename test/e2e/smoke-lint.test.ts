import { execFileSync } from "child_process";
import path from "path";

const REPO = path.resolve(__dirname, "../..");

// [file the import is written in, import statement, must it be refused?] — the dependency
// rules of architecture.md as enforced by eslint.config.mjs.
const CASES: [string, string, boolean][] = [
  ["src/core/zz.ts", 'import React from "react";', true],
  ["src/core/area/zz.ts", 'import { x } from "../../host/index";', true],
  ["src/core/zz.ts", 'import { x } from "../engine/plugin";', true],
  ["src/core/zz.ts", 'import { z } from "zod/mini";', false],
  ["src/core/area/zz.ts", 'import { x } from "../apportion/largest";', false],
  ["src/functions/zz.ts", 'import { x } from "../taskpane/App";', true],
  ["src/functions/zz.ts", 'import { x } from "../core";', false],
  ["src/templates/zz.ts", 'import { x } from "hyperformula";', true],
  ["src/templates/zz.ts", 'import ExcelJS from "exceljs";', false],
  ["src/taskpane/wizard/zz.ts", 'import { x } from "../../host/excelHost";', true],
  ["src/taskpane/wizard/zz.ts", 'import { x } from "../../host/memoryHost";', false],
  ["src/engine/zz.ts", 'import { x } from "../functions/functions";', true],
];

// ESLint's flat config is ESM; run it in a child Node process rather than inside jest's VM.
const LINT = `
import { ESLint } from "eslint";
const cases = JSON.parse(process.argv[1]);
const eslint = new ESLint({ cwd: process.cwd() });
const out = [];
for (const [file, code] of cases) {
  const [result] = await eslint.lintText(code + " export const a = x;", { filePath: file });
  out.push(result.messages.some((m) => m.ruleId === "no-restricted-imports"));
}
console.log(JSON.stringify(out));
`;

describe("dependency rules (eslint.config.mjs)", () => {
  it("refuse imports against the direction of the architecture and allow the rest", () => {
    const stdout = execFileSync(
      process.execPath,
      ["--input-type=module", "-e", LINT, JSON.stringify(CASES)],
      {
        cwd: REPO,
        encoding: "utf8",
      }
    );
    const refused: boolean[] = JSON.parse(stdout.trim().split("\n").pop() ?? "[]");
    expect(CASES.map(([file, code], i) => ({ file, code, refused: refused[i] }))).toEqual(
      CASES.map(([file, code, expected]) => ({ file, code, refused: expected }))
    );
  });
});
