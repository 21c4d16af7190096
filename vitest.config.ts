// Three projects (docs/architecture.md, "Tests"):
//   unit    every *.test.ts: core, reader, package layer and the add-in on the fake Excel; in process,
//           no outside program; the whole project runs in seconds (npm run test:unit).
//   stress  every *.stress.test.ts: in process too, but seconds each: huge and hostile files,
//           100,000-row workbooks, generated (fast-check) inputs.
//   system  every *.system.test.ts: LibreOffice, Chromium, the production build, the CLI as a
//           process, on real files. Its global setup builds dist/ and the compiled CLI only when
//           they are missing or older than their sources, so after npm test's build nothing builds twice.
// A new test lands in a project by its name alone; test/boundaries.test.ts fails when a unit or
// stress test starts an outside program or runs the CLI. `npm test` runs all three.
import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export const SYSTEM_TESTS = "test/**/*.system.test.ts";
export const STRESS_TESTS = "test/**/*.stress.test.ts";

export default defineConfig({
  test: {
    environment: "node",
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          exclude: [SYSTEM_TESTS, STRESS_TESTS],
          testTimeout: 20_000,
          // One module graph for all unit files: importing core, typescript and exceljs once instead of
          // per file halves the CPU time. Every test sets up the globals it uses (the fake Excel,
          // localStorage); stubs made with vi.stubGlobal are undone after each test.
          isolate: false,
          unstubGlobals: true,
          // Vitest's default leaves one core idle; on two cores both are worth using, idle or loaded.
          maxWorkers: Math.max(2, availableParallelism() - 1),
          // A project with its own worker count runs in its own group: unit, then stress, then system.
          sequence: { groupOrder: 0 },
        },
      },
      { extends: true, test: { name: "stress", include: [STRESS_TESTS], testTimeout: 120_000, sequence: { groupOrder: 1 } } },
      {
        extends: true,
        test: {
          name: "system",
          include: [SYSTEM_TESTS],
          globalSetup: ["test/helpers/systemSetup.ts"],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
