// The namespace and the development base URL are written once per language: in the core
// (TypeScript) and in scripts/addin-constants.js (the CommonJS build scripts). Both must
// agree with each other and with the committed manifest.xml.
import { readFileSync } from "fs";
import { join } from "path";
import { ADDIN_NAMESPACE } from "../../src/core";

const scripts = require("../../scripts/addin-constants.js");
const manifest = readFileSync(join(__dirname, "../../manifest.xml"), "utf8");

test("the build scripts use the core's namespace, the one manifest.xml declares", () => {
  expect(scripts.NAMESPACE).toBe(ADDIN_NAMESPACE);
  expect(manifest).toContain(
    `<bt:String id="Functions.Namespace" DefaultValue="${ADDIN_NAMESPACE}"/>`
  );
});

test("the development base URL is the one manifest.xml is written for", () => {
  expect(manifest).toContain(
    `<SourceLocation DefaultValue="${scripts.DEV_BASE_URL}/taskpane.html"/>`
  );
});
