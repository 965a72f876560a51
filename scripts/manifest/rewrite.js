// The development manifest uses https://localhost:3000; a build for deployment rewrites every
// URL to ADDIN_BASE_URL (e.g. https://addins.kunta.fi/tyoalue).

const { DEV_BASE_URL } = require("../addin-constants.js");

/**
 * Replaces the development base URL in manifest text with `baseUrl` (trailing slashes dropped).
 * @param {string | Buffer} content
 * @param {string} baseUrl
 * @returns {string}
 */
function rewriteManifest(content, baseUrl) {
  const base = String(baseUrl).replace(/\/+$/, "");
  if (!/^https:\/\/[^/]+/.test(base))
    throw new Error(`ADDIN_BASE_URL must be an https URL, got "${baseUrl}"`);
  return content.toString().split(DEV_BASE_URL).join(base);
}

module.exports = { rewriteManifest, DEV_BASE_URL };
