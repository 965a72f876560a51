// src/core ships to the browser and to Node alike: it may import only zod (zod/mini) and
// its own files — no React, Office, node built-ins (fs, path…) or other rooms.
import { readdirSync, readFileSync, statSync } from "fs";
import { dirname, join, relative, resolve } from "path";

const ROOT = join(__dirname, "../../src/core");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : name.endsWith(".ts") ? [path] : [];
  });
}

const IMPORT =
  /(?:import|export)\s[^;]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|require\(\s*["']([^"']+)["']\s*\)/g;

test.each(sources(ROOT).map((f) => [relative(ROOT, f), f]))(
  "%s imports only zod/mini and src/core",
  (_, file) => {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[1] ?? m[2] ?? m[3];
      if (spec.startsWith("."))
        expect(relative(ROOT, resolve(dirname(file), spec)).startsWith("..")).toBe(false);
      else expect(spec).toBe("zod/mini");
    }
  }
);
