// The Content-Security-Policy of the task pane (see README "Security").
// - No inline script and no eval anywhere: script-src is the add-in's own origin only;
//   office.js is served from that origin too and loads its host files from beside itself.
// - style-src needs 'unsafe-inline': Fluent UI v9 (Griffel) inserts <style> rules at run time.
// - connect-src 'self': the add-in talks to no server but its own (development adds the
//   webpack-dev-server websocket, which 'self' does not cover on every browser).
// - frame-ancestors cannot be set from a <meta> tag; set it as an HTTP header on the web
//   server (see devServerHeaders) so only Office on the web may frame the page.

const OFFICE_FRAME_ANCESTORS = [
  "'self'",
  "https://*.office.com",
  "https://*.officeapps.live.com",
  "https://*.sharepoint.com",
  "https://*.office365.com",
  "https://*.live.com",
  "https://*.microsoft365.com",
  "https://*.cloud.microsoft",
];

/** The policy for the <meta http-equiv> tag. */
function contentSecurityPolicy({ dev = false } = {}) {
  const connect = dev ? "'self' wss://localhost:* ws://localhost:*" : "'self'";
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src ${connect}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

/** HTTP headers for a server that hosts dist/ (webpack-dev-server uses the same). */
function serverHeaders({ dev = false } = {}) {
  return {
    "Content-Security-Policy": `${contentSecurityPolicy({ dev })}; frame-ancestors ${OFFICE_FRAME_ANCESTORS.join(" ")}`,
    "X-Content-Type-Options": "nosniff",
  };
}

module.exports = { contentSecurityPolicy, serverHeaders, OFFICE_FRAME_ANCESTORS };
