// The bundled sample recalculated in process, as `infoscore recalc --period p --as-of asOf` does it:
// the result sheets' models and the JSON, for tests that read what the documents say.
import { parseDay, parsePeriod } from "../../core/index.ts";
import { recalcWorkbook } from "../../ooxml/job.ts";
import { nodeCodec } from "../../cli/nodeCodec.ts";
import { inputTemplateBuffer } from "../../templates/inputTemplate.ts";
import { sampleSheets } from "../../templates/sample.ts";

export async function sampleJob(p: string, asOf: string) {
  const bytes = await inputTemplateBuffer({ data: sampleSheets() });
  return recalcWorkbook(bytes, nodeCodec, { period: parsePeriod(p)!, asOf: parseDay(asOf)!, lang: "zh", generatedAt: "2026-11-29 09:00" });
}
