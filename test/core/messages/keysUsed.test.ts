// Every message key the core emits (a `message: "…"` in an error or an `error: "…"` in a
// zod check) must exist in the catalog, so no user ever sees a raw key or the fallback.
import { readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";
import { isMessageKey } from "../../../src/core";

const ROOT = join(__dirname, "../../../src/core");
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) =>
    statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]
  );

const used = new Set(
  files(ROOT)
    .filter((f) => f.endsWith(".ts") && !f.includes("/messages/"))
    .flatMap((f) =>
      [...readFileSync(f, "utf8").matchAll(/\b(?:message|error): "([a-zA-Z]+\.[a-zA-Z]+)"/g)].map(
        (m) => m[1]
      )
    )
);

test("the core emits at least the main fault kinds", () => {
  expect(used.size).toBeGreaterThan(25);
});

test.each([...used])("%s is in the catalog", (key) => {
  expect(isMessageKey(key)).toBe(true);
});
