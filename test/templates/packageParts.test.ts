import { XMLParser } from "fast-xml-parser";
import { readFileSync } from "node:fs";
import { posix } from "node:path";
import { BUILT_INS } from "../../src/templates/formulaText";
import { TEMPLATE_FILES, openPackage } from "./support/templateFiles";

/** What a stored formula may start with: an add-in call, one of Excel's built-ins, or a reference. */
const FORMULA = new RegExp(
  `^(_xldudf_TYOALUE_[A-Z]+\\(|(${[...BUILT_INS].filter((b) => b !== "REF").join("|")})\\(|\\$[A-Z]+\\$\\d+$)`
);

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" });
const manifestId = /<Id>([^<]+)<\/Id>/.exec(readFileSync("manifest.xml", "utf8"))![1];
const asList = <T>(x: T | T[] | undefined): T[] =>
  x === undefined ? [] : Array.isArray(x) ? x : [x];

describe.each(TEMPLATE_FILES.map((t) => [t.file]))("package parts of %s", (file) => {
  it("declares a content type for every part and resolves every relationship", async () => {
    const zip = await openPackage(file);
    const types = parser.parse(await zip.file("[Content_Types].xml")!.async("string")).Types;
    const overrides = new Set(asList(types.Override).map((o: { PartName: string }) => o.PartName));
    const defaults = new Set(asList(types.Default).map((d: { Extension: string }) => d.Extension));
    const parts = Object.keys(zip.files).filter(
      (n) => !zip.files[n].dir && n !== "[Content_Types].xml"
    );
    for (const part of parts)
      expect([part, overrides.has(`/${part}`) || defaults.has(part.split(".").pop()!)]).toEqual([
        part,
        true,
      ]);
    for (const rels of parts.filter((p) => p.endsWith(".rels"))) {
      const base = posix.dirname(posix.dirname(rels));
      for (const r of asList(
        parser.parse(await zip.file(rels)!.async("string")).Relationships.Relationship
      )) {
        const rel = r as { Target: string; TargetMode?: string };
        if (rel.TargetMode === "External") continue;
        const target = rel.Target.startsWith("/")
          ? rel.Target.slice(1)
          : posix.normalize(posix.join(base === "." ? "" : base, rel.Target));
        expect([rels, target, zip.file(target) !== null]).toEqual([rels, target, true]);
      }
    }
  });

  it("carries the add-in named by manifest.xml and opens its task pane", async () => {
    const zip = await openPackage(file);
    const root = await zip.file("_rels/.rels")!.async("string");
    expect(root).toContain(
      'Type="http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes" Target="xl/webextensions/taskpanes.xml"'
    );
    const we = parser.parse(await zip.file("xl/webextensions/webextension1.xml")!.async("string"))[
      "we:webextension"
    ];
    expect(we["we:reference"]).toMatchObject({
      id: manifestId,
      storeType: "Registry",
      store: "developer",
    });
    const rels = await zip.file("xl/webextensions/_rels/taskpanes.xml.rels")!.async("string");
    expect(rels).toContain(
      'Id="rId1" Type="http://schemas.microsoft.com/office/2011/relationships/webextension" Target="webextension1.xml"'
    );
  });

  it("marks every spilling formula as a dynamic array (cm=1 + XLDAPR metadata) and stores add-in calls as _xldudf_", async () => {
    const zip = await openPackage(file);
    const sheets = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    let arrays = 0;
    for (const s of sheets) {
      const xml = await zip.file(s)!.async("string");
      const cells = [
        ...xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*)><f t="array" ref="([^"]+)">([^<]*)<\/f>/g),
      ];
      arrays += cells.length;
      for (const c of cells)
        expect([c[1], c[2]]).toEqual([c[1], expect.stringContaining('cm="1"')]);
      expect(xml).not.toMatch(/<f[^>]*>TYOALUE\./);
      for (const f of xml.matchAll(/<f[^>]*>([^<]*)<\/f>/g)) expect(f[1]).toMatch(FORMULA);
    }
    const metadata = zip.file("xl/metadata.xml");
    expect(metadata !== null).toBe(arrays > 0);
    if (metadata)
      expect(await metadata.async("string")).toContain(
        '<xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/>'
      );
  });

  it("has fixed document dates and a chart for each chart of its spec", async () => {
    const zip = await openPackage(file);
    const core = await zip.file("docProps/core.xml")!.async("string");
    expect(core).toContain("2025-01-01T00:00:00Z");
    const spec = TEMPLATE_FILES.find((t) => t.file === file)!.spec;
    const charts = spec.sheets.flatMap((s) => s.charts ?? []).length;
    expect(
      Object.keys(zip.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))
    ).toHaveLength(charts);
  });
});
