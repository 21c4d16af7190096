// The Word files (公文) as an office would check them: a year of a 22-unit district through
// `infoscore recalc --docx`, every .docx printed by LibreOffice (fonts mapped by the test-only
// fonts.conf), and the PDF measured with `pdftotext -bbox-layout`: A4, the GB/T 9704 版心, 3号
// body of 28 characters and 22 lines, the parts in order, page numbers, nothing overlapping.
// PNGs of every page go to test-artifacts/docx.
import { beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import JSZip from "jszip";
import { AlignmentType, Document, Packer, Paragraph, TextRun } from "docx";
import { DEFAULT_TEMPLATES } from "../../core/sheets/outputTemplate.ts";
import { buildInputWorkbook } from "../../templates/inputTemplate.ts";
import { libreOfficeConvert, libreOfficeSheets, OFFICE_FONTS, OFFICE_FONTS_EM } from "../helpers/lo.ts";
import { overlaps, pdfPages, type Box, type PdfPage } from "../helpers/printPdf.ts";
import { recalc } from "../helpers/cli.ts";
import { tempDir } from "../helpers/tmp.ts";
import { realisticYear } from "../print/realistic.ts";

/** In the realistic year as of 29 November, October is assessed: 榴园镇 and 区民政局 have missed two months, 区统计局 three. */
const NOTICE_UNITS = ["榴园镇", "区民政局"];
const NOTICE_UNIT = NOTICE_UNITS[0];
const ASSIST_UNIT = "区统计局";

const ARTIFACTS = join(process.cwd(), "test-artifacts", "docx");
const dir = tempDir("infoscore-docx-");
const MM = 72 / 25.4;
/** The 版心 of GB/T 9704 in points: 天头 37 mm, 订口 28 mm, 156 × 225 mm. */
const PORTRAIT = { left: 28 * MM, top: 37 * MM, right: (28 + 156) * MM, bottom: (37 + 225) * MM };
const LANDSCAPE = { left: 37 * MM, top: 28 * MM, right: (37 + 225) * MM, bottom: (28 + 156) * MM };
const PAGE_NUMBER = /^— (\d+) —$/;
/** PDF as printed on both sides: the blank page an even-page section inserts is kept (LibreOffice leaves it out by default). */
const PDF_WITH_BLANKS = 'pdf:writer_pdf_Export:{"IsSkipEmptyPages":{"type":"boolean","value":"false"}}';

interface Rendered {
  file: string;
  pages: PdfPage[];
}
const rendered = new Map<string, Rendered>();

/** Every .docx of a folder to PDF (one LibreOffice run) and PNG; keyed "<tag>/<file name>". */
function renderFolder(folder: string, tag: string, fonts = OFFICE_FONTS): void {
  const files = readdirSync(folder)
    .filter((f) => f.endsWith(".docx"))
    .map((f) => join(folder, f));
  const out = join(dir, `pdf-${tag}`);
  mkdirSync(out, { recursive: true });
  libreOfficeConvert(files, PDF_WITH_BLANKS, out, fonts);
  for (const file of files) {
    const stem = basename(file, ".docx");
    const pdf = join(out, `${stem}.pdf`);
    rendered.set(`${tag}/${stem}`, { file, pages: pdfPages(pdf) });
    execFileSync("pdftoppm", ["-png", "-r", "60", pdf, join(ARTIFACTS, `${tag}-${stem}`)]);
  }
}

/** How tall pdftotext makes a line of 16 pt in the body font: a one-line reference document. */
async function referenceHeight(size: number): Promise<number> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({
            alignment: AlignmentType.LEFT,
            children: [new TextRun({ text: "参照文字高度", size: size * 2, font: { eastAsia: "仿宋_GB2312", ascii: "仿宋_GB2312" } })],
          }),
        ],
      },
    ],
  });
  const file = join(dir, `参照${size}.docx`);
  writeFileSync(file, await Packer.toBuffer(doc));
  libreOfficeConvert([file], "pdf", dir, OFFICE_FONTS);
  const line = pdfPages(join(dir, `参照${size}.pdf`))[0].lines[0];
  return line.yMax - line.yMin;
}

let input = "";
const monthFolder = () => join(dir, "年-公文-2026-10");
const yearFolder = () => join(dir, "年-公文-2026");

