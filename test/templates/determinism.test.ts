import JSZip from "jszip";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { buildAll } from "../../src/templates/build";
import { TEMPLATE_FILES } from "./support/templateFiles";

/** Rebuilding from the specs must reproduce the committed files part by part and byte by byte. */
describe("deterministic build", () => {
  const dir = mkdtempSync(join(tmpdir(), "templates-"));
  let written: string[] = [];
  beforeAll(async () => {
    const saved = process.env.TEMPLATE_STORE;
    delete process.env.TEMPLATE_STORE; // the committed files use the default (developer) store
    written = await buildAll(dir);
    if (saved !== undefined) process.env.TEMPLATE_STORE = saved;
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes every committed template and nothing else", () => {
    expect(written.map((f) => basename(f)).sort()).toEqual(
      TEMPLATE_FILES.map((t) => basename(t.file)).sort()
    );
  });

  it.each(TEMPLATE_FILES.map((t) => [basename(t.file), t.file]))(
    "%s: same parts, same contents, same bytes",
    async (name, file) => {
      const committed = readFileSync(file);
      const rebuilt = readFileSync(join(dir, name));
      const [a, b] = await Promise.all([JSZip.loadAsync(committed), JSZip.loadAsync(rebuilt)]);
      const names = Object.keys(a.files);
      expect(Object.keys(b.files)).toEqual(names);
      for (const part of names) {
        expect([part, await b.files[part].async("string")]).toEqual([
          part,
          await a.files[part].async("string"),
        ]);
      }
      expect(rebuilt.equals(committed)).toBe(true);
    }
  );
});
