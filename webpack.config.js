// Builds the add-in (task pane, ribbon commands) and the offline page from one bundle.
//   npm run build                  production; ADDIN_URL=https://intranet.host/infoscore/ sets the manifest's URLs
//   npm run build:dev              development
import { fileURLToPath } from "node:url";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import HtmlWebpackPlugin from "html-webpack-plugin";
import CopyWebpackPlugin from "copy-webpack-plugin";

const root = path.dirname(fileURLToPath(import.meta.url));
const DEV_URL = "https://localhost:3000/";
const OFFICE_DIST = "node_modules/@microsoft/office-js/dist";
// office.js loads these from its own folder: the loader, the host map, the Excel host files and
// the Chinese and English strings. Self-hosted, so intranets without internet access work.
// Versioned folder: after an upgrade Office's cache cannot serve an old office.js under the same URL.
const OFFICE_VERSION = JSON.parse(
  readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), "node_modules/@microsoft/office-js/package.json"), "utf8"),
).version;
const OFFICE_JS = `office-${OFFICE_VERSION}/office.js`;
const OFFICE_FILES = [
  "office.js",
  "o15apptofilemappingtable.js",
  "excel-win32-16.01.js",
  "excel-web-16.00.js",
  "excel-mac-16.00.js",
  "en-us",
  "zh-cn",
  "telemetry",
];

/** One policy for every page: everything from the add-in's own origin, no eval of any kind. */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self' blob: data:; " +
  "worker-src 'self' blob:; frame-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'";

/** The add-in's version as Office wants it (four parts), from package.json: one place to bump. */
const VERSION = `${JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).version}.0`;

/**
 * The manifest's Id for a deployment: the source manifest's (development) Id on localhost; for
 * another URL a stable GUID of its own, so a developer's sideloaded copy and the intranet's
 * catalog copy are two add-ins to Office, not one overwriting the other.
 */
function manifestId(url, devId) {
  if (url === DEV_URL) return devId;
  const h = createHash("sha256").update(`infoscore:${url}`).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The built manifest: the deployment's URLs, Id and the package's version. */
function deployedManifest(content, url) {
  const text = content.toString();
  const devId = /<Id>([^<]+)<\/Id>/.exec(text)[1];
  return text
    .replaceAll(DEV_URL, url)
    .replaceAll(new URL(DEV_URL).origin, new URL(url).origin)
    .replace(/<Id>[^<]+<\/Id>/, `<Id>${manifestId(url, devId)}</Id>`)
    .replace(/<Version>[^<]+<\/Version>/, `<Version>${VERSION}</Version>`);
}

const hashOf = (file) =>
  createHash("sha256")
    .update(readFileSync(path.join(root, file)))
    .digest("hex")
    .slice(0, 8);

/** The dev server's https options: the localhost certificate office-addin-dev-certs installs and trusts. */
async function devHttps() {
  try {
    const { getHttpsServerOptions } = await import("office-addin-dev-certs");
    return { type: "https", options: await getHttpsServerOptions() };
  } catch (e) {
    console.warn(
      `office-addin-dev-certs unavailable (${e.message}): a self-signed certificate Office will refuse. Run npx office-addin-dev-certs install.`,
    );
    return "https";
  }
}

export default async (env, argv) => {
  const production = argv.mode === "production";
  const serving = Boolean(env?.WEBPACK_SERVE);
  const css = `taskpane.${hashOf("addin/taskpane/taskpane.css")}.css`;
  const page = (filename, template, chunks, extra = {}) =>
    new HtmlWebpackPlugin({
      filename,
      template,
      chunks,
      inject: "body",
      scriptLoading: "blocking",
      csp: CSP,
      css,
      officeJs: OFFICE_JS,
      ...extra,
    });
  const url = (process.env.ADDIN_URL || DEV_URL).replace(/\/?$/, "/");
  if (!url.startsWith("https://")) throw new Error(`ADDIN_URL must be https (Office requires it): ${url}`);
  return {
    context: root,
    entry: {
      taskpane: "./addin/taskpane/taskpane.ts",
      commands: "./addin/commands/commands.ts",
      message: "./addin/commands/message.ts",
    },
    // Content-hashed names: an upgrade never meets a stale chunk in Office's cache.
    output: {
      path: path.join(root, "dist"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    devtool: production ? false : "source-map",
    resolve: { extensions: [".ts", ".js"] },
    module: { rules: [{ test: /\.ts$/, loader: "ts-loader", options: { transpileOnly: true }, exclude: /node_modules/ }] },
    performance: { hints: false },
    // The pane and the ribbon commands share the core: one chunk of it, cached once.
    optimization: { splitChunks: { chunks: "all" } },
    plugins: [
      page("taskpane.html", "./addin/taskpane/taskpane.html", ["taskpane"]),
      page("index.html", "./addin/taskpane/taskpane.html", ["taskpane"], { officeJs: "" }),
      page("commands.html", "./addin/commands/commands.html", ["commands"]),
      page("message.html", "./addin/commands/message.html", ["message"]),
      new CopyWebpackPlugin({
        patterns: [
          { from: "addin/taskpane/taskpane.css", to: css },
          { from: "addin/assets", to: "assets", noErrorOnMissing: true },
          // Already minified: info.minimized keeps Terser off them (it would take a minute).
          ...OFFICE_FILES.map((f) => ({
            from: `${OFFICE_DIST}/${f}`,
            to: `office-${OFFICE_VERSION}/${f}`,
            info: { minimized: true },
            globOptions: { ignore: ["**/*.debug.js"] },
          })),
          // Page URLs get the full base; AppDomain gets its origin; Id and Version as above.
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => deployedManifest(content, url) },
        ],
      }),
    ],
    devServer: {
      static: path.join(root, "dist"),
      // This machine only, and no cross-origin access: Office loads the pages from this origin itself.
      host: "localhost",
      port: 3000,
      server: serving ? await devHttps() : "https",
    },
  };
};