beforeAll(async () => {
  rmSync(ARTIFACTS, { recursive: true, force: true });
  mkdirSync(ARTIFACTS, { recursive: true });
  input = join(dir, "年.xlsx");
  await buildInputWorkbook({ data: realisticYear() }).xlsx.writeFile(input);
  expect(await recalc(input, "--period", "2026-10", "--as-of", "2026-11-29", "--docx", "--json", join(dir, "月.json"))).toBe(0);
  expect(await recalc(input, "--period", "2026", "--as-of", "2026-11-29", "--docx")).toBe(0);
  renderFolder(monthFolder(), "月");
  renderFolder(yearFolder(), "年");
}, 600_000);

const doc = (key: string) => {
  const found = rendered.get(key);
  if (!found) throw new Error(`${key} not rendered; have ${[...rendered.keys()].join(", ")}`);
  return found;
};
const sorted = (p: PdfPage) => [...p.lines].sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
/** A document's text, line by line; spaces (pdftotext's, between scripts) left out. */
const textOf = (d: Rendered) =>
  d.pages
    .map((p) =>
      sorted(p)
        .map((l) => l.text.replace(/ /g, ""))
        .join("\n"),
    )
    .join("\n");
const landscape = (p: PdfPage) => p.width > p.height;
/** The 版记's page: only its lines (报/送/抄送 …, the 印发 line) and the page number. */
const isImprintPage = (p: PdfPage) =>
  p.lines.some((l) => /印发$/.test(l.text)) &&
  p.lines.every((l) => PAGE_NUMBER.test(l.text) || /^(报|送|抄送)：|印发$|^区委办公室$/.test(l.text));
const isA4 = (p: PdfPage) => Math.abs(Math.min(p.width, p.height) - 595.3) < 1 && Math.abs(Math.max(p.width, p.height) - 841.9) < 1;
/** Width of a line in characters: a half-width character (digit, Latin) counts a half. */
const charsOf = (s: string) => [...s.replace(/\s/g, "")].reduce((n, c) => n + (c.charCodeAt(0) <= 0xff ? 0.5 : 1), 0);

/**
 * A line whose closing punctuation hangs in the right margin (标点悬挂): LibreOffice sets a line-end
 * comma or full stop there whatever the file says (docs/word.md); it stands one character out at most.
 */
const hangs = (l: Box, box: { right: number }) => /[，。、；：！？”）》]$/.test(l.text) && l.xMax > box.right + 2;

/** The 落款 on a page: the issuing office's line right above a 成文日期 (2026年11月29日) in the right half. */
function signOf(p: PdfPage): { issuer: Box; date: Box } | undefined {
  const lines = sorted(p);
  for (let i = 1; i < lines.length; i++) {
    const [issuer, date] = [lines[i - 1], lines[i]];
    if (
      /^\d{4}年\d{1,2}月\d{1,2}日$/.test(date.text.replace(/\s/g, "")) &&
      issuer.text.replace(/\s/g, "") === "区委办公室" &&
      date.xMin > p.width / 3
    )
      return { issuer, date };
  }
  return undefined;
}

/** A line of the 附件说明: "附件：…", or a further 附件's "2. …" under it. */
const isAttachmentNote = (l: Box) => /^附件[:：]|^\d+\./.test(l.text.replace(/\s/g, ""));

function expectInOrder(text: string, parts: Array<string | RegExp>, label: string): void {
  let from = 0;
  for (const part of parts) {
    const rest = text.slice(from);
    const at = typeof part === "string" ? rest.indexOf(part) : rest.search(part);
    expect(at, `${label}: ${String(part)} after position ${from}`).toBeGreaterThanOrEqual(0);
    from += at + 1;
  }
}

