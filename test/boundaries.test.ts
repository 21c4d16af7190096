// The layers' boundaries (docs/architecture.md): core/ runs anywhere (Node, the browser page,
// inside Excel), so it imports nothing outside itself and no Node, zip or Office library; the
// package layer reaches core only through its public entry; the templates never import the
// add-in; the pane's UI never imports the offline page; and a unit test (*.test.ts, not
// *.system.test.ts) starts no outside program and runs no CLI, so `npm run test:unit` stays fast
// (a *.stress.test.ts runs in process too and is checked alike).
import { describe, expect, it } from "vitest";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import ts from "typescript";
import { GENERATED, PRODUCT, TOOLING } from "../folders.mjs";

/** Every .ts/.mjs/.js file under a folder (none when the folder does not exist). */
function files(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|mts|mjs|js)$/.test(name) ? [path] : [];
  });
}

interface Import {
  file: string;
  spec: string;
  target: string;
}

/** A file's static, re-export, side-effect and dynamic imports; relative ones resolved to repository paths. */
function importsOf(file: string, text = readFileSync(file, "utf8")): Import[] {
  const { importedFiles } = ts.preProcessFile(text, true, true);
  return importedFiles.map(({ fileName: spec }) => ({
    file,
    spec,
    target: spec.startsWith(".") ? normalize(join(dirname(file), spec)) : spec,
  }));
}

/** The names a module exports through `export { … } from`, and that no `export *` hides. */
function namedExports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest);
  return source.statements.flatMap((s) => {
    if (!ts.isExportDeclaration(s)) return [];
    if (!s.exportClause) return ["*"];
    return ts.isNamedExports(s.exportClause) ? s.exportClause.elements.map((e) => e.name.text) : ["*"];
  });
}

/** The names a file imports (statically or by `await import`) from one module. */
function namesImportedFrom(file: string, module: string): string[] {
  const text = readFileSync(file, "utf8");
  if (!text.includes(module.split("/").pop()!)) return [];
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest);
  const names: string[] = [];
  // Import declarations sit at the top level only, so the statements are enough (no walk of every node).
  for (const node of source.statements) {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const target = normalize(join(dirname(file), node.moduleSpecifier.text));
      const bindings = node.importClause?.namedBindings;
      if (target === module && bindings && ts.isNamedImports(bindings))
        names.push(...bindings.elements.map((e) => (e.propertyName ?? e.name).text));
    }
  }
  // `const { a, b } = await import("…/core/index.ts")`
  for (const m of text.matchAll(/const\s*\{([^}]*)\}\s*=\s*await import\("([^"]+)"\)/g)) {
    if (normalize(join(dirname(file), m[2])) === module)
      names.push(
        ...m[1]
          .split(",")
          .map((n) => n.trim().split(/\s*:/)[0])
          .filter(Boolean),
      );
  }
  return names;
}

const inFolder = (path: string, folder: string) => path === folder || path.startsWith(folder + "/");
const show = (i: Import) => `${i.file} → ${i.spec}`;

/**
 * The layers inside core, lowest first (docs/architecture.md). A file may import its own group
 * and the groups listed under it; nothing "upward": the reader and the calculation (units, staff)
 * never import each other, nothing below the sheets imports them, and only the pipeline and the
 * public entry sit on top.
 */
const CORE_LAYERS: Array<{ group: string; holds: (path: string) => boolean; may: string[] }> = [
  { group: "base", holds: (p) => /^core\/[^/]+\.ts$/.test(p) && !/^core\/(compute|json|pipeline|index)\.ts$/.test(p), may: [] },
  { group: "rules", holds: (p) => inFolder(p, "core/rules"), may: ["base"] },
  { group: "read", holds: (p) => inFolder(p, "core/read"), may: ["base", "rules"] },
  { group: "units", holds: (p) => inFolder(p, "core/units"), may: ["base", "rules"] },
  { group: "staff", holds: (p) => inFolder(p, "core/staff"), may: ["base", "rules", "units"] },
  { group: "compute", holds: (p) => p === "core/compute.ts" || p === "core/json.ts", may: ["base", "rules", "units", "staff"] },
  { group: "sheets", holds: (p) => inFolder(p, "core/sheets"), may: ["base", "rules", "units", "staff", "compute"] },
  { group: "pipeline", holds: (p) => p === "core/pipeline.ts", may: ["base", "rules", "read", "compute", "sheets"] },
  {
    group: "entry",
    holds: (p) => p === "core/index.ts",
    may: ["base", "rules", "read", "units", "staff", "compute", "sheets", "pipeline"],
  },
];
const layerOf = (path: string) => CORE_LAYERS.find((l) => l.holds(path));

