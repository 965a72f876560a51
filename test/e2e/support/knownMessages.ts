/**
 * Console messages the browser suite knows and accepts, each by its exact text: anything
 * else is an error. Only add a message here with the reason it is harmless.
 */
export const KNOWN_HARMLESS_CONSOLE: readonly string[] = [
  // office.js, loaded outside Office, frames its telemetry page; the add-in's CSP blocks
  // the frame (the intended CSP decision), and Chromium reports the block as a console
  // error. Whether it arrives during a test depends on timing, so it is accepted by text.
  "Framing 'https://telemetryservice.firstpartyapps.oaspapps.com/' violates the following Content Security Policy directive: \"default-src 'self'\". The request has been blocked. Note that 'frame-src' was not explicitly set, so 'default-src' is used as a fallback.\n", // Chromium ends it with a newline
];
