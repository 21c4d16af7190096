// Two projects (docs/architecture.md, "Tests"):
//   unit    every *.test.ts: core, reader, package layer and the add-in on the fake Excel; in process,
//           no outside program; the whole project runs in seconds (npm run test:unit).
//   system  every *.system.test.ts: LibreOffice, Chromium, the production build, the CLI as a
//           process, on real files. Its global setup builds dist/ and the compiled CLI only when
//           they are missing or older than their sources, so after npm test's build nothing builds twice.
// A new test lands in a project by its name alone; test/boundaries.test.ts fails when a unit test
// starts an outside program or runs the CLI.
import { defineConfig } from "vitest/config";

export const SYSTEM_TESTS = "test/**/*.system.test.ts";

export default defineConfig({
  test: {
    environment: "node",
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["test/**/*.test.ts"], exclude: [SYSTEM_TESTS], testTimeout: 20_000 },
      },
      {
        extends: true,
        test: {
          name: "system",
          include: [SYSTEM_TESTS],
          globalSetup: ["test/helpers/systemSetup.ts"],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
