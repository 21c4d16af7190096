// A progress line for long batches, shown only on a terminal; pipes and CI get plain lines.
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

  rows(count: number): void {
    if (!this.tty) return;
    const width = 20;
    const done = Math.round((this.index / this.files) * width);
    const bar = `[${"#".repeat(done)}${"-".repeat(width - done)}]`;
    process.stderr.write(
      `\r${bar} ${this.index + 1}/${this.files} ${count.toLocaleString("en")}${t(this.lang, "word.rowsProgress")}${this.name}`.slice(
        0,
        (process.stderr.columns ?? 100) - 1,
      ) + "\x1b[K",
    );
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
