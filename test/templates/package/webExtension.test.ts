import { XMLParser } from "fast-xml-parser";
import { readFileSync } from "node:fs";
import { manifestReference, storeFromEnv } from "../../../src/templates/manifestReference";
import { TASKPANES_XML, webExtensionXml } from "../../../src/templates/package/webExtension";

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" });
const manifest = readFileSync("manifest.xml", "utf8");
const manifestId = /<Id>([^<]+)<\/Id>/.exec(manifest)![1];

describe("webextension parts", () => {
  it("reads the add-in id and version from manifest.xml", () => {
    const ref = manifestReference(manifest, { kind: "developer" });
    expect(ref.id).toBe(manifestId);
    expect(ref.version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });
  it.each([
    [{ kind: "developer" } as const, "Registry", "developer"],
    [{ kind: "fileShare", path: "\\\\srv\\addins" } as const, "FileSystem", "\\\\srv\\addins"],
    [{ kind: "organisation" } as const, "EXCatalog", "EXCatalog"],
    [
      { kind: "sharePoint", url: "https://x.sharepoint.com/sites/apps" } as const,
      "SPCatalog",
      "https://x.sharepoint.com/sites/apps",
    ],
  ])(
    "writes the store reference for %j (Microsoft's storeType table)",
    (store, storeType, storeValue) => {
      const xml = parser.parse(webExtensionXml({ id: manifestId, version: "0.1.0.0", store }));
      const ref = xml["we:webextension"]["we:reference"];
      expect(ref).toMatchObject({
        id: manifestId,
        version: "0.1.0.0",
        storeType,
        store: storeValue,
      });
      expect(xml["we:webextension"]["we:properties"]["we:property"]).toMatchObject({
        name: "Office.AutoShowTaskpaneWithDocument",
        value: "true",
      });
    }
  );
  it("pairs with a manifest whose task pane can open with the document", () => {
    // Microsoft's "Automatically open a task pane with a document": the workbook's
    // Office.AutoShowTaskpaneWithDocument property only works when the manifest's
    // ShowTaskpane action uses that TaskpaneId.
    const ids = [...manifest.matchAll(/<TaskpaneId>([^<]+)<\/TaskpaneId>/g)].map((m) => m[1]);
    expect(ids).toEqual(["Office.AutoShowTaskpaneWithDocument"]);
  });
  it("opens the task pane on first open (visibility 1) through relationship rId1", () => {
    const pane = parser.parse(TASKPANES_XML)["wetp:taskpanes"]["wetp:taskpane"];
    expect(pane).toMatchObject({ visibility: "1", dockstate: "right" });
    expect(pane["wetp:webextensionref"]["r:id"]).toBe("rId1");
  });
  it("takes the store from the environment and refuses an incomplete one", () => {
    expect(storeFromEnv({})).toEqual({ kind: "developer" });
    expect(storeFromEnv({ TEMPLATE_STORE: "organisation" })).toEqual({ kind: "organisation" });
    expect(() => storeFromEnv({ TEMPLATE_STORE: "fileShare" })).toThrow("TEMPLATE_STORE_PATH");
    expect(() => storeFromEnv({ TEMPLATE_STORE: "appsource" })).toThrow("must be developer");
  });
  it("refuses a manifest without a GUID id", () => {
    expect(() =>
      manifestReference("<OfficeApp><Id>x</Id><Version>1.0.0.0</Version></OfficeApp>", {
        kind: "developer",
      })
    ).toThrow("<Id>");
  });
});
