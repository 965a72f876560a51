/**
 * Integration tests: those that start LibreOffice or ask the npm registry. They are slow and
 * depend on tools outside Node, so `npm run test:unit` leaves them out (jest.config.js reads
 * this list) and `npm run test:integration` runs them; `npm test` runs both.
 */
const INTEGRATION_TESTS = ["test/templates/libreoffice.test.ts", "test/security/audit.test.ts"];

/** @returns {import('jest').Config} */
module.exports = () => ({
  ...require("./jest.config.js"),
  testPathIgnorePatterns: ["/node_modules/"],
  testMatch: INTEGRATION_TESTS.map((file) => `<rootDir>/${file}`),
  maxWorkers: 1,
});
module.exports.INTEGRATION_TESTS = INTEGRATION_TESTS;
