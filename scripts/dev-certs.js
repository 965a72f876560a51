// Development certificates for https://localhost, generated WITHOUT installing a CA
// (installing needs sudo and silently fails as root). Reuses office-addin-dev-certs' folder
// (~/.office-addin-dev-certs), so `npx office-addin-dev-certs install` can trust them later.
const fs = require("fs");
const { X509Certificate } = require("crypto");
const { generateCertificates } = require("office-addin-dev-certs/lib/generate");
const defaults = require("office-addin-dev-certs/lib/defaults");

const DAY_MS = 24 * 60 * 60 * 1000;

/** True when the localhost certificate exists and stays valid for at least another day. */
function stillValid() {
  try {
    const cert = new X509Certificate(fs.readFileSync(defaults.localhostCertificatePath));
    return (
      fs.existsSync(defaults.localhostKeyPath) &&
      new Date(cert.validTo).getTime() - Date.now() > DAY_MS
    );
  } catch {
    return false;
  }
}

/**
 * Returns `{ key, cert, ca }` for an https server on localhost, generating certificates when
 * missing or about to expire. Throws when they cannot be generated.
 */
async function devCertificates() {
  if (!stillValid()) {
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error("generating certificates took over 30 s")), 30000);
    });
    const generate = generateCertificates(
      defaults.caCertificatePath,
      defaults.localhostCertificatePath,
      defaults.localhostKeyPath,
      defaults.daysUntilCertificateExpires,
      defaults.domain
    );
    await Promise.race([generate, timeout]).finally(() => clearTimeout(timer));
  }
  return {
    key: fs.readFileSync(defaults.localhostKeyPath),
    cert: fs.readFileSync(defaults.localhostCertificatePath),
    ca: fs.readFileSync(defaults.caCertificatePath),
    caPath: defaults.caCertificatePath,
  };
}

module.exports = { devCertificates };
