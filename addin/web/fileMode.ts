// The page outside Excel: choose or drop workbooks, run, see issues and a summary, download the
// result workbooks. Files are read and written in this browser only.
import {
  FILE_NAMES, InfoScoreError, localStamp, overridesFromJson, renderFailure, t, type Issue, type ResultsJson, type RuleOverride,
} from "../../core/index.ts";
import { chosenAsOf, chosenPeriod, currentLang, finishedStatus, showResults, status } from "../ui/pane.ts";
import type { WorkMessage, WorkRequest } from "./worker.ts";

/**
 * The worker, or — where a page opened from a local folder (file://) may not start one — an
 * in-page stand-in with the same messages, so the page still works, only less smoothly.
 */
function startWorker(): Worker {
  try {
    return new Worker(new URL("./worker.ts", import.meta.url));
  } catch {
    const stand: Partial<Worker> = {
      terminate: () => {},
      postMessage: async (request: WorkRequest) => {
        const [{ processWorkbook }, { browserCodec }] = await Promise.all([import("./process.ts"), import("./browserCodec.ts")]);
        const post = (data: WorkMessage) => stand.onmessage?.call(stand as Worker, { data } as MessageEvent<WorkMessage>);
        for (const f of request.files) {
          try {
            const r = await processWorkbook(f.name, f.bytes, request, browserCodec);
            post({ type: "done", file: f.name, output: r.output, json: r.json, issues: r.issues });
          } catch (e) {
            post({ type: "failed", file: f.name, message: renderFailure(e, request.lang) });
          }
        }
        post({ type: "finished" });
      },
    };
    return stand as Worker;
  }
}

export function fileMode(): void {
  document.getElementById("outside")!.hidden = false;
  document.getElementById("files")!.hidden = false;
  document.getElementById("file-buttons")!.hidden = false;
  document.getElementById("advanced")!.hidden = false;
  const input = document.getElementById("file-input") as HTMLInputElement;
  const drop = document.getElementById("drop")!;
  const list = document.getElementById("file-list")!;
  const run = document.getElementById("run-files") as HTMLButtonElement;
  let files: File[] = [];
  const choose = (chosen: FileList | null) => {
    files = [...(chosen ?? [])].filter((f) => /\.xls[xm]$/i.test(f.name));
    list.replaceChildren(...files.map((f) => Object.assign(document.createElement("li"), { textContent: `${f.name} (${(f.size / 1024).toFixed(0)} KB)` })));
    run.disabled = files.length === 0;
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
  run.addEventListener("click", async () => {
    const period = chosenPeriod();
    if (!period || !files.length) return;
    const lang = currentLang();
    run.disabled = true;
    status(t(lang, "ui.working"), true);
    const downloads = document.getElementById("downloads")!;
    downloads.replaceChildren();
    const worker = startWorker();
    const allIssues: Issue[] = [];
    const rulesFile = (document.getElementById("rules-input") as HTMLInputElement).files?.[0];
    let overrides: RuleOverride[] = [];
    if (rulesFile) {
      // A rules file that is not a JSON object stops the run, as in the batch tool: a failure, not an issue.
      try {
        overrides = await rulesFromFile(rulesFile);
      } catch (e) {
        worker.terminate();
        run.disabled = false;
        status(t(lang, "ui.failed", { why: renderFailure(e, lang) }));
        document.body.dataset.state = "finished";
        return;
      }
    }
    const request: WorkRequest = {
      files: await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) }))),
      period: period.label,
      asOf: chosenAsOf(),
      lang,
      generatedAt: localStamp(new Date()),
      overrides,
    };
    let lastJson: ResultsJson | undefined;
    worker.onmessage = (event: MessageEvent<WorkMessage>) => {
      const m = event.data;
      if (m.type === "progress") status(`${m.file}: ${t(lang, "ui.rowsRead", { n: m.rows.toLocaleString() })}`, true);
      else if (m.type === "done") {
        const name = m.file.replace(/\.(xls[xm])$/i, `-${FILE_NAMES.resultInfix}-${period.label.replace("..", FILE_NAMES.rangeJoin)}.$1`);
        const url = URL.createObjectURL(new Blob([m.output as BlobPart], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }));
        // A large button right under the status line: in view as soon as the run ends.
        const a = Object.assign(document.createElement("a"), { href: url, download: name, className: "download-button" });
        const label = Object.assign(document.createElement("strong"), { textContent: t(lang, "ui.download") });
        label.dataset.t = "download"; // follows the language switch
        a.append(label, Object.assign(document.createElement("span"), { textContent: name }));
        a.dataset.file = m.file;
        downloads.appendChild(a);
        const json = m.json as ResultsJson;
        lastJson = json;
        (window as unknown as { infoscoreResults?: Record<string, ResultsJson> }).infoscoreResults = {
          ...(window as unknown as { infoscoreResults?: Record<string, ResultsJson> }).infoscoreResults,
          [m.file]: json,
        };
        allIssues.push(...(m.issues as Issue[]).map((i) => ({ ...i, message: files.length > 1 ? `${m.file} ${i.message}` : i.message })));
      } else if (m.type === "failed") {
        // A file that could not be read: its failure (rendered by the worker) on a line of its own.
        const text = t(lang, "ui.fileFailed", { file: m.file, why: m.message });
        const line = Object.assign(document.createElement("p"), { className: "file-failure", textContent: text });
        line.setAttribute("role", "alert");
        downloads.appendChild(line);
      } else {
        worker.terminate();
        run.disabled = false;
        status(finishedStatus("doneFiles", downloads.querySelectorAll("a").length, allIssues));
        if (lastJson) showResults(lastJson, allIssues);
        else showResults({ period: { kind: "month", start: "", end: "" }, rulesVersion: "", units: [], workers: [], staff: [], issues: [] } as unknown as ResultsJson, allIssues);
        // Bring the status and the download button into view, scrolling no more than needed.
        (downloads.lastElementChild ?? document.getElementById("status")!).scrollIntoView({ block: "nearest", behavior: "instant" as ScrollBehavior });
        document.body.dataset.state = "finished";
      }
    };
    document.body.dataset.state = "running";
    worker.postMessage(request, request.files.map((f) => f.bytes.buffer));
  });
}

/** The overrides of a rules file the user chose; a file that is not one JSON object is a failure. */
async function rulesFromFile(file: File): Promise<RuleOverride[]> {
  let json: unknown;
  try {
    json = JSON.parse((await file.text()).replace(/^\uFEFF/, ""));
  } catch {
    throw new InfoScoreError("rulesFileNotJson", { path: file.name, where: "" });
  }
  if (!json || typeof json !== "object" || Array.isArray(json)) throw new InfoScoreError("rulesFileNotObject", { path: file.name });
  return overridesFromJson(json, file.name);
}
