// The developer loop's plan, as data, so it can be tested on any OS: which programs `npm start`
// and `npm stop` run, with which arguments. Programs are always run as `node <script>` without a
// shell, so an argument with spaces (the --dev-server command) stays one argument on Windows too.
import { join } from "node:path";

export const PORT = 3000;
export const PID_FILE = ".infoscore-dev.pid";
const DEV_SERVER = "npx webpack serve --mode development";

/**
 * What `npm start [-- web|desktop] [--document URL]` does on `platform`:
 *  - Windows, macOS: sideload into desktop Excel through office-addin-debugging (which starts the dev server);
 *  - `web --document URL` anywhere: sideload into Excel on the web for that workbook;
 *  - otherwise (Linux without a document URL): the dev server, then 上传我的加载项 by hand in Excel on the web.
 */
export function startPlan({ platform, args, root, debugging, node = "node" }) {
  const web = args[0] === "web";
  const rest = args.slice(args[0] === "web" || args[0] === "desktop" ? 1 : 0);
  const document = rest.includes("--document");
  const desktop = !web && (platform === "win32" || platform === "darwin");
  const steps = [{ what: "build", cmd: node, args: [join(root, "node_modules/webpack/bin/webpack.js"), "--mode", "development"] }];
  if ((desktop || (web && document)) && debugging) {
    steps.push({
      what: "sideload",
      cmd: node,
      args: [
        debugging,
        "start",
        join(root, "manifest.xml"),
        desktop ? "desktop" : "web",
        ...rest,
        "--dev-server",
        DEV_SERVER,
        "--dev-server-port",
        String(PORT),
      ],
    });
    return { mode: desktop ? "desktop" : "web", steps };
  }
  steps.push({
    what: "serve",
    cmd: node,
    args: [join(root, "node_modules/webpack/bin/webpack.js"), "serve", "--mode", "development"],
    background: true,
  });
  return { mode: "upload", steps, missingDebugging: (desktop || web) && !debugging };
}

/** What `npm stop` does: unregister the sideloaded add-in, then end the dev server we started. */
export function stopPlan({ root, debugging, node = "node" }) {
  const steps = [];
  if (debugging) steps.push({ what: "unload", cmd: node, args: [debugging, "stop", join(root, "manifest.xml")] });
  steps.push({ what: "kill", pidFile: join(root, PID_FILE) });
  return { steps };
}
