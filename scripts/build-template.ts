// Writes the input template next to the built add-in (dist/), where 插入模板 fetches it.
//   tsx scripts/build-template.ts dist   (part of npm run build; a build step, so it lives with the
//   scripts: templates/ stays free of add-in imports)
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { TEMPLATE_FILE } from "../addin/templateAsset.ts";
import { inputTemplateBuffer } from "../templates/inputTemplate.ts";

const dir = process.argv[2] ?? "dist";
await writeFile(join(dir, TEMPLATE_FILE), await inputTemplateBuffer());
console.log(`${join(dir, TEMPLATE_FILE)} written`);
