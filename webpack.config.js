// Builds the add-in (task pane, ribbon commands) and the offline page from one bundle.
//   npm run build                  production; ADDIN_URL=https://intranet.host/infoscore/ sets the manifest's URLs
//   npm run build:dev              development
import { fileURLToPath } from "node:url";
import path from "node:path";
import HtmlWebpackPlugin from "html-webpack-plugin";
import CopyWebpackPlugin from "copy-webpack-plugin";

const root = path.dirname(fileURLToPath(import.meta.url));
const DEV_URL = "https://localhost:3000/";
const OFFICE_DIST = "node_modules/@microsoft/office-js/dist";
// office.js loads these from its own folder: the loader, the host map, the Excel host files and
// the Chinese and English strings. Self-hosted, so intranets without internet access work.
const OFFICE_FILES = ["office.js", "o15apptofilemappingtable.js", "excel-win32-16.01.js", "excel-web-16.00.js", "excel-mac-16.00.js", "en-us", "zh-cn", "telemetry"];

export default (env, argv) => {
  const production = argv.mode === "production";
  const url = (process.env.ADDIN_URL || DEV_URL).replace(/\/?$/, "/");
  if (!url.startsWith("https://")) throw new Error(`ADDIN_URL must be https (Office requires it): ${url}`);
  return {
    context: root,
    entry: {
      taskpane: "./addin/taskpane/taskpane.ts",
      commands: "./addin/commands/commands.ts",
      message: "./addin/commands/message.ts",
    },
    output: { path: path.join(root, "dist"), filename: "[name].js", clean: true },
    devtool: production ? false : "source-map",
    resolve: { extensions: [".ts", ".js"] },
    module: { rules: [{ test: /\.ts$/, loader: "ts-loader", options: { transpileOnly: true }, exclude: /node_modules/ }] },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./addin/taskpane/taskpane.html", chunks: ["taskpane"], officeJs: true, officeCsp: " 'unsafe-eval'" }),
      new HtmlWebpackPlugin({ filename: "index.html", template: "./addin/taskpane/taskpane.html", chunks: ["taskpane"], officeJs: false, officeCsp: "" }),
      new HtmlWebpackPlugin({ filename: "commands.html", template: "./addin/commands/commands.html", chunks: ["commands"], inject: "body" }),
      new HtmlWebpackPlugin({ filename: "message.html", template: "./addin/commands/message.html", chunks: [], inject: false }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "addin/taskpane/taskpane.css", to: "taskpane.css" },
          { from: "addin/assets", to: "assets", noErrorOnMissing: true },
          // Already minified: info.minimized keeps Terser off them (it would take a minute).
          ...OFFICE_FILES.map((f) => ({ from: `${OFFICE_DIST}/${f}`, to: `office/${f}`, info: { minimized: true }, globOptions: { ignore: ["**/*.debug.js"] } })),
          // Page URLs get the full base; AppDomain gets its origin.
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => content.toString().replaceAll(DEV_URL, url).replaceAll(new URL(DEV_URL).origin, new URL(url).origin) },
        ],
      }),
    ],
    devServer: {
      static: path.join(root, "dist"),
      port: 3000,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: "https",
    },
  };
};
