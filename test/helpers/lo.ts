// LibreOffice as an independent spreadsheet app: opens our xlsx like a user's Calc would.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";

const CSV_ALL_SHEETS = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

/** Test-only font names (仿宋_GB2312 → cwTeX 仿宋, 宋体 → Noto Serif CJK): the Word files' fonts. */
export const OFFICE_FONTS = { FONTCONFIG_FILE: join(import.meta.dirname, "fonts.conf") };
/** The same with 仿宋 set in an em-square face (Noto Serif CJK), for counting characters a line. */
export const OFFICE_FONTS_EM = { FONTCONFIG_FILE: join(import.meta.dirname, "fonts-em.conf") };

function soffice(args: string[], outDir: string, env?: Record<string, string>): void {
  // A private profile per call: no clash with other soffice processes, and no user settings.
  const profile = mkdtempSync(join(tmpdir(), "lo-profile-"));
  execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", ...args, "--outdir", outDir], {
    stdio: "pipe",
    timeout: 180_000,
    env: env ? { ...process.env, ...env } : undefined,
  });
}

/** Parses RFC 4180 CSV (quotes, commas and newlines inside quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += ch;
  }
  if (cell !== "" || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** Every sheet of a workbook as LibreOffice reads it: sheet name → rows of cell texts. */
export function libreOfficeSheets(xlsx: string): Map<string, string[][]> {
  const out = mkdtempSync(join(tmpdir(), "lo-csv-"));
  soffice(["--convert-to", CSV_ALL_SHEETS, xlsx], out);
  const stem = basename(xlsx, extname(xlsx));
  const sheets = new Map<string, string[][]>();
  for (const f of readdirSync(out)) {
    if (!f.endsWith(".csv")) continue;
    const name = f.slice(stem.length + 1, -4);
    sheets.set(name, parseCsv(readFileSync(join(out, f), "utf8")));
  }
  return sheets;
}

/** Converts to PDF; returns its path. */
export function libreOfficePdf(file: string, outDir: string, env?: Record<string, string>): string {
  soffice(["--convert-to", "pdf", file], outDir, env);
  return join(outDir, `${basename(file, extname(file))}.pdf`);
}

/** Converts files (one soffice run for all) to `format` (pdf, txt:…, docx:…) in outDir, with env. */
export function libreOfficeConvert(files: string[], format: string, outDir: string, env?: Record<string, string>): void {
  soffice(["--convert-to", format, ...files], outDir, env);
}
