/** One jest run for every workspace: tests sit beside the code (*.test.ts) and in tests/. */
const workspaces = {
  "@prisme/common": "packages/common/src",
  "@prisme/embedded-db": "packages/embedded-db/src",
  "@prisme/testing": "packages/testing/src",
  "@prisme/onisep": "services/onisep/src",
  "@prisme/carif-oref": "services/carif-oref/src",
  "@prisme/rectorat": "services/rectorat/src",
  "@prisme/region": "services/region/src",
  "@prisme/gateway": "gateway/src",
  "@prisme/schema": "schema/src",
};

module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/packages", "<rootDir>/services", "<rootDir>/gateway", "<rootDir>/schema", "<rootDir>/web", "<rootDir>/tests"],
  testMatch: ["**/*.test.ts"],
  testPathIgnorePatterns: ["/node_modules/", "/dist/", "/.next/"],
  // The web build copies package.json files into web/.next: keep jest's module map out of it.
  modulePathIgnorePatterns: ["<rootDir>/web/.next/"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.test.json" }] },
  // Workspaces are imported from their sources, so tests need no build and load one copy of each class.
  moduleNameMapper: {
    ...Object.fromEntries(Object.entries(workspaces).map(([name, dir]) => [`^${name}$`, `<rootDir>/${dir}/index.ts`])),
    // The web workspace's own alias (web/tsconfig.json).
    "^@/(.*)$": "<rootDir>/web/src/$1",
  },
  globalSetup: "<rootDir>/packages/testing/src/jest-global-setup.ts",
  globalTeardown: "<rootDir>/packages/testing/src/jest-global-teardown.ts",
  testTimeout: 60000,
  maxWorkers: 2,
};
