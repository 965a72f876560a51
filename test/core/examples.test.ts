// Docs that run: every `@example <expression> // <expected>` line in the TSDoc of src/core is
// evaluated here with the exports of its own module and of the core barrel in scope, and
// must equal the expected value. The example in the doc is exactly what is tested.
import { readdirSync, readFileSync, statSync } from "fs";
import { join, relative } from "path";
import * as core from "../../src/core";

const ROOT = join(__dirname, "../../src/core");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith(".ts") ? [path] : [];
  });
}

const EXAMPLE = /^\s*\*\s*@example\s+(.+?)\s+\/\/\s+(.+)$/;

const cases = sources(ROOT).flatMap((file) =>
  readFileSync(file, "utf8")
    .split("\n")
    .map((line) => EXAMPLE.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ file, expression: m[1], expected: m[2] }))
);

function evaluate(file: string, source: string): unknown {
  const own = require(file) as Record<string, unknown>;
  const scope = { ...core, ...own };
  const names = Object.keys(scope).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n));
  return new Function(...names, `return (${source});`)(
    ...names.map((n) => scope[n as keyof typeof scope])
  );
}

test("src/core has TSDoc examples", () => {
  expect(cases.length).toBeGreaterThan(20);
});

test.each(cases.map((c) => [`${relative(ROOT, c.file)}: ${c.expression}`, c] as const))(
  "%s",
  (_, c) => {
    expect(evaluate(c.file, c.expression)).toEqual(evaluate(c.file, c.expected));
  }
);
