// A progress line for long batches, shown only on a terminal (stderr); pipes and CI get plain lines.
// It counts the rows read and always shows the file's name whole: when the terminal is narrow, the
// bar goes first, then the row count.
import { basename } from "node:path";
import { t, type Lang } from "../core/index.ts";

export class Progress {
  private readonly tty = Boolean(process.stderr.isTTY);
  private index = 0;
  private name = "";
  private shown = false;

  constructor(
    private readonly files: number,
    private readonly lang: Lang = "zh",
  ) {}

  file(index: number, path: string): void {
    this.index = index;
    this.name = basename(path);
    this.rows(0);
  }

  /** The line for `count` rows read, fitted into `columns` without cutting the name. */
  line(count: number, columns: number): string {
    const width = 20;
    const done = Math.round((this.index / this.files) * width);
    const bar = `[${"#".repeat(done)}${"-".repeat(width - done)}]`;
    const rows = count > 0 ? t(this.lang, "cli.progressRows", { rows: count.toLocaleString("en") }) : "";
    const candidates = [
      [bar, `${this.index + 1}/${this.files}`, rows, this.name],
      [`${this.index + 1}/${this.files}`, rows, this.name],
      [`${this.index + 1}/${this.files}`, this.name],
    ].map((parts) => parts.filter(Boolean).join(" "));
    return candidates.find((c) => displayWidth(c) < columns) ?? candidates[candidates.length - 1];
  }

  rows(count: number): void {
    if (!this.tty) return;
    process.stderr.write(`\r${this.line(count, process.stderr.columns || 100)}\x1b[K`);
    this.shown = true;
  }

  clear(): void {
    if (this.tty && this.shown) process.stderr.write("\r\x1b[K");
    this.shown = false;
  }

  finish(): void {
    this.clear();
  }
}

/** Terminal columns a text takes: Chinese characters (and other wide ones) take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(ch)
      ? 2
      : 1;
  return width;
}
