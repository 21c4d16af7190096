// The page outside Excel: choose or drop workbooks, run, see issues and a summary, download the
// result workbooks. Files are read and written in this browser only.
import { isWorkbookFileName, localStamp, overridesFromJson, resultFileName, type Issue, type ResultsJson, type RuleOverride } from "../../core/index.ts";
import { chosenAsOf, chosenPeriod, currentLang, finishedStatus, showResults, status } from "../ui/pane.ts";
import { t } from "../ui/text.ts";
import type { WorkMessage, WorkRequest } from "./workLoop.ts";

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
        const [{ runWork }, { browserCodec }] = await Promise.all([import("./workLoop.ts"), import("./browserCodec.ts")]);
        await runWork(request, browserCodec, (data) => stand.onmessage?.call(stand as Worker, { data } as MessageEvent<WorkMessage>));
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
    files = [...(chosen ?? [])].filter((f) => isWorkbookFileName(f.name));
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
    status(t(lang, "working"), true);
    const downloads = document.getElementById("downloads")!;
    downloads.replaceChildren();
    const worker = startWorker();
    const allIssues: Issue[] = [];
    const rulesFile = (document.getElementById("rules-input") as HTMLInputElement).files?.[0];
    let overrides: RuleOverride[] = [];
    if (rulesFile) {
      try {
        overrides = overridesFromJson(JSON.parse(await rulesFile.text()), rulesFile.name);
      } catch (e) {
        allIssues.push({ severity: "error", sheet: rulesFile.name, cell: "", rule: "RULES", code: "badRuleValue", params: {}, message: `${rulesFile.name}: ${(e as Error).message}` });
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
      if (m.type === "progress") status(`${m.file}: ${t(lang, "rowsRead", { n: m.rows.toLocaleString() })}`, true);
      else if (m.type === "done") {
        const name = resultFileName(m.file, period.label);
        const url = URL.createObjectURL(new Blob([m.output as BlobPart], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }));
        // A large button right under the status line: in view as soon as the run ends.
        const a = Object.assign(document.createElement("a"), { href: url, download: name, className: "download-button" });
        const label = Object.assign(document.createElement("strong"), { textContent: t(lang, "download") });
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
        allIssues.push({ severity: "error", sheet: "", cell: "", rule: "INPUT", code: "sheetMissing", params: {}, message: `${m.file}: ${m.message}` });
      } else {
        worker.terminate();
        run.disabled = false;
        status(finishedStatus("doneFiles", downloads.children.length, allIssues));
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
