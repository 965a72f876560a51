const { INTEGRATION_TESTS } = require("./jest.integration.config.js");

/** The unit suite: everything under test/ except the browser (e2e) and integration tests. */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: [
    "/node_modules/",
    "<rootDir>/test/e2e/",
    ...INTEGRATION_TESTS.map((file) => `<rootDir>/${file}`),
  ],
  setupFiles: ["<rootDir>/test/setup/customFunctionsStub.ts"],
  transform: {
    "^.+\\.(t|j)sx?$": [
      "ts-jest",
      {
        tsconfig: { module: "commonjs", moduleResolution: "node", jsx: "react-jsx", allowJs: true },
        isolatedModules: true,
      },
    ],
  },
  // office-addin-mock pulls ESM-only strip-bom and uuid; let ts-jest transform them.
  transformIgnorePatterns: ["^(?!.*/node_modules/(strip-bom|uuid)/).*/node_modules/"],
};
