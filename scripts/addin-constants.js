/* global module */
// The add-in's constants for the build scripts (CommonJS, no TypeScript): one home, pinned to
// the core's ADDIN_NAMESPACE and to manifest.xml by test/manifest/addinConstants.test.ts.

/** The base URL of development builds; deployment builds rewrite it to ADDIN_BASE_URL. */
const DEV_BASE_URL = "https://localhost:3000";

/** The namespace Excel shows the custom functions under (`TYOALUE.X`). */
const NAMESPACE = "TYOALUE";

module.exports = { DEV_BASE_URL, NAMESPACE };
