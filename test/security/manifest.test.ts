/**
 * Least privilege in the manifest (manifest.xml, and as the build rewrites it for a
 * deployment URL): the document permission is ReadWriteDocument — the add-in writes sheets
 * and saves its settings with the workbook, nothing less suffices and nothing more is asked;
 * no AppDomain beyond the add-in's own origin (listing its own origin grants nothing extra);
 * every URL is https on that one origin.
 */
import { XMLParser } from "fast-xml-parser";
import { readFileSync } from "fs";
import path from "path";
import { rewriteManifest } from "../../scripts/manifest/rewrite.js";

const SOURCE = readFileSync(path.resolve(__dirname, "../../manifest.xml"), "utf8");
const DEPLOYED = rewriteManifest(SOURCE, "https://addins.kunta.example/tyoalue/");
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" });

/** Every URL the manifest points Office at (DefaultValue attributes and <bt:Url>s, AppDomains). */
function urls(xml: string): string[] {
  const noComments = xml.replace(/<!--[\s\S]*?-->/g, "");
  const fromAttrs = [...noComments.matchAll(/\s(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map(
    (m) => m[1]
  );
  const domains = [...noComments.matchAll(/<AppDomain>([^<]+)<\/AppDomain>/g)].map((m) => m[1]);
  return [...fromAttrs, ...domains];
}

describe.each([
  ["manifest.xml (development)", SOURCE, "https://localhost:3000"],
  [
    "manifest rewritten for https://addins.kunta.example/tyoalue/",
    DEPLOYED,
    "https://addins.kunta.example",
  ],
])("%s", (_, xml, origin) => {
  const app = parser.parse(xml).OfficeApp;

  it("asks for ReadWriteDocument, exactly once", () => {
    expect(app.Permissions).toBe("ReadWriteDocument");
    expect(xml.match(/<Permissions>/g)).toHaveLength(1);
  });

  it("lists no AppDomain other than its own origin", () => {
    const listed = [app.AppDomains?.AppDomain ?? []].flat();
    for (const d of listed) expect(new URL(d).origin).toBe(origin);
  });

  it("points only at https URLs on its own origin", () => {
    const all = urls(xml);
    expect(all.length).toBeGreaterThan(10);
    expect(all.filter((u) => new URL(u).origin !== origin)).toEqual([]);
  });

  it("is a task pane add-in for Excel only, needing only the shared runtime", () => {
    expect(app["@xsi:type"]).toBe("TaskPaneApp");
    expect([app.Hosts.Host].flat().map((h: { "@Name": string }) => h["@Name"])).toEqual([
      "Workbook",
    ]);
    expect([app.Requirements.Sets.Set].flat().map((s: { "@Name": string }) => s["@Name"])).toEqual([
      "SharedRuntime",
    ]);
  });
});
