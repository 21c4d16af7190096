#!/usr/bin/env node
// `npm start`: trusted localhost certificates (office-addin-dev-certs), a development build and
// the dev server on https://localhost:3000, then the add-in sideloaded where that can be done
// from here (see scripts/devLoop.mjs):
//   npm start                        Windows/macOS: desktop Excel. Linux: dev server + 上传我的加载项 in Excel on the web
//   npm start -- web --document URL  Excel on the web, for a workbook on OneDrive/SharePoint
// `npm stop` ends it.
import { spawn, spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { PID_FILE, PORT, startPlan } from "./devLoop.mjs";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const require = createRequire(import.meta.url);
/** office-addin-debugging's command-line script, run with node (no shell, no npx). */
function debuggingCli() {
  try {
    const pkg = require.resolve("office-addin-debugging/package.json");
    const { bin } = require(pkg);
    return join(pkg, "..", typeof bin === "string" ? bin : bin["office-addin-debugging"]);
  } catch {
    return undefined;
  }
}

const plan = startPlan({
  platform: process.platform,
  args: process.argv.slice(2),
  root,
  debugging: debuggingCli(),
  node: process.execPath,
});
if (plan.missingDebugging) {
  console.warn(
    "office-addin-debugging 未安装:它是可选依赖,需要编译 keytar,npm 在无法编译时会跳过它。可运行 npm install office-addin-debugging 重试;" +
      "现在改为启动开发服务器,请按 README 用“上传我的加载项”加载 manifest.xml。\n" +
      "office-addin-debugging is not installed (optional; npm skips it when keytar cannot be built). Starting the dev server; upload manifest.xml by hand (README).",
  );
}

// Office accepts only a trusted certificate for https://localhost: install the dev CA once.
try {
  const certs = await import("office-addin-dev-certs");
  await certs.ensureCertificatesAreInstalled();
} catch (e) {
  console.warn(`未能安装本机开发证书 / could not install the localhost certificate: ${e.message}\n  npx office-addin-dev-certs install`);
}

for (const step of plan.steps) {
  if (step.background) {
    const child = spawn(step.cmd, step.args, { cwd: root, stdio: "inherit", detached: process.platform !== "win32" });
    writeFileSync(join(root, PID_FILE), String(child.pid));
    console.log(
      `\n开发服务器: https://localhost:${PORT}/taskpane.html(npm stop 停止)。\n` +
        "在网页版 Excel 中:插入 → 加载项(Office 加载项)→ 上传我的加载项 → 选择本项目的 manifest.xml。\n" +
        `Dev server on https://localhost:${PORT}/ (npm stop to end it). In Excel on the web: Insert → Add-ins → Upload My Add-in → manifest.xml.`,
    );
    child.on("exit", (code) => process.exit(code ?? 0));
  } else {
    const r = spawnSync(step.cmd, step.args, { cwd: root, stdio: "inherit" });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
}
