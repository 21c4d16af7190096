// The page outside Excel: choose or drop workbooks, run, see issues and a summary, download the
// result workbooks. Files are read and written in this browser only. A file that cannot be
// processed is listed apart from the issues of the workbooks, with the reason in the page's
// language; a rules file that cannot be used stops the run, as in the batch tool.
import {
  HEADLINE_CODES,
  InfoScoreError,
  isWorkbookFileName,
  localStamp,
  overridesFromJson,
  renderFailure,
  resultDocumentsName,
  resultFileName,
  t,
  type Issue,
  type Lang,
  type ResultsJson,
  type RuleOverride,
  type TextKey,
} from "../../core/index.ts";
import { chosenAsOf, chosenPeriod, currentLang, finishedStatus, onLanguageChange, showResults, status } from "../ui/pane.ts";
import { saveDownload, ZIP_TYPE } from "../ui/download.ts";
import { typedWorker, type WorkerLike, type WorkMessage, type WorkRequest } from "./messages.ts";

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

declare global {
  interface Window {
    /** Each finished workbook's results of the run on screen (read by the page's tests). */
    infoscoreResults?: Record<string, ResultsJson>;
  }
}

/**
 * The worker, or — where a page opened from a local folder (file://) may not start one — an
 * in-page stand-in running the same loop, so the page still works, only less smoothly.
 */
function startWorker(): WorkerLike {
  try {
    return typedWorker(new Worker(new URL("./worker.ts", import.meta.url)));
  } catch {
    let handle: (m: WorkMessage) => void = () => undefined;
    let stopped = false;
    return {
      start: (request) =>
        void (async () => {
          const [{ runWork }, { browserCodec }] = await Promise.all([import("./workLoop.ts"), import("./browserCodec.ts")]);
          await runWork(request, browserCodec, (m) => stopped || handle(m));
        })(),
      onMessage: (h) => (handle = h),
      stop: () => (stopped = true),
    };
  }
}

/** The file chooser and the drop zone; `onChange` gets the workbooks chosen. */
function filePicker(onChange: (files: File[]) => void): void {
  const input = $<HTMLInputElement>("file-input");
  const drop = $("drop");
  const list = $("file-list");
  const choose = (chosen: FileList | null) => {
    const files = [...(chosen ?? [])].filter((f) => isWorkbookFileName(f.name));
    list.replaceChildren(
      ...files.map((f) => Object.assign(document.createElement("li"), { textContent: `${f.name} (${(f.size / 1024).toFixed(0)} KB)` })),
    );
    onChange(files);
  };
  input.addEventListener("change", () => choose(input.files));
  drop.addEventListener("dragover", (e) => {
    e.preventDefault();
    drop.classList.add("over");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => {
    e.preventDefault();
    drop.classList.remove("over");
    choose(e.dataTransfer?.files ?? null);
  });
}

/** The overrides of the rules file chosen under 高级选项; a file that is not one JSON object is a failure. */
async function rulesFromFile(): Promise<RuleOverride[]> {
  const file = $<HTMLInputElement>("rules-input").files?.[0];
  if (!file) return [];
  let json: unknown;
  try {
    json = JSON.parse((await file.text()).replace(/^\uFEFF/, ""));
  } catch {
    throw new InfoScoreError("rulesFileNotJson", { path: file.name, where: "" });
  }
  if (!json || typeof json !== "object" || Array.isArray(json)) throw new InfoScoreError("rulesFileNotObject", { path: file.name });
  return overridesFromJson(json, file.name);
}

/** A large download button for one result workbook, right under the status line. */
function downloadButton(lang: Lang, name: string, output: Uint8Array, file: string): HTMLAnchorElement {
  const url = URL.createObjectURL(
    new Blob([output as BlobPart], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }),
  );
  const a = Object.assign(document.createElement("a"), { href: url, download: name, className: "download-button" });
  const label = Object.assign(document.createElement("strong"), { textContent: t(lang, "ui.download") });
  label.dataset.t = "download"; // follows the language switch
  a.append(label, Object.assign(document.createElement("span"), { textContent: name }));
  a.dataset.file = file;
  return a;
}

/** The run in progress: a new run cancels it (its worker stops, its late messages are ignored). */
let current: { run: number; worker?: WorkerLike } | undefined;
/** Numbers every request to a worker, so each message is matched to its own. */
let runs = 0;

/**
 * The 下载公文(Word) button of one workbook: on click the workbook goes through the job again,
 * this time with its Word files (the docx library is loaded then, not before), and the .zip of
 * them is downloaded.
 */
function docxButton(lang: Lang, file: File, request: Omit<WorkRequest, "files" | "run">, periodLabel: string): HTMLButtonElement {
  const button = Object.assign(document.createElement("button"), { type: "button", className: "download-docx" });
  button.dataset.t = "downloadDocx";
  button.dataset.file = file.name;
  button.textContent = t(lang, "ui.downloadDocx");
  button.addEventListener("click", async () => {
    button.disabled = true;
    status(t(currentLang(), "ui.makingDocx"), true);
    const bytes = new Uint8Array(await file.arrayBuffer());
    const worker = startWorker();
    const run = ++runs; // its own run: a calculation started meanwhile does not stop it
    worker.onMessage((m) => {
      if (m.run !== run) return;
      if (m.type === "done" && m.docx) {
        const name = `${resultDocumentsName(file.name, periodLabel)}.zip`;
        saveDownload(m.docx, name, ZIP_TYPE);
        status(() => t(currentLang(), "ui.docxDone", { name }));
      } else if (m.type === "failed") status(() => t(currentLang(), "ui.failed", { why: m.message[currentLang()] }));
      else if (m.type === "finished") {
        worker.stop();
        button.disabled = false;
      }
    });
    worker.start({ ...request, run, files: [{ name: file.name, bytes }], docx: true } satisfies WorkRequest, [bytes.buffer]);
  });
  return button;
}

