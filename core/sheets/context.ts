// What every result sheet needs: the results, the texts, and the stamp (period, rule-set
// version, time made) that each sheet shows under its title.
import type { Results } from "../compute.ts";
import { periodTitle } from "../period.ts";
import { A4_LANDSCAPE, A4_PORTRAIT, text, type Block, type SheetModel } from "./model.ts";
import { DEFAULT_TEMPLATES, fillTemplate, type TemplateKey } from "./templates.ts";

export interface SheetContext {
  results: Results;
  templates: Record<TemplateKey, string>;
  vars: Record<string, string | number>;
}

export interface SheetOptions {
  /** When the sheets are made, as shown to users (e.g. "2026-04-01 09:30"); adapters pass the clock. */
  generatedAt: string;
  /** User texts replacing the built-in ones. */
  texts?: Partial<Record<TemplateKey, string>>;
}

export function sheetContext(results: Results, options: SheetOptions): SheetContext {
  const templates = { ...DEFAULT_TEMPLATES, ...options.texts };
  const vars = {
    期间: periodTitle(results.period),
    规则版本: results.rulesVersion,
    生成时间: options.generatedAt,
    生成日期: options.generatedAt.slice(0, 10),
    发文单位: templates.office,
  };
  return { results, templates, vars };
}

export const fill = (ctx: SheetContext, key: TemplateKey, extra: Record<string, string | number> = {}): string =>
  fillTemplate(ctx.templates[key], { ...ctx.vars, ...extra });

/** Title line and stamp line that open every result sheet. */
export function titleBlocks(ctx: SheetContext, titleKey: TemplateKey): Block[] {
  return [text(fill(ctx, titleKey), "title", 30), text(fill(ctx, "stampLine"), "subtitle", 18)];
}

export function sheet(name: string, kind: string, widths: number[], blocks: Block[], landscape = false): SheetModel {
  return { name, kind, widths, blocks, freezeHeader: true, print: landscape ? A4_LANDSCAPE : A4_PORTRAIT };
}
