// The project's top-level folders, once. eslint.config.js, the boundaries and text tests and the
// system tests' build check read this list; tsconfig.json type-checks every folder but the
// generated ones, and test/boundaries.test.ts fails when a folder with code is in neither list.

/** What ships: the core, the package layer, the hosts and the input template. */
export const PRODUCT = ["core", "ooxml", "cli", "addin", "templates"];

/** What builds, measures and checks the product. */
export const TOOLING = ["scripts", "bench", "test"];

/** Generated or installed: never sources. */
export const GENERATED = ["node_modules", "dist", "build", "out", "test-artifacts"];
