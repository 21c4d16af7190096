// cli/bin.mjs runs the compiled CLI only while it is newer than all its sources; otherwise the
// TypeScript, so an edit made after `npm run build` is never hidden by a stale build.
import { describe, expect, it } from "vitest";
import { mkdirSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { compiledIsFresh } from "../../cli/compiled.mjs";
import { tempDir } from "../helpers/tmp.ts";

const at = (path: string, seconds: number) => utimesSync(path, seconds, seconds);

/** A repository with two sources written at time 100 and a build written at `builtAt`. */
function repo(builtAt: number | null): { dir: string; root: URL } {
  const dir = tempDir("infoscore-compiled-");
  mkdirSync(join(dir, "cli"));
  for (const f of ["cli/main.ts", "cli/say.ts"]) {
    writeFileSync(join(dir, f), "");
    at(join(dir, f), 100);
  }
  if (builtAt !== null) {
    mkdirSync(join(dir, "build/cli"), { recursive: true });
    writeFileSync(join(dir, "build/cli/inputs.json"), JSON.stringify(["cli/main.ts", "cli/say.ts"]));
    writeFileSync(join(dir, "build/cli/main.mjs"), "");
    at(join(dir, "build/cli/main.mjs"), builtAt);
  }
  return { dir, root: pathToFileURL(dir + "/") };
}

describe("compiled CLI or sources", () => {
  it("runs the build made after every source", () => {
    expect(compiledIsFresh(repo(200).root, {})).toBe(true);
  });

  it("runs the sources when one was edited after the build", () => {
    const { dir, root } = repo(200);
    at(join(dir, "cli/say.ts"), 300);
    expect(compiledIsFresh(root, {})).toBe(false);
  });

  it("runs the sources when there is no build, or a source it lists is gone", () => {
    expect(compiledIsFresh(repo(null).root, {})).toBe(false);
    const { root } = repo(200);
    writeFileSync(new URL("build/cli/inputs.json", root), JSON.stringify(["cli/main.ts", "cli/gone.ts"]));
    expect(compiledIsFresh(root, {})).toBe(false);
  });

  it("INFOSCORE_FROM_SOURCE=1 forces the sources", () => {
    expect(compiledIsFresh(repo(200).root, { INFOSCORE_FROM_SOURCE: "1" })).toBe(false);
  });
});
