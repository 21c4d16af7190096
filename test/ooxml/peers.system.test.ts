// Third parties' workbooks (other spreadsheet projects' public test suites, listed in
// ../shared/peers/MANIFEST.tsv; read from there, never copied here). Each is validated as it is;
// each that can hold sheets is recalculated with our input sheets added at the package level,
// every part of the original kept byte for byte; LibreOffice opens a sample of the results.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { A4_PORTRAIT, InfoScoreError, IssueLog, table, type SheetModel } from "../../core/index.ts";
import { nodeCodec } from "../../cli/nodeCodec.ts";
import { processWorkbook } from "../../addin/web/process.ts";
import { openPackage, readWorkbookPackage } from "../../ooxml/read.ts";
import { addResultSheets } from "../../ooxml/resultSheets.ts";
import { readZip } from "../../ooxml/zip.ts";
import { libreOfficeSheets } from "../helpers/lo.ts";
import { tempDir } from "../helpers/tmp.ts";
import { concat } from "../helpers/xlsxParts.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const PEERS = [process.env.INFOSCORE_PEERS, resolve(ROOT, "../shared/peers"), "/work/shared/peers"].find(
  (d): d is string => !!d && existsSync(join(d, "MANIFEST.tsv")),
);

interface Peer {
  name: string;
  injectable: boolean;
}

const peers: Peer[] = PEERS
  ? readFileSync(join(PEERS, "MANIFEST.tsv"), "utf8")
      .trim()
      .split("\n")
      .slice(1)
      .map((line) => line.split("\t"))
      .map((f) => ({ name: f[0], injectable: f[9] === "yes" }))
  : [];

const OPTIONS = { period: "2026-03", asOf: "2026-04-01", lang: "zh" as const, generatedAt: "2026-04-01 09:00" };

function inputModel(name: string, header: string[], rows: string[][]): SheetModel {
  return {
    name,
    kind: "input",
    widths: header.map(() => 14),
    freezeHeader: false,
    print: A4_PORTRAIT,
    blocks: [
      table(
        header,
        header.map(() => "text"),
        rows,
      ),
    ],
  };
}

/** The peer with a roster and a log added as worksheets, the rest of the package as it was. */
async function withInputSheets(bytes: Uint8Array): Promise<Uint8Array> {
  const pkg = openPackage(bytes, nodeCodec);
  await addResultSheets(pkg, [
    inputModel("单位名册", ["单位"], [["古邵镇"], ["峨山镇"]]),
    inputModel("信息报送", ["报送日期", "报送单位", "标题", "区采用"], [["2026-03-05", "古邵镇", "春耕", "是"]]),
  ]);
  const chunks: Uint8Array[] = [];
  await pkg.write((b) => void chunks.push(b));
  return concat(chunks);
}

/** Parts the writer patches (the workbook, its rels, the content types, the styles); the others must be kept as they were. */
const PATCHED = /(^|\/)(workbook\.xml|workbook\.xml\.rels|\[Content_Types\]\.xml|styles\.xml)$/;

describe.skipIf(!PEERS)("third parties' workbooks", () => {
  it("every peer validates as it is (or is refused by name), and every injectable one recalculates keeping its parts", async () => {
    const refused: string[] = [];
    const results: Array<{ name: string; output: Uint8Array }> = [];
    for (const peer of peers) {
      const bytes = new Uint8Array(readFileSync(join(PEERS!, peer.name)));
      try {
        await readWorkbookPackage(openPackage(bytes, nodeCodec), new IssueLog());
      } catch (e) {
        // A refusal is a message naming the problem, never a crash.
        expect(e, peer.name).toBeInstanceOf(InfoScoreError);
        if (peer.injectable) refused.push(`${peer.name}: ${(e as InfoScoreError).code}`);
        continue;
      }
      if (!peer.injectable) continue;
      const injected = await withInputSheets(bytes);
      const done = await processWorkbook(peer.name, injected, OPTIONS, nodeCodec);
      expect(
        done.json.units.map((u) => [u.unit, u.score]),
        peer.name,
      ).toEqual([
        ["古邵镇", 6],
        ["峨山镇", 0],
      ]);
      const before = readZip(bytes);
      const after = readZip(done.output);
      for (const [name, entry] of before) {
        if (PATCHED.test(name)) continue;
        const kept = after.get(name);
        expect(kept, `${peer.name}: ${name}`).toBeDefined();
        expect(kept!.crc, `${peer.name}: ${name}`).toBe(entry.crc);
      }
      results.push({ name: peer.name, output: done.output });
    }
    expect(refused).toEqual([]);
    expect(results.length).toBeGreaterThan(300);
    // LibreOffice opens the results: a sample spread over the corpus (all of them take too long).
    const dir = tempDir("peers-");
    const step = Math.ceil(results.length / 12);
    for (let i = 0; i < results.length; i += step) {
      const file = join(dir, `r${i}.xlsx`);
      writeFileSync(file, results[i].output);
      const sheets = libreOfficeSheets(file);
      expect([...sheets.keys()], results[i].name).toContain("月度通报");
    }
  }, 300_000);
});
