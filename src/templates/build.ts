/**
 * `npm run build:templates [outDir]`: writes assets/templates/<name>.<lang>.xlsx for every
 * template spec, embedding the add-in named by manifest.xml (store from TEMPLATE_STORE).
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { buildTemplate } from "./buildTemplate";
import { manifestReference, storeFromEnv } from "./manifestReference";
import type { Lang } from "./spec";
import { TEMPLATES } from "./specs";

const LANGS: readonly Lang[] = ["fi", "sv"];

/** Builds every template into `outDir`; returns the files written. */
export async function buildAll(outDir: string, root = process.cwd()): Promise<string[]> {
  const addin = manifestReference(
    readFileSync(join(root, "manifest.xml"), "utf8"),
    storeFromEnv(process.env)
  );
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  for (const spec of TEMPLATES) {
    for (const lang of LANGS) {
      const file = join(outDir, `${spec.name}.${lang}.xlsx`);
      const bytes = await buildTemplate(spec, lang, { addin });
      writeFileSync(`${file}.tmp`, bytes);
      renameSync(`${file}.tmp`, file);
      written.push(file);
    }
  }
  return written;
}

if (require.main === module) {
  const out = resolve(process.argv[2] ?? "assets/templates");
  buildAll(out).then(
    (files) => console.log(`wrote ${files.length} templates to ${out}`),
    (e: unknown) => {
      console.error(`build:templates: ${e instanceof Error ? e.message : String(e)}`);
      process.exit(1);
    }
  );
}
