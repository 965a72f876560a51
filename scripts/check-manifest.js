#!/usr/bin/env node
// Offline manifest check (the official validator needs a network; see README "Manifest").
// Usage: node scripts/check-manifest.js [manifest.xml ...]   (default: manifest.xml and dist/manifest.xml)
const fs = require("fs");
const path = require("path");
const { parseXml } = require("./manifest/xml-tree");
const { checkOrder } = require("./manifest/order");
const { checkResids, checkLocales } = require("./manifest/resources");
const { checkHttps, checkAppDomains, checkIcons, checkPermissions } = require("./manifest/urls");

/**
 * Checks an add-in manifest's text. `assetsRoot` is the folder that URL paths map to
 * (the repo for manifest.xml, dist/ for the built one).
 * @param {string} xml
 * @param {{ assetsRoot: string, allowHttpLocalhost?: boolean }} options
 * @returns {{ rule: string, message: string }[]} the problems found; empty when the manifest passes
 */
function checkManifest(xml, options) {
  const parsed = parseXml(xml);
  if ("error" in parsed) return [{ rule: "well-formed", message: parsed.error }];
  const root = parsed.root;
  return [
    ...checkOrder(root),
    ...checkResids(root),
    ...checkLocales(root),
    ...checkHttps(root, options),
    ...checkAppDomains(root),
    ...checkIcons(root, options),
    ...checkPermissions(root),
  ];
}

/** Checks a manifest file; icons are looked up beside it. */
function checkManifestFile(file, options = {}) {
  return checkManifest(fs.readFileSync(file, "utf8"), {
    assetsRoot: path.dirname(path.resolve(file)),
    ...options,
  });
}

module.exports = { checkManifest, checkManifestFile };

if (require.main === module) {
  const args = process.argv.slice(2);
  const files = args.length
    ? args
    : ["manifest.xml", "dist/manifest.xml"].filter((f) => fs.existsSync(f));
  let failed = false;
  for (const file of files) {
    const problems = checkManifestFile(file);
    failed ||= problems.length > 0;
    console.log(problems.length ? `✗ ${file}` : `✓ ${file}`);
    for (const p of problems) console.log(`  [${p.rule}] ${p.message}`);
  }
  process.exit(failed || files.length === 0 ? 1 : 0);
}
