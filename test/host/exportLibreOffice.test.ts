/**
 * The exported comparison sheet's highlights as LibreOffice (a real third-party reader)
 * understands them: opened and saved again as .xlsx, each rule comes back on its range with
 * the same condition and the highlight's fill. (Rendered to PDF, the differing cells show the
 * light red fill; LibreOffice computes the add-in's booleans to #NAME?, see libreoffice.test.ts.)
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import JSZip from "jszip";
import { COMPARE_LABELS } from "../../src/taskpane/i18n/compareLabels";
import { compareSheet } from "../../src/taskpane/sheet/compareSheet";
import { memoryHost, twoScenarios } from "../taskpane/compare/support";

const dir = mkdtempSync(join(tmpdir(), "lo-compare-"));
const spec = compareSheet(twoScenarios(), COMPARE_LABELS.fi);
let sheet: string;
let styles: string;

beforeAll(async () => {
  const host = memoryHost();
  const { name } = await host.writeSheet(spec);
  writeFileSync(join(dir, "compare.xlsx"), await host.exportSheet(name));
  const out = join(dir, "out");
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=${pathToFileURL(join(dir, "profile")).href}`,
      "--headless",
      "--convert-to",
      "xlsx",
      "--outdir",
      out,
      join(dir, "compare.xlsx"),
    ],
    { stdio: "pipe", timeout: 180_000 }
  );
  const zip = await JSZip.loadAsync(readFileSync(join(out, "compare.xlsx")));
  sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  styles = await zip.file("xl/styles.xml")!.async("string");
}, 240_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the comparison sheet's highlights through LibreOffice", () => {
  it("every rule comes back on its range with its condition", () => {
    for (const cf of spec.conditionalFormats!) {
      const at = sheet.indexOf(`<conditionalFormatting sqref="${cf.range}">`);
      expect(at).toBeGreaterThan(0);
      const top = cf.range.split(":")[0];
      const rule = sheet.slice(at, sheet.indexOf("</conditionalFormatting>", at));
      // LibreOffice writes TRUE back as 1.
      expect(rule).toMatch(
        new RegExp(
          `IFERROR\\(${top}&lt;&gt;\\$${cf.differsFrom}${top.replace(/^[A-Z]+/, "")},(TRUE|1)\\)`
        )
      );
    }
  });

  it("the highlight's fill survives as a differential style", () => {
    expect(styles).toMatch(/<dxfs[^>]*>[\s\S]*FFC7CE/);
  });
});
