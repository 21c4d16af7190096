#!/usr/bin/env node
// `npm run validate`: checks the add-in manifest against Microsoft's XSDs (schemas/office/),
// offline, with libxml2's xmllint compiled to WebAssembly (the xmllint-wasm package): no system
// xmllint is needed, so it runs the same on Windows, macOS and Linux. Checks manifest.xml and,
// when it exists, the built dist/manifest.xml; or the files named on the command line. Exit
// code 1 when any is invalid.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { validateXML } from "xmllint-wasm";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const schemas = join(root, "schemas", "office");
const MAIN = "OfficeAppManifestV1_1.xsd";

/** The main schema first, the schemas it imports preloaded under the names it imports them by. */
function schemaFiles() {
  const read = (name) => ({ fileName: name, contents: readFileSync(join(schemas, name), "utf8") });
  const others = readdirSync(schemas).filter((f) => f.endsWith(".xsd") && f !== MAIN);
  return { schema: [read(MAIN)], preload: others.map(read) };
}

/** Validates each file; returns the number that failed, printing why. */
export async function validate(files) {
  const { schema, preload } = schemaFiles();
  let failed = 0;
  for (const file of files) {
    const result = await validateXML({ xml: [{ fileName: basename(file), contents: readFileSync(file, "utf8") }], schema, preload });
    if (result.valid) console.log(`✓ ${file}: valid (OfficeApp 1.1 schema)`);
    else {
      failed++;
      console.error(`✗ ${file}:\n${result.errors.map((e) => e.rawMessage).join("\n")}`);
    }
  }
  return failed;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const given = process.argv.slice(2);
  const files = given.length ? given : ["manifest.xml", "dist/manifest.xml"].map((f) => join(root, f)).filter(existsSync);
  process.exit((await validate(files)) ? 1 : 0);
}