describe("the Word files of a year's results", () => {
  it("writes one file per document: the 通报, each letter, the lists, and 考核结果 for the year", () => {
    expect(readdirSync(monthFolder()).sort()).toEqual(
      [
        "信息工作通报.docx",
        ...NOTICE_UNITS.map((u) => `缺报通知单-${u}.docx`),
        "重点帮促.docx",
        `重点帮促通知-${ASSIST_UNIT}.docx`,
        "用稿奖励.docx",
        "先进单位.docx",
        "优秀信息工作者.docx",
      ].sort(),
    );
    expect(readdirSync(yearFolder())).toContain("考核结果.docx");
  });

  it("prints on A4: portrait body pages, landscape 附件 pages where the table is wide", () => {
    for (const [key, d] of rendered) for (const p of d.pages) expect(isA4(p), key).toBe(true);
    const bulletin = doc("月/信息工作通报");
    expect(landscape(bulletin.pages[0])).toBe(false);
    const attachmentPages = bulletin.pages.filter((p) => /^附件\d*$/.test(sorted(p)[0]?.text ?? ""));
    expect(attachmentPages.length).toBeGreaterThan(0);
    for (const p of attachmentPages) expect(landscape(p)).toBe(true);
    for (const key of [`月/缺报通知单-${NOTICE_UNIT}`, `月/重点帮促通知-${ASSIST_UNIT}`]) expect(landscape(doc(key).pages[0])).toBe(false);
  });

  it("sets the body in 3号: 16 pt within 1 pt of a reference line in the same font", async () => {
    const [h15, h16, h17] = [await referenceHeight(15), await referenceHeight(16), await referenceHeight(17)];
    expect(h15).toBeLessThan(h16);
    expect(h16).toBeLessThan(h17);
    const letter = doc(`月/缺报通知单-${NOTICE_UNIT}`).pages[0];
    const body = sorted(letter).filter((l) => /你单位/.test(l.text) || /^(请|督促)/.test(l.text));
    expect(body.length).toBeGreaterThan(0);
    for (const l of body) expect(Math.abs(((l.yMax - l.yMin) / h16) * 16 - 16), l.text).toBeLessThanOrEqual(1);
  }, 300_000);

  it("holds 27–29 characters in a full line of Chinese (仿宋 set in an em-square face, as 仿宋_GB2312 is)", () => {
    renderFolder(monthFolder(), "等宽", OFFICE_FONTS_EM);
    // Full lines of Chinese, from the left edge of the 版心 to its right edge. Lines with digits are left
    // out: the test font's digits are proportional, wider than the half character of 仿宋_GB2312's.
    const full = (p: PdfPage) =>
      sorted(p).filter((l) => l.xMin < PORTRAIT.left + 2 && l.xMax > PORTRAIT.right - 20 && !/[\x21-\x7e]/.test(l.text));
    const lines = [`等宽/缺报通知单-${NOTICE_UNIT}`, `等宽/重点帮促通知-${ASSIST_UNIT}`, "等宽/信息工作通报"].flatMap((key) =>
      doc(key)
        .pages.filter((p) => !landscape(p))
        .flatMap(full),
    );
    expect(lines.length).toBeGreaterThan(3);
    for (const l of lines) {
      const within = charsOf(l.text) - (hangs(l, PORTRAIT) ? 1 : 0);
      expect(within, l.text).toBeGreaterThanOrEqual(27);
      expect(within, l.text).toBeLessThanOrEqual(29);
    }
  }, 300_000);

  it("holds 21–23 lines on a full page of body text", async () => {
    const long = Array.from({ length: 6 }, (_, i) => `第${i + 1}条要求：` + "各单位要把信息报送作为经常性工作抓紧抓好，".repeat(8)).join(
      "\n",
    );
    const template = join(dir, "长.json");
    writeFileSync(template, JSON.stringify({ 月度通报: { 要求: long } }));
    const out = join(dir, "长");
    expect(await recalc(input, "--period", "2026-10", "--as-of", "2026-11-29", "--docx", "--template", template, "--out", out)).toBe(0);
    renderFolder(join(out, "年-公文-2026-10"), "长");
    const second = doc("长/信息工作通报").pages[1];
    const lines = sorted(second).filter((l) => !PAGE_NUMBER.test(l.text));
    // The second page is body text only, from the top of the 版心 to its foot.
    expect(lines[0].yMin).toBeLessThan(PORTRAIT.top + 10);
    expect(lines.length).toBeGreaterThanOrEqual(21);
    expect(lines.length).toBeLessThanOrEqual(23);
  }, 300_000);

  it("sets a body of 4号 (正文字号) at 14 pt on its own grid: 24–26 lines a full page, the title in 小一", async () => {
    const long = Array.from({ length: 9 }, (_, i) => `第${i + 1}条要求：` + "各单位要把信息报送作为经常性工作抓紧抓好，".repeat(8)).join(
      "\n",
    );
    const template = join(dir, "四号.json");
    writeFileSync(template, JSON.stringify({ 月度通报: { 要求: long }, 全部: { 正文字号: "四号", 标题字号: "小一" } }));
    const out = join(dir, "四号");
    expect(await recalc(input, "--period", "2026-10", "--as-of", "2026-11-29", "--docx", "--template", template, "--out", out)).toBe(0);
    renderFolder(join(out, "年-公文-2026-10"), "四号");
    const bulletin = doc("四号/信息工作通报");
    const [h14, h16] = [await referenceHeight(14), await referenceHeight(16)];
    const body = sorted(bulletin.pages[0]).filter((l) => /全区各单位共报送信息/.test(l.text));
    expect(body.length).toBeGreaterThan(0);
    for (const l of body) expect(Math.abs(((l.yMax - l.yMin) / h16) * 16 - 14), l.text).toBeLessThanOrEqual(1);
    expect(Math.abs(((body[0].yMax - body[0].yMin) / h14) * 14 - 14)).toBeLessThanOrEqual(1);
    const title = sorted(bulletin.pages[0]).find((l) => /全区信息工作情况通报/.test(l.text))!;
    expect(Math.abs(((title.yMax - title.yMin) / h16) * 16 - 24)).toBeLessThanOrEqual(1.5);
    const second = sorted(bulletin.pages[1]).filter((l) => !PAGE_NUMBER.test(l.text));
    expect(second[0].yMin).toBeLessThan(PORTRAIT.top + 10);
    expect(second.length).toBeGreaterThanOrEqual(24);
    expect(second.length).toBeLessThanOrEqual(26);
  }, 300_000);

  it("puts the 通报's parts in order: 报头, 期号, title, body, 附件说明, 落款, 成文日期, 附件, 版记 on the last page", () => {
    const bulletin = doc("月/信息工作通报");
    expectInOrder(
      textOf(bulletin),
      [
        "信息工作通报",
        "第10期",
        "区委办公室编",
        "2026年10月份全区信息工作情况通报",
        "全区各单位共报送信息",
        /^附件：/m,
        "区委办公室",
        "2026年11月29日",
        /^附件\d*$/m,
        "印发",
      ],
      "通报",
    );
    expect(bulletin.pages.at(-1)!.text).toMatch(/抄送：[\s\S]*印发/);
  });

  it("gives each letter its 发文机关标志, 文号, title, 主送, body, 落款, 成文日期 and 回执 on one page", () => {
    for (const [key, title] of [
      [`月/缺报通知单-${NOTICE_UNIT}`, "信息缺报通知单"],
      [`月/重点帮促通知-${ASSIST_UNIT}`, "信息工作重点帮促通知"],
    ]) {
      const letter = doc(key);
      expect(letter.pages.length, key).toBe(1);
      const unit = key.split("-").at(-1)!;
      expectInOrder(
        textOf(letter),
        [
          "区委办公室",
          /区委办信〔2026〕\s*\d*\s*号/,
          title,
          `${unit}`,
          "你单位",
          "区委办公室",
          "2026年11月29日",
          "回",
          "单位：",
          "整改措施",
        ],
        key,
      );
    }
  });

  it("never sets a 落款 on a page without 正文 above it, and keeps a letter's 回执 on its 落款's page", async () => {
    // Bodies from one to six lines longer than the realistic ones move the end of the 正文 down past
    // the foot of the first page: at some length the 附件说明 and 落款 (or a letter's 回执) no longer fit
    // below it, and without keeping the 正文's last lines with them they would start the next page alone.
    const extra = "各单位要按时报送信息，做到及时准确全面。";
    const out = join(dir, "落款");
    const files = join(out, "docx");
    mkdirSync(files, { recursive: true });
    for (let k = 1; k <= 6; k++) {
      const more = Array.from({ length: k }, () => extra).join("\n");
      const template = join(dir, `落款${k}.json`);
      writeFileSync(
        template,
        JSON.stringify({
          月度通报: { 要求: `${DEFAULT_TEMPLATES.bodyRequire}\n${more}` },
          缺报通知单: { 正文: `${DEFAULT_TEMPLATES.noticeBody}\n${more}` },
        }),
      );
      const folder = join(out, String(k));
      expect(await recalc(input, "--period", "2026-10", "--as-of", "2026-11-29", "--docx", "--template", template, "--out", folder)).toBe(
        0,
      );
      for (const name of ["信息工作通报", `缺报通知单-${NOTICE_UNIT}`])
        copyFileSync(join(folder, "年-公文-2026-10", `${name}.docx`), join(files, `${name}-多${k}行.docx`));
    }
    renderFolder(files, "落款");
    let signs = 0;
    let carried = 0;
    for (const [key, d] of rendered) {
      d.pages.forEach((p, i) => {
        const sign = signOf(p);
        if (!sign) return;
        signs++;
        const where = `${key} page ${i + 1}`;
        const above = sorted(p).filter((l) => l.yMax <= sign.issuer.yMin && !PAGE_NUMBER.test(l.text) && !isAttachmentNote(l));
        expect(above.length, `${where}: lines of 正文 above the 落款`).toBeGreaterThanOrEqual(2);
        if (i > 0 && sorted(p)[0] === above[0]) carried++;
        if (!/缺报通知单|重点帮促通知/.test(key)) return;
        // The letter's 回执 (cut line, title, its boxes) follows on the same page, and on no other.
        const below = sorted(p)
          .filter((l) => l.yMin >= sign.date.yMax)
          .map((l) => l.text.replace(/\s/g, ""));
        expect(
          below.some((t) => /沿此线剪下/.test(t)),
          where,
        ).toBe(true);
        expect(below, where).toContain("回执");
        expect(
          below.some((t) => t.startsWith("单位：")),
          where,
        ).toBe(true);
        expect(
          below.some((t) => t.startsWith("日期：")),
          where,
        ).toBe(true);
        d.pages.forEach(
          (other, j) =>
            j !== i &&
            expect(
              sorted(other).map((l) => l.text.replace(/\s/g, "")),
              `${key} page ${j + 1}`,
            ).not.toContain("回执"),
        );
      });
    }
    // Every 通报 and letter has its 落款; in some longer bodies the 落款 starts a page, carried by the 正文's last lines.
    expect(signs).toBe([...rendered.keys()].filter((k) => /信息工作通报|缺报通知单|重点帮促通知/.test(k)).length);
    expect(carried).toBeGreaterThan(0);
  }, 300_000);

  it("numbers pages — N — at the outside corners, from 1 in every file; not the 版记's page nor the blank page before it", () => {
    let imprints = 0;
    let blanks = 0;
    for (const [key, d] of rendered) {
      d.pages.forEach((p, i) => {
        const number = p.lines.find((l) => PAGE_NUMBER.test(l.text));
        // GB/T 9704: when a blank page comes before the 版记, neither of them carries a page number.
        if (isImprintPage(p) || p.lines.length === 0) {
          expect(number, `${key} page ${i + 1}`).toBeUndefined();
          imprints += isImprintPage(p) ? 1 : 0;
          blanks += p.lines.length === 0 ? 1 : 0;
          return;
        }
        const n = Number(PAGE_NUMBER.exec(number?.text ?? "")?.[1]);
        expect(n, `${key} page ${i + 1}`).toBe(i + 1);
        const middle = p.width / 2;
        if (n % 2 === 1) expect(number!.xMin, key).toBeGreaterThan(middle);
        else expect(number!.xMax, key).toBeLessThan(middle);
      });
    }
    // The 通报 of the month and of the year have a 版记; the year's 附件 end on page 4, so a blank page 5 comes before it.
    expect(imprints).toBeGreaterThanOrEqual(2);
    expect(blanks).toBeGreaterThanOrEqual(1);
    const year = doc("年/信息工作通报").pages;
    expect(year.at(-2)!.lines, "the page before the year's 版记").toEqual([]);
  });

  it("sets the 版记 at the foot of the last page, an even portrait page, its last line within 3 mm of the 版心's foot", () => {
    for (const key of ["月/信息工作通报", "年/信息工作通报"]) {
      const last = doc(key).pages.at(-1)!;
      expect(landscape(last), key).toBe(false);
      expect(isImprintPage(last), key).toBe(true);
      const lines = sorted(last).filter((l) => !PAGE_NUMBER.test(l.text));
      expect(lines[0].text, key).toMatch(/^报：/);
      expect(lines.at(-1)!.text, key).toMatch(/印发$/);
      // The lowest line's box ends above its rule: the rule sits under it, at the foot of the 版心.
      const foot = Math.max(...lines.map((l) => l.yMax));
      expect(PORTRAIT.bottom - foot, key).toBeGreaterThanOrEqual(0);
      expect(PORTRAIT.bottom - foot, key).toBeLessThanOrEqual(3 * MM);
      // The PDF keeps the blank page an even-page section inserts: the 版记's page is the last, even one.
      expect(doc(key).pages.length % 2, key).toBe(0);
    }
  });

  it("keeps every line inside the 版心, none overlapping another, none starting with closing punctuation", () => {
    for (const [key, d] of rendered) {
      d.pages.forEach((p, i) => {
        const where = `${key} page ${i + 1}`;
        expect(overlaps(p), where).toEqual([]);
        const box = landscape(p) ? LANDSCAPE : PORTRAIT;
        const right = (l: Box) => box.right + (hangs(l, box) ? 16.5 : 2);
        const inside = (l: Box) => l.xMin >= box.left - 2 && l.xMax <= right(l) && l.yMin >= box.top - 2 && l.yMax <= box.bottom + 2;
        for (const l of p.lines) {
          if (PAGE_NUMBER.test(l.text)) expect(l.yMin, where).toBeGreaterThan(box.bottom);
          else expect(inside(l), `${where}: ${l.text}`).toBe(true);
          expect(l.text, where).not.toMatch(/^[。，、；：）”]/);
        }
      });
    }
  });

  it("states the totals the sheets and the JSON state", async () => {
    const json = JSON.parse(readFileSync(join(dir, "月.json"), "utf8")) as { units: Array<{ submitted: number; category?: string }> };
    // The 正文 gives the district's total, or each 类别's: "<who>共报送信息<N>条".
    const totals = (text: string) => [...text.matchAll(/([^，。；]*?)共报送信息(\d+)条/g)].map((m) => `${m[1]}:${m[2]}`);
    const docx = totals((await wordText(join(monthFolder(), "信息工作通报.docx"))).join(""));
    expect(docx.length).toBeGreaterThan(0);
    const sum = docx.reduce((s, x) => s + Number(x.split(":").at(-1)), 0);
    expect(sum).toBe(json.units.reduce((s, u) => s + u.submitted, 0));
    for (const x of docx) {
      const who = x.split(":")[0];
      const inJson = json.units.filter((u) => who.includes("全区") || (u.category !== undefined && who.endsWith(u.category)));
      expect(
        inJson.reduce((s, u) => s + u.submitted, 0),
        x,
      ).toBe(Number(x.split(":").at(-1)));
    }
    const sheet = libreOfficeSheets(join(dir, "年-结果-2026-10.xlsx")).get("月度通报")!;
    expect(totals(sheet.flat().join(""))).toEqual(docx);
    expect(totals(textOf(doc("月/信息工作通报")).replace(/\s/g, ""))).toEqual(docx);
  });

  it("sets each paragraph's sentences whole: no line break of the sheet's wrapped text inside a paragraph", async () => {
    for (const folder of [monthFolder(), yearFolder()])
      for (const f of readdirSync(folder).filter((x) => x.endsWith(".docx"))) {
        const body = (await documentXml(join(folder, f))).replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, "");
        expect(body, f).not.toMatch(/<w:t(?: [^>]*)?>[^<]*\n/);
        expect(body, f).not.toMatch(/<w:br\b/);
      }
    // Printed, each sentence of the 通报 and of a letter reads on unbroken (no space where the sheet broke a line).
    for (const key of ["月/信息工作通报", `月/缺报通知单-${NOTICE_UNIT}`]) {
      const printed = printedText(doc(key));
      const sentences = (await wordText(doc(key).file)).map((p) => p.replace(/\s/g, "")).filter((p) => /[，。]/.test(p));
      expect(sentences.length, key).toBeGreaterThan(0);
      for (const sentence of sentences) expect(printed, key).toContain(sentence);
    }
    expect(printedText(doc(`月/缺报通知单-${NOTICE_UNIT}`))).toMatch(/未向区委办报送信息/);
  });

  it("never splits a table's number or date over two lines, in any document", async () => {
    for (const [key, d] of rendered) {
      const cells = (await documentXml(d.file)).match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
      const tokens = cells.flatMap((t) => [...t.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].flatMap((m) => numbersIn(m[1])));
      const printed = d.pages.flatMap((p) =>
        p.lines.flatMap((l) => numbersIn(l.text.replace(/(\d{4}) ?年 ?(\d{1,2}) ?月 ?(\d{1,2}) ?日/g, "$1年$2月$3日"))),
      );
      const count = (xs: string[]) => xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>());
      const inPdf = count(printed);
      // A number broken over two lines prints as two shorter numbers: it is missing from the PDF.
      for (const [token, n] of count(tokens)) expect(inPdf.get(token) ?? 0, `${key}: ${token}`).toBeGreaterThanOrEqual(n);
    }
  });

  it("sets 考核结果's signature fields on one line, unstretched, and each number of its note on one line", async () => {
    const pages = doc("年/考核结果").pages;
    const page = pages.find((p) => p.lines.some((l) => l.text.startsWith("考评小组")))!;
    const first = page.lines.find((l) => l.text.startsWith("考评小组"))!;
    const row = page.lines.filter((l) => Math.abs(l.yMin - first.yMin) < 3).sort((a, b) => a.xMin - b.xMin);
    expect(row.map((l) => l.text.replace(/\s/g, "")).join("")).toBe("考评小组（签字）：主任办公会审定：日期：年月日");
    // 9 characters of 3号 (16 pt): a field spread over the line would be far wider.
    expect(first.xMax - first.xMin).toBeLessThan(9 * 17);
    expect(page.lines.filter((l) => /审定/.test(l.text)).every((l) => l.text.replace(/\s/g, "") === "主任办公会审定：")).toBe(true);
    // Every number of the note on one line (LibreOffice broke ×10 as ×1 / 0 while digits were Chinese).
    const note = (await wordText(doc("年/考核结果").file)).find((p) => p.startsWith("注"))!;
    const lines = pages.flatMap((p) => p.lines.map((l) => l.text.replace(/\s/g, "")));
    expect(numbersIn(note).length).toBeGreaterThan(2);
    for (const n of numbersIn(note)) expect(lines.some((l) => l.includes(n), n)).toBe(true);
  });

  it("keeps the note of 优秀信息工作者 with its table's last rows: no page holds the note alone", async () => {
    // October's list of the realistic year with fewer and fewer of its items: from a list whose note
    // fits under it on page 1 to one that runs onto page 2. On the way, the table ends where the note
    // no longer fits below it; without keeping its last rows with the note, the note would start page 2 alone.
    const data = realisticYear();
    const october = data.submissions.flatMap((r, i) => (String(r[1]).startsWith("2026-10") ? [i] : []));
    const out = join(dir, "名单");
    const files = join(out, "docx");
    mkdirSync(files, { recursive: true });
    const seen = new Set<number>();
    for (let drop = 0; drop <= 16; drop++) {
      const gone = new Set(october.slice(october.length - drop));
      const folder = join(out, String(drop));
      const file = join(folder, "年.xlsx");
      mkdirSync(folder, { recursive: true });
      await buildInputWorkbook({ data: { ...data, submissions: data.submissions.filter((_, i) => !gone.has(i)) } }).xlsx.writeFile(file);
      expect(await recalc(file, "--period", "2026-10", "--as-of", "2026-11-29", "--docx")).toBe(0);
      const docx = join(folder, "年-公文-2026-10", "优秀信息工作者.docx");
      const rows = ((await documentXml(docx)).match(/<w:tr[ >]/g) ?? []).length - 1;
      if (!seen.has(rows)) copyFileSync(docx, join(files, `优秀信息工作者-${rows}行.docx`));
      seen.add(rows);
    }
    renderFolder(files, "名单");
    const notePages = new Set<number>();
    for (const rows of [...seen].sort((a, b) => a - b)) {
      const key = `名单/优秀信息工作者-${rows}行`;
      const pages = doc(key).pages.map(sorted);
      const at = pages.findIndex((lines) => lines.some((l) => /^按得分排名/.test(l.text)));
      expect(at, key).toBeGreaterThanOrEqual(0);
      notePages.add(at);
      // Above the note on its page: at least the table's last two rows (a row is one 撰稿人's line).
      const note = pages[at].find((l) => /^按得分排名/.test(l.text))!;
      const above = pages[at].filter((l) => /撰稿人\s*\d/.test(l.text) && l.yMax <= note.yMin);
      expect(above.length, `${key} page ${at + 1}`).toBeGreaterThanOrEqual(2);
    }
    // The lists ran from one page to two: the page's foot passed the table's end on the way.
    expect([...notePages].sort()).toEqual([0, 1]);
  }, 600_000);

  it("gives 考核结果's 主要扣分/加分事项 a fair share of the width: at most 3 lines a row", () => {
    const pages = doc("年/考核结果").pages;
    let rows = 0;
    let wrapped = 0;
    for (const p of pages) {
      const lines = sorted(p);
      // Each row's 等次 (centred, one line) marks the row; the column's lines start at one left edge.
      const marks = lines.filter((l) => /^(优秀|称职|基本称职|不称职|待评)/.test(l.text.replace(/\s/g, "")));
      const items = lines.filter((l) => /；/.test(l.text));
      if (!marks.length || !items.length) continue;
      const left = Math.min(...items.map((l) => l.xMin));
      const column = lines.filter((l) => Math.abs(l.xMin - left) < 3 && l.yMin > marks[0].yMin - 40);
      const mid = (l: Box) => (l.yMin + l.yMax) / 2;
      const count = new Map<Box, number>();
      for (const l of column) {
        const row = marks.reduce((a, b) => (Math.abs(mid(b) - mid(l)) < Math.abs(mid(a) - mid(l)) ? b : a));
        count.set(row, (count.get(row) ?? 0) + 1);
      }
      for (const [mark, n] of count) {
        expect(n, `${mark.text} at y ${Math.round(mark.yMin)}`).toBeLessThanOrEqual(3);
        rows++;
        wrapped += n > 1 ? 1 : 0;
      }
    }
    expect(rows).toBeGreaterThanOrEqual(7);
    // The column's texts are long: they wrap, within the three lines.
    expect(wrapped).toBeGreaterThan(0);
  });

  it("gives an empty table cell's paragraph mark the cell's size, so its row is no taller", async () => {
    let empty = 0;
    for (const [key, d] of rendered) {
      for (const tc of (await documentXml(d.file)).match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []) {
        const run = /<w:r>[\s\S]*?<w:sz w:val="(\d+)"/.exec(tc)?.[1];
        const pPr = /<w:pPr>[\s\S]*?<\/w:pPr>/.exec(tc)?.[0] ?? "";
        const mark = /<w:rPr>[\s\S]*?<w:sz w:val="(\d+)"/.exec(pPr)?.[1];
        expect(mark, `${key}: ${tc.slice(0, 300)}`).toBe(run);
        if (!/<w:t(?: [^>]*)?>[^<]+</.test(tc)) empty++;
      }
    }
    expect(empty).toBeGreaterThan(0);
  });

  it("opens in a second reader: LibreOffice's own .docx of each file gives back the same text", async () => {
    const files = readdirSync(monthFolder()).map((f) => join(monthFolder(), f));
    const again = join(dir, "again");
    const text = join(dir, "text");
    mkdirSync(again, { recursive: true });
    mkdirSync(text, { recursive: true });
    libreOfficeConvert(files, "docx:MS Word 2007 XML", again);
    libreOfficeConvert(
      readdirSync(again).map((f) => join(again, f)),
      "txt:Text (encoded):UTF8",
      text,
    );
    for (const file of files) {
      const ours = (await wordText(file)).join("").replace(/\s/g, "");
      const theirs = readFileSync(join(text, `${basename(file, ".docx")}.txt`), "utf8").replace(/[\s\uFEFF]/g, "");
      expect(theirs, basename(file)).toBe(ours);
    }
  }, 300_000);
});

/** The paragraphs' text of a .docx as written (w:t and tabs), read straight from the package. */
async function wordText(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const xml = await zip.file("word/document.xml")!.async("string");
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)].map((m) => m[1] ?? "\t").join(""),
  );
}

/** word/document.xml of a .docx. */
async function documentXml(file: string): Promise<string> {
  return (await JSZip.loadAsync(readFileSync(file))).file("word/document.xml")!.async("string");
}

/**
 * A document's printed text, its lines run together in reading order and page numbers left out;
 * the spaces pdftotext puts beside digits and Latin dropped, any other (a stray gap) kept.
 */
const printedText = (d: Rendered): string =>
  d.pages
    .flatMap((p) => sorted(p).filter((l) => !PAGE_NUMBER.test(l.text)))
    .map((l) => l.text.replace(/ (?=[\x21-\x7e])|(?<=[\x21-\x7e]) /g, ""))
    .join("");

/** The numbers (891.67, ↓10 as 10) and dates (2026年3月14日) of a text, two characters or more. */
const numbersIn = (text: string): string[] => (text.match(/\d{4}年\d{1,2}月\d{1,2}日|\d+(?:\.\d+)?/g) ?? []).filter((x) => x.length > 1);
