// The marks are data (docs/rules.md, 计分方案): no file of the product names a level's field
// (adoptedCity), a mark of the default scheme ("city.adopted", 市采用) or a level (市, "province")
// outside the registry (core/marks.ts) and the default scheme (core/rules/defaults.ts, and the
// default 正文 of core/sheets/outputTemplate.ts, which names the default scheme's levels in words;
// the bundled sample, rows of the default scheme's log).
// Everything else derives what it shows or counts from the scheme, so a new level is never left out.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { PRODUCT } from "../../folders.mjs";

const ROOT = join(import.meta.dirname, "../..");

/** The registry, the default scheme's rules and 正文, and the bundled sample (data written in the default scheme's columns). */
const ALLOWED = new Set(["core/marks.ts", "core/rules/defaults.ts", "core/sheets/outputTemplate.ts", "templates/sample.ts"]);

/** A per-level field or word, a default mark's key or column, a level's name. */
const PER_LEVEL = [
  /\b(adopted|excellent|endorsed)(District|City|Province|Central)\b/,
  /\b(district|city|province|central)(Adopted|Excellent|Endorsed)\b/,
  /^(district|city|province|central)(\.(adopted|excellent|endorsed))?$/,
  /^(区|市|省|中央)(采用|优秀|领导批示)?$/,
];

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) return sourceFiles(path);
    return /\.(ts|mts|mjs)$/.test(e.name) ? [path] : [];
  });
}

/** "file:line: text" of every string, template part or name that names a level (comments skipped). */
export function perLevelNames(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    const value =
      ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node) ? node.text : ts.isIdentifier(node) ? node.text : undefined;
    if (value !== undefined && PER_LEVEL.some((p) => p.test(value))) {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      found.push(`${file}:${line}: ${value}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("no per-level literal outside the mark registry and the default scheme", () => {
  it("the product's sources name no level, level field or default mark", () => {
    const files = PRODUCT.flatMap(sourceFiles).filter((f) => !ALLOWED.has(f));
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap((f) => perLevelNames(f, readFileSync(join(ROOT, f), "utf8")))).toEqual([]);
  });

  it("the check sees fields, keys, headers and level names, but not comments", () => {
    const sample = [
      "// adoptedCity in a comment is fine",
      "const a = u.adoptedCity;",
      'const b = hasMark(m, "province.adopted");',
      'const c = { 市采用: 1, level: "中央" };',
      'const d = ["district", `central`];',
      'const fine = ["adoptedAny", "国办采用", "采用"];',
    ].join("\n");
    expect(perLevelNames("x.ts", sample).map((s) => s.replace(/^x\.ts:/, ""))).toEqual([
      "2: adoptedCity",
      "3: province.adopted",
      "4: 市采用",
      "4: 中央",
      "5: district",
      "5: central",
    ]);
  });
});
