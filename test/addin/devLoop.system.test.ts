// The developer loop's plan on each OS: programs run as `node <script>` without a shell (so the
// --dev-server command stays one argument on Windows), the web path on Linux, and a stop.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync, copyFileSync } from "node:fs";
import { join } from "node:path";
import { startPlan, stopPlan, PID_FILE } from "../../scripts/devLoop.mjs";
import { tempDir } from "../helpers/tmp.ts";

type Step = import("../../scripts/devLoop.mjs").Step;
const ROOT = "C:\\\\src\\\\infoscore";
const CLI = "C:\\\\src\\\\infoscore\\\\node_modules\\\\office-addin-debugging\\\\cli.js";

describe("npm start / npm stop", () => {
  it("on Windows passes the dev-server command as one argument to office-addin-debugging, without a shell", () => {
    const plan = startPlan({ platform: "win32", args: [], root: ROOT, debugging: CLI, node: "node.exe" });
    expect(plan.mode).toBe("desktop");
    const sideload = plan.steps.find((s: Step) => s.what === "sideload")! as Required<Step>;
    expect(sideload.cmd).toBe("node.exe");
    expect(sideload.args[0]).toBe(CLI);
    const i = sideload.args.indexOf("--dev-server");
    expect(sideload.args[i + 1]).toBe("npx webpack serve --mode development");
    expect(sideload.args).toContain("desktop");
  });

  it("on macOS sideloads into desktop Excel; with web --document into Excel on the web", () => {
    expect(startPlan({ platform: "darwin", args: [], root: "/r", debugging: "/r/cli.js" }).mode).toBe("desktop");
    const web = startPlan({
      platform: "linux",
      args: ["web", "--document", "https://x.sharepoint.com/a.xlsx"],
      root: "/r",
      debugging: "/r/cli.js",
    });
    expect(web.mode).toBe("web");
    expect(web.steps.at(-1)!.args).toEqual(expect.arrayContaining(["web", "--document", "https://x.sharepoint.com/a.xlsx"]));
  });

  it("on Linux takes the web path: the dev server, then 上传我的加载项 (and says when office-addin-debugging is missing)", () => {
    const plan = startPlan({ platform: "linux", args: [], root: "/r", debugging: undefined });
    expect(plan.mode).toBe("upload");
    expect(plan.steps.map((s: Step) => s.what)).toEqual(["build", "serve"]);
    expect(plan.steps[1].background).toBe(true);
    expect(plan.missingDebugging).toBe(false);
    expect(startPlan({ platform: "win32", args: [], root: "/r", debugging: undefined }).missingDebugging).toBe(true);
  });

  it("npm stop ends the dev server npm start recorded, and unloads the add-in when it can", () => {
    expect(stopPlan({ root: "/r", debugging: "/r/cli.js" }).steps.map((s: Step) => s.what)).toEqual(["unload", "kill"]);
    const root = tempDir("infoscore-stop-");
    mkdirSync(join(root, "scripts"));
    for (const f of ["stop.mjs", "devLoop.mjs"]) copyFileSync(join("scripts", f), join(root, "scripts", f));
    const sleeper = spawnSync(
      process.execPath,
      [
        "-e",
        "const c=require('child_process').spawn(process.execPath,['-e','setTimeout(()=>{},60000)'],{detached:true,stdio:'ignore'});c.unref();console.log(c.pid)",
      ],
      { encoding: "utf8" },
    );
    const pid = Number(sleeper.stdout.trim());
    writeFileSync(join(root, PID_FILE), String(pid));
    const r = spawnSync(process.execPath, [join(root, "scripts", "stop.mjs")], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`pid ${pid}`);
    const alive = () => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    for (let i = 0; i < 50 && alive(); i++) spawnSync("sleep", ["0.05"]);
    expect(alive()).toBe(false);
  });
});
