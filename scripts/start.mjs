#!/usr/bin/env node
// `npm start`: sideload the add-in into Excel where Excel exists (Windows, Mac; Excel on the web
// with a document URL), through office-addin-debugging. Elsewhere it says what to do instead.
//   npm start                       desktop Excel (Windows or Mac)
//   npm start -- web --document URL Excel on the web, for a workbook on OneDrive/SharePoint
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const args = process.argv.slice(2);
const web = args[0] === "web";
const require = createRequire(import.meta.url);

if (!web && process.platform !== "win32" && process.platform !== "darwin") {
  console.error(
    `npm start 需要 Windows 或 Mac 上的桌面版 Excel;本机是 ${process.platform}。\n` +
      "可以:1) npm start -- web --document <OneDrive/SharePoint 上工作簿的网址> 在网页版 Excel 中旁加载;\n" +
      "      2) 把 manifest.xml 放到共享文件夹目录(见 README“在内网部署”);\n" +
      "      3) npm run web 打开离线网页版,无需 Excel。\n" +
      `Desktop Excel is needed (Windows or Mac); this machine is ${process.platform}. Use \`npm start -- web --document <url>\`, a shared-folder catalog, or \`npm run web\`.`,
  );
  process.exit(1);
}
try {
  require.resolve("office-addin-debugging/package.json");
} catch {
  console.error("office-addin-debugging 未安装(它是可选依赖)。请运行 npm install office-addin-debugging。\noffice-addin-debugging is not installed (it is optional): run `npm install office-addin-debugging`.");
  process.exit(1);
}
const build = spawnSync("npm", ["run", "build:dev"], { stdio: "inherit", shell: process.platform === "win32" });
if (build.status !== 0) process.exit(build.status ?? 1);
const run = spawnSync("npx", ["office-addin-debugging", "start", "manifest.xml", web ? "web" : "desktop", ...args.slice(web ? 1 : 0), "--dev-server", "npx webpack serve --mode development", "--dev-server-port", "3000"], {
  stdio: "inherit",
  shell: process.platform === "win32",
});
process.exit(run.status ?? 1);
