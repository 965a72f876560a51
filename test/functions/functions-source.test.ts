import { readFileSync } from "fs";
import { join } from "path";
import { adapters } from "../../src/functions/adapters";

// The architecture rule for src/functions/functions.ts: every custom function is its JSDoc
// plus ONE line that hands Excel's arguments to the adapter of the same catalogue id.
const source = readFileSync(join(__dirname, "../../src/functions/functions.ts"), "utf8");
const blocks = source.split("/**").slice(1);

describe("functions.ts", () => {
  it("has one JSDoc block per adapter", () => {
    expect(blocks).toHaveLength(Object.keys(adapters).length);
  });

  it.each(blocks.map((b) => [/@customfunction (\w+)/.exec(b)?.[1] ?? "?", b]))(
    "%s: the body is one line calling its own adapter with the parameters in order",
    (id, block) => {
      const fn = /export function (\w+)\(([^)]*)\): [^{]+\{\n(.*)\n\}/s.exec(block);
      expect(fn).not.toBeNull();
      const params = fn![2].split(",").map((p) => p.trim().split(/\??:/)[0]);
      const body = fn![3].split("\n");
      expect(body).toHaveLength(1);
      expect(body[0].trim()).toBe(`return x(a.${id}(${params.join(", ")}));`);
      expect(block).toContain(`@helpurl https://localhost:3000/help/en/${id}.html`);
    }
  );
});
