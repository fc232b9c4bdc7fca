/** Unit, property and formula tests. Everything under test/ ending in .test.ts runs. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }] },
  setupFiles: ["<rootDir>/test/setup/customFunctionsGlobal.ts"],
  testTimeout: 120000,
  reporters: ["default", "<rootDir>/test/setup/summaryReporter.js"],
};
