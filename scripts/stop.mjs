#!/usr/bin/env node
// `npm stop`: unregisters the sideloaded add-in (office-addin-debugging, when installed) and ends
// the dev server `npm start` started (its process id is in .infoscore-dev.pid).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { stopPlan } from "./devLoop.mjs";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const require = createRequire(import.meta.url);
let debugging;
try {
  const pkg = require.resolve("office-addin-debugging/package.json");
  const { bin } = require(pkg);
  debugging = join(pkg, "..", typeof bin === "string" ? bin : bin["office-addin-debugging"]);
} catch {
  debugging = undefined;
}
for (const step of stopPlan({ root, debugging, node: process.execPath }).steps) {
  if (step.pidFile) {
    if (!existsSync(step.pidFile)) continue;
    const pid = Number(readFileSync(step.pidFile, "utf8"));
    try {
      // The dev server runs in its own process group on macOS/Linux: end the group (webpack and its children).
      process.kill(process.platform === "win32" ? pid : -pid);
    } catch {
      /* already ended */
    }
    rmSync(step.pidFile, { force: true });
    console.log(`开发服务器已停止 / dev server stopped (pid ${pid})`);
  } else {
    spawnSync(step.cmd, step.args, { cwd: root, stdio: "inherit" });
  }
}
