/** End-to-end tests: the built dist/ in a real Chromium. Run after `npm run build`. */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.test.ts"],
  testTimeout: 120000,
  maxWorkers: 1,
  transform: {
    "^.+\\.(t|j)sx?$": [
      "ts-jest",
      {
        tsconfig: { module: "commonjs", moduleResolution: "node", allowJs: true },
        isolatedModules: true,
      },
    ],
  },
};