type Bilingual = Record<Lang, string>;

/** What one run collects from the worker, and how it is shown when the run ends. */
class RunView {
  readonly issues: Issue[] = [];
  readonly failures: Bilingual[] = [];
  lastJson?: ResultsJson;
  private readonly downloads = $("downloads");
  private readonly failureList = $("failures");

  constructor(
    private readonly lang: Lang,
    private readonly periodLabel: string,
    private readonly many: boolean,
    live: () => boolean,
    /** The workbooks chosen and the run's options, for the 下载公文 buttons. */
    private readonly chosen: { files: File[]; options: Omit<WorkRequest, "files" | "run"> },
  ) {
    this.downloads.replaceChildren();
    window.infoscoreResults = {};
    this.showFailures();
    onLanguageChange(() => live() && this.showFailures());
  }

  private showFailures(): void {
    const lang = currentLang();
    this.failureList.replaceChildren(
      ...this.failures.map((f) => Object.assign(document.createElement("li"), { textContent: `✖ ${f[lang]}` })),
    );
    this.failureList.hidden = this.failures.length === 0;
  }

  done(m: Extract<WorkMessage, { type: "done" }>): void {
    this.downloads.appendChild(downloadButton(this.lang, resultFileName(m.file, this.periodLabel), m.output, m.file));
    const file = this.chosen.files.find((f) => f.name === m.file);
    if (file) this.downloads.appendChild(docxButton(this.lang, file, this.chosen.options, this.periodLabel));
    this.lastJson = m.json;
    window.infoscoreResults = { ...window.infoscoreResults, [m.file]: m.json };
    this.issues.push(...m.issues.map((i) => ({ ...i, message: this.many ? `${m.file} ${i.message}` : i.message })));
  }

  failed(file: string, why: Bilingual): void {
    this.failures.push({ zh: t("zh", "ui.fileFailed", { file, why: why.zh }), en: t("en", "ui.fileFailed", { file, why: why.en }) });
    this.showFailures();
  }

  finish(): void {
    const done = finishedStatus("doneFiles", this.downloads.querySelectorAll("a.download-button").length, this.issues);
    const failed = this.failures.length;
    // The few issues that change how every result reads (a period the log does not reach …) go beside the status.
    const headlines = this.issues.filter((i) => HEADLINE_CODES.has(i.code));
    const headline = () =>
      headlines.map((i) => `\n⚠ ${t(currentLang(), `issue.${i.code}` as TextKey, { sheet: i.sheet, ...i.params })}`).join("");
    status(() => (failed ? `${done()}${t(currentLang(), "ui.filesFailed", { n: failed })}` : done()) + headline());
    const empty = {
      period: { kind: "month", start: "", end: "" },
      rulesVersion: "",
      units: [],
      workers: [],
      staff: [],
      issues: [],
    } as unknown as ResultsJson;
    showResults(this.lastJson ?? empty, this.issues);
    // Bring the status and the download button into view, scrolling no more than needed.
    (this.downloads.lastElementChild ?? $("status")).scrollIntoView({ block: "nearest", behavior: "instant" as ScrollBehavior });
    document.body.dataset.state = "finished";
  }
}

async function runFiles(files: File[], run: HTMLButtonElement): Promise<void> {
  const period = chosenPeriod();
  if (!period || !files.length) return;
  current?.worker?.stop();
  const mine: { run: number; worker?: WorkerLike } = { run: ++runs };
  current = mine;
  const live = () => current === mine;
  const lang = currentLang();
  let overrides: RuleOverride[];
  try {
    overrides = await rulesFromFile();
  } catch (e) {
    // A rules file that cannot be used stops the run, as in the batch tool: a failure, not an issue.
    status(() => t(currentLang(), "ui.failed", { why: renderFailure(e, currentLang()) }));
    document.body.dataset.state = "finished";
    return;
  }
  // Focus stays on the page's status, not the body, while the button is disabled.
  $("status").focus();
  run.disabled = true;
  status(t(lang, "ui.working"), true);
  // The clock, read once for this run (D7): the default as-of day and the audit footers' time.
  const now = new Date();
  const options = { period: period.label, asOf: chosenAsOf(now), lang, generatedAt: localStamp(now), overrides };
  const request: WorkRequest = {
    run: mine.run,
    files: await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) }))),
    ...options,
  };
  if (!live()) return; // another run started while the files were read
  const view = new RunView(lang, period.label, files.length > 1, live, { files, options });
  const worker = (mine.worker = startWorker());
  worker.onMessage((m) => {
    if (!live() || m.run !== mine.run) return;
    if (m.type === "progress") status(t(lang, "ui.fileRowsRead", { file: m.file, n: m.rows.toLocaleString() }), true);
    else if (m.type === "done") view.done(m);
    else if (m.type === "failed") view.failed(m.file, m.message);
    else {
      worker.stop();
      run.disabled = false;
      view.finish();
    }
  });
  document.body.dataset.state = "running";
  worker.start(
    request,
    request.files.map((f) => f.bytes.buffer),
  );
}

export function fileMode(): void {
  for (const id of ["outside", "files", "file-buttons", "advanced"]) $(id).hidden = false;
  const run = $<HTMLButtonElement>("run-files");
  let files: File[] = [];
  filePicker((chosen) => {
    files = chosen;
    run.disabled = files.length === 0;
  });
  run.addEventListener("click", () => runFiles(files, run));
}