/** The boundary rules, each a predicate on one import that is true when the import breaks it. */
const RULES: Record<string, (i: Import) => boolean> = {
  "core imports only core and zod": (i) =>
    inFolder(i.file, "core") && (i.spec.startsWith(".") ? !inFolder(i.target, "core") : i.spec !== "zod"),
  "ooxml reaches core only through core/index.ts": (i) =>
    inFolder(i.file, "ooxml") && inFolder(i.target, "core") && i.target !== "core/index.ts",
  "core imports no layer above its own": (i) => {
    if (!inFolder(i.file, "core") || !i.spec.startsWith(".") || !inFolder(i.target, "core")) return false;
    const from = layerOf(i.file);
    const to = layerOf(i.target);
    return !from || !to || (from !== to && !from.may.includes(to.group));
  },
  "templates never import the add-in": (i) => inFolder(i.file, "templates") && inFolder(i.target, "addin"),
  "the pane's UI never imports the offline page": (i) => inFolder(i.file, "addin/ui") && inFolder(i.target, "addin/web"),
};

function breaches(imports: Import[]): string[] {
  return Object.entries(RULES).flatMap(([rule, broken]) => imports.filter(broken).map((i) => `${rule}: ${show(i)}`));
}

const SOURCES = [...PRODUCT, "scripts"].flatMap(files);

