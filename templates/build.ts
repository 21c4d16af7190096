// Writes the input template next to the built add-in (dist/), where 插入模板 fetches it.
//   tsx templates/build.ts dist
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { TEMPLATE_FILE } from "../addin/templateAsset.ts";
import { inputTemplateBuffer } from "./inputTemplate.ts";

const dir = process.argv[2] ?? "dist";
await writeFile(join(dir, TEMPLATE_FILE), await inputTemplateBuffer());
console.log(`${join(dir, TEMPLATE_FILE)} written`);
