#!/usr/bin/env node
// `npm run validate`: checks the add-in manifest against Microsoft's XSDs (schemas/office/),
// offline, with xmllint. Checks manifest.xml and, when it exists, the built dist/manifest.xml;
// or the files named on the command line. Exit code 1 when any is invalid.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const schema = join(root, "schemas", "office", "OfficeAppManifestV1_1.xsd");
const given = process.argv.slice(2);
const files = given.length ? given : ["manifest.xml", "dist/manifest.xml"].map((f) => join(root, f)).filter(existsSync);

const lint = spawnSync("xmllint", ["--version"], { stdio: "ignore" });
if (lint.error) {
  console.error(
    "xmllint 未安装 / xmllint is not installed (Debian/Ubuntu: apt-get install libxml2-utils; macOS: included; Windows: use WSL).",
  );
  process.exit(2);
}
let failed = 0;
for (const file of files) {
  const r = spawnSync("xmllint", ["--noout", "--nonet", "--schema", schema, file], { encoding: "utf8" });
  if (r.status === 0) console.log(`✓ ${file}: valid (OfficeApp 1.1 schema)`);
  else {
    failed++;
    console.error(`✗ ${file}:\n${r.stderr.trim()}`);
  }
}
process.exit(failed ? 1 : 0);
