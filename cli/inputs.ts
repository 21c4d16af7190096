// The files the batch tool reads besides the workbooks: a rules JSON (--rules) and an output
// template (--template). Both are read once, before any workbook, and refused with a located
// message in the user's language.
import {
  applyOverrides,
  InfoScoreError,
  IssueLog,
  overridesFromJson,
  t,
  type Issue,
  type Lang,
  type RuleOverride,
  type TemplateRow,
} from "../core/index.ts";
import { findLogo, type Logo } from "../ooxml/logo.ts";
import { openPackage, readWorkbookPackage } from "../ooxml/read.ts";
import { readInput } from "./files.ts";
import { jsonErrorOffset, lineColumn } from "./jsonPlace.ts";
import { nodeCodec } from "./nodeCodec.ts";

/** JSON text as Notepad may save it (with a byte-order mark), parsed; a syntax error is located. */
export function parseJsonText(text: string, path: string, code: "rulesFileNotJson" | "templateFileNotJson", lang: Lang): unknown {
  const body = text.replace(/^\uFEFF/, "");
  try {
    return JSON.parse(body);
  } catch {
    throw new InfoScoreError(code, { path, where: jsonErrorPlace(body, lang) });
  }
}

/** Where the JSON breaks (word.jsonNear), or nothing when the place cannot be told. */
function jsonErrorPlace(text: string, lang: Lang): string {
  const offset = jsonErrorOffset(text);
  if (offset < 0) return "";
  const { line, column } = lineColumn(text, offset);
  return t(lang, "word.jsonNear", { line, column });
}

/** Rule overrides of a --rules file, checked as one set against the defaults; refused whole on any error. */
export async function rulesFile(path: string | undefined, lang: Lang): Promise<{ overrides: RuleOverride[]; problems: Issue[] }> {
  if (!path) return { overrides: [], problems: [] };
  const text = new TextDecoder().decode(await readInput(path));
  const json = parseJsonText(text, path, "rulesFileNotJson", lang);
  if (!json || typeof json !== "object" || Array.isArray(json)) throw new InfoScoreError("rulesFileNotObject", { path });
  const overrides = overridesFromJson(json, path);
  const issues = new IssueLog(lang);
  applyOverrides(overrides, issues);
  return { overrides, problems: issues.list.filter((i) => i.severity === "error") };
}

/** A template file: an xlsx with an 输出模板 sheet, or JSON { "月度通报": { "标题": "…", "列": "…" } }. */
export async function templateFile(path: string | undefined, lang: Lang): Promise<{ rows: TemplateRow[]; logo?: Logo }> {
  if (!path) return { rows: [] };
  const bytes = await readInput(path);
  if (/\.json$/i.test(path)) {
    const json = parseJsonText(new TextDecoder().decode(bytes), path, "templateFileNotJson", lang);
    const sheets = json && typeof json === "object" && !Array.isArray(json) ? (json as Record<string, unknown>) : {};
    const rows = Object.entries(sheets).flatMap(([sheet, items]) =>
      Object.entries(items && typeof items === "object" ? items : {}).map(([item, content]) => ({
        sheet,
        item,
        content: String(content),
        where: { sheet: path, cell: `${sheet}.${item}` },
      })),
    );
    return { rows };
  }
  const pkg = openPackage(bytes, nodeCodec);
  const read = await readWorkbookPackage(pkg, new IssueLog(lang));
  if (!read.found.templates) throw new InfoScoreError("templateSheetMissing", { path });
  return { rows: read.templateRows, logo: await findLogo(pkg) };
}
