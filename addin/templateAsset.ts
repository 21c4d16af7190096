// The input template shipped with the add-in (dist/InfoScore-template.xlsx, built from
// templates/inputTemplate.ts at build time), served from the add-in's own origin.
import { INPUT_TEMPLATE_SHEETS as TEMPLATE_SHEETS, InfoScoreError } from "../core/index.ts";

export const TEMPLATE_FILE = "InfoScore-template.xlsx";

export async function loadTemplate(): Promise<{ base64: string; sheets: string[] }> {
  const response = await fetch(new URL(TEMPLATE_FILE, location.href));
  if (!response.ok) throw new InfoScoreError("templateAssetMissing", { status: response.status });
  const bytes = new Uint8Array(await response.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { base64: btoa(binary), sheets: TEMPLATE_SHEETS };
}
