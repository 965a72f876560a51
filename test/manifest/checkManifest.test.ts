import { readFileSync } from "fs";
import path from "path";
import { checkManifest, checkManifestFile } from "../../scripts/check-manifest.js";
import { rewriteManifest } from "../../scripts/manifest/rewrite.js";

const REPO = path.resolve(__dirname, "../..");
const FIXTURES = path.join(REPO, "test/fixtures/manifest");
const check = (fixture: string, options = {}) =>
  checkManifestFile(path.join(FIXTURES, `${fixture}.xml`), { assetsRoot: REPO, ...options });

describe("the real manifest", () => {
  const xml = readFileSync(path.join(REPO, "manifest.xml"), "utf8");

  it("passes every rule", () => {
    expect(checkManifest(xml, { assetsRoot: REPO })).toEqual([]);
  });

  it("still passes after the build rewrites it to a deployment base URL", () => {
    const rewritten = rewriteManifest(xml, "https://addins.kunta.example/tyoalue/");
    expect(rewritten).not.toContain("localhost");
    expect(checkManifest(rewritten, { assetsRoot: REPO })).toEqual([]);
  });

  it("refuses a base URL that is not https", () => {
    expect(() => rewriteManifest(xml, "http://addins.kunta.example")).toThrow(
      /must be an https URL/
    );
  });
});

// Each fixture is the real manifest with exactly one rule broken (see its first comment).
describe.each([
  ["not-well-formed", "well-formed", /Expected closing tag 'Permissions'/],
  ["wrong-order", "order", /^<DefaultSettings> must come before <Permissions> in <OfficeApp>$/],
  [
    "unresolved-resid",
    "resid",
    /^<FunctionFile resid="Commands.Url"> does not resolve to any resource$/,
  ],
  [
    "wrong-resid-kind",
    "resid",
    /^<Label resid="Taskpane.Url"> points to bt:Urls, expected bt:ShortStrings$/,
  ],
  [
    "http-url",
    "https",
    /^URL "http:\/\/localhost:3000\/taskpane.html" in <SupportUrl> is not https$/,
  ],
  [
    "missing-sv-se-functions",
    "locale",
    /^functions metadata URL "Functions.Metadata.Url" has no Override for sv-SE$/,
  ],
  ["missing-fi-displayname", "locale", /^<DisplayName> has no Override for fi-FI$/],
  ["icon-wrong-size", "icon", /^bt:Image "Icon.80x80": icon-64.png is 64×64 px, declared 80×80$/],
  ["icon-missing", "icon", /^<IconUrl>: icon file for ".*icon-48.png" not found$/],
  [
    "foreign-appdomain",
    "appdomain",
    /^AppDomain "https:\/\/tracker.example.com" is a foreign host/,
  ],
  [
    "wrong-permission",
    "permissions",
    /^<Permissions> is "ReadDocument", expected "ReadWriteDocument"$/,
  ],
])("fixture %s", (fixture, rule, message) => {
  it(`fails with exactly one ${rule} error`, () => {
    const problems = check(fixture);
    expect(problems).toHaveLength(1);
    expect(problems[0].rule).toBe(rule);
    expect(problems[0].message).toMatch(message);
  });
});

describe("options", () => {
  it("allows http only on localhost, and only when asked", () => {
    expect(check("http-url", { allowHttpLocalhost: true })).toEqual([]);
    const foreignHttp = readFileSync(path.join(FIXTURES, "http-url.xml"), "utf8").replace(
      "http://localhost:3000/taskpane.html",
      "http://example.com/help.html"
    );
    expect(checkManifest(foreignHttp, { assetsRoot: REPO, allowHttpLocalhost: true })).toEqual([
      { rule: "https", message: 'URL "http://example.com/help.html" in <SupportUrl> is not https' },
    ]);
  });

  it("reports a root element that is not OfficeApp", () => {
    expect(checkManifest("<Manifest/>", { assetsRoot: REPO })[0]).toEqual({
      rule: "order",
      message: "root element is <Manifest>, expected <OfficeApp>",
    });
  });
});
