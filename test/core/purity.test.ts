// core/ must run anywhere: in Node, in the browser page and inside Excel. No Node built-ins,
// no exceljs, no Office.js.
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { builtinModules } from "node:module";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
  });
}

describe("core purity", () => {
  const sources = files("core");
  it("core has modules", () => expect(sources.length).toBeGreaterThan(10));
  it("no file in core imports Node built-ins, exceljs or Office.js, or uses their globals", () => {
    const forbidden = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`), "exceljs", "@microsoft/office-js", "office-addin-mock"]);
    const offenders: string[] = [];
    for (const file of sources) {
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)) {
        if (forbidden.has(m[1]) || m[1].startsWith("node:")) offenders.push(`${file}: ${m[1]}`);
      }
      const code = text.replace(/\/\/.*$/gm, "").replace(/\/\*[\s\S]*?\*\//g, "");
      if (/\b(Excel\.run|Office\.\w+\(|Office\.context|process\.|require\(|Buffer\.)/.test(code)) offenders.push(`${file}: uses a host global`);
    }
    expect(offenders).toEqual([]);
  });
});