describe("layer boundaries", () => {
  it("finds the sources and their imports", () => {
    expect(files("core").length).toBeGreaterThan(10);
    expect(importsOf("ooxml/read.ts").some((i) => i.target === "core/index.ts")).toBe(true);
  });

  it("the rules catch what they forbid (checked on made-up imports)", () => {
    const made = (file: string, text: string) => importsOf(file, text);
    expect(
      breaches([
        ...made("core/rules/x.ts", 'import { a } from "../../ooxml/read.ts";\nimport fs from "node:fs";\nimport E from "exceljs";'),
        ...made("core/x.ts", 'import { z } from "zod";\nexport * from "./period.ts";\nconst m = await import("../cli/main.ts");'),
        ...made("core/units/x.ts", 'import { FLAG_COLUMNS } from "../read/specs.ts";\nimport { FLAG_COLUMNS } from "../vocabulary.ts";'),
        ...made("core/read/x.ts", 'import type { TemplateRow } from "../sheets/customise.ts";\nimport { parseFlag } from "../values.ts";'),
        ...made("core/values.ts", 'import { compute } from "./compute.ts";\nimport { parsePeriod } from "./period.ts";'),
        ...made("core/staff/x.ts", 'import { scoreItems } from "../units/score.ts";'),
        ...made("ooxml/x.ts", 'import { b } from "../core/values.ts";\nimport { c } from "../core/index.ts";'),
        ...made("templates/x.ts", 'import { T } from "../addin/templateAsset.ts";'),
        ...made("addin/ui/x.ts", 'import "../web/fileMode.ts";\nimport { t } from "./text.ts";'),
      ]),
    ).toEqual([
      "core imports only core and zod: core/rules/x.ts → ../../ooxml/read.ts",
      "core imports only core and zod: core/rules/x.ts → node:fs",
      "core imports only core and zod: core/rules/x.ts → exceljs",
      "core imports only core and zod: core/x.ts → ../cli/main.ts",
      "ooxml reaches core only through core/index.ts: ooxml/x.ts → ../core/values.ts",
      "core imports no layer above its own: core/units/x.ts → ../read/specs.ts",
      "core imports no layer above its own: core/read/x.ts → ../sheets/customise.ts",
      "core imports no layer above its own: core/values.ts → ./compute.ts",
      "templates never import the add-in: templates/x.ts → ../addin/templateAsset.ts",
      "the pane's UI never imports the offline page: addin/ui/x.ts → ../web/fileMode.ts",
    ]);
  });

  it("no source file crosses a boundary", () => {
    expect(breaches(SOURCES.flatMap((f) => importsOf(f)))).toEqual([]);
  });

  it("every top-level folder with code is in folders.mjs, so none escapes the checks", () => {
    const listed = new Set([...PRODUCT, ...TOOLING, ...GENERATED]);
    const withCode = readdirSync(".", { withFileTypes: true })
      .filter((d) => d.isDirectory() && !d.name.startsWith("."))
      .map((d) => d.name)
      .filter((d) => !listed.has(d) && files(d).length > 0);
    expect(withCode).toEqual([]);
  });

  it("every core file belongs to a layer", () => {
    expect(files("core").filter((f) => !layerOf(f))).toEqual([]);
  });

  it("core/index.ts exports only names used outside core, each once", () => {
    const exported = namedExports("core/index.ts");
    expect(new Set(exported).size).toBe(exported.length);
    const outside = [...PRODUCT, ...TOOLING].filter((f) => f !== "core").flatMap(files);
    const used = new Set(outside.flatMap((f) => namesImportedFrom(f, "core/index.ts")));
    expect(exported.filter((name) => !used.has(name))).toEqual([]);
  });

  it("core uses no host global (Node's process or Buffer, Office.js, require)", () => {
    const offenders = files("core").filter((file) => {
      const code = readFileSync(file, "utf8")
        .replace(/\/\*[\s\S]*?\*\//g, "")
        .replace(/(^|[^:])\/\/.*$/gm, "$1");
      return /\b(Excel\.run|Office\.\w+\(|Office\.context|process\.|require\(|Buffer\.)/.test(code);
    });
    expect(offenders).toEqual([]);
  });
});

describe("test projects (vitest.config.ts)", () => {
  // Node built-ins that start programs, the helpers and libraries that drive LibreOffice or a browser,
  // and the batch tool itself (it works on real files, whole years of them).
  const OUTSIDE = new Set(["child_process", "node:child_process", "playwright-core", "playwright"]);
  const startsPrograms = (i: Import) => OUTSIDE.has(i.spec) || /helpers\/(lo|systemSetup)\.ts$|^cli\/main\.ts$/.test(i.target);

  /** A test's imports, and those of the test helpers it reaches (they are part of the test). */
  function testImports(file: string, seen = new Set<string>()): Import[] {
    if (seen.has(file)) return [];
    seen.add(file);
    const own = importsOf(file);
    const helpers = own.filter((i) => inFolder(i.target, "test/helpers") && existsSync(i.target));
    return [...own, ...helpers.flatMap((h) => testImports(h.target, seen).map((i) => ({ ...i, file: `${file} (via ${h.target})` })))];
  }

  it("a unit test starts no outside program and runs no CLI: such a test is named *.system.test.ts", () => {
    const unit = files("test").filter((f) => f.endsWith(".test.ts") && !f.endsWith(".system.test.ts"));
    expect(unit.length).toBeGreaterThan(5);
    expect(
      unit
        .flatMap((f) => testImports(f))
        .filter(startsPrograms)
        .map(show),
    ).toEqual([]);
  });

  it("the check follows the test helpers", () => {
    const viaHelper = testImports("test/cli/compiled.test.ts").filter((i) => i.file.includes("via test/helpers/tmp.ts"));
    expect(viaHelper.map((i) => i.spec)).toContain("node:fs");
  });

  it("the check sees a program being started", () => {
    expect(importsOf("test/x.test.ts", 'import { execFileSync } from "node:child_process";').some(startsPrograms)).toBe(true);
    expect(importsOf("test/x.test.ts", 'import { libreOfficeSheets } from "./helpers/lo.ts";').some(startsPrograms)).toBe(true);
    expect(importsOf("test/cli/x.test.ts", 'import { main } from "../../cli/main.ts";').some(startsPrograms)).toBe(true);
  });
});
