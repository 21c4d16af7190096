// Offline checks of manifest.xml: Microsoft's validator needs its online service, so the
// structural rules are checked here, plus Microsoft's XSDs through libxml2 compiled to
// WebAssembly (scripts/validate.mjs): no system xmllint is needed.
import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "../helpers/tmp.ts";
import { COMMANDS } from "../../addin/commands/names.ts";

const manifest = readFileSync("manifest.xml", "utf8");
const children = (xml: string, parent: string): string[] => {
  const start = xml.indexOf(`<${parent}`);
  const open = xml.indexOf(">", start) + 1;
  const end = xml.indexOf(`</${parent}>`, open);
  const inner = xml.slice(open, end);
  const names: string[] = [];
  let depth = 0;
  for (const m of inner.matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>/g)) {
    if (m[1]) depth--;
    else {
      if (depth === 0) names.push(m[2]);
      if (!m[3]) depth++;
    }
  }
  return names.filter((n) => !n.startsWith("!"));
};

describe("manifest.xml", () => {
  it("is well-formed and valid (libxml2 in WebAssembly, in process)", async () => {
    const { validate } = await import("../../scripts/validate.mjs");
    expect(await validate(["manifest.xml"])).toBe(0);
  });

  it("has the OfficeApp elements in the order the schema's sequence requires", () => {
    const order = [
      "Id",
      "AlternateId",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "VersionOverrides",
    ];
    const seen = children(manifest.replace(/<!--[\s\S]*?-->/g, ""), "OfficeApp");
    expect(
      seen.every((n) => order.includes(n)),
      seen.join(","),
    ).toBe(true);
    expect(seen).toEqual([...seen].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    for (const required of [
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "DefaultSettings",
      "Permissions",
    ])
      expect(seen).toContain(required);
    expect(children(manifest, "DesktopFormFactor")).toEqual(["GetStarted", "FunctionFile", "ExtensionPoint"]);
    expect(children(manifest, "Resources")).toEqual(["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"]);
    // In CustomTab, groups come before the tab label.
    expect(children(manifest, "CustomTab")).toEqual(["Group", "Group", "Label"]);
  });

  it("defines every resid it uses, within the 32-character limit, and ids within 125", () => {
    const defined = new Set([...manifest.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]));
    const used = [...manifest.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(10);
    for (const id of used) expect(defined, id).toContain(id);
    for (const id of defined) expect(id.length, id).toBeLessThanOrEqual(32);
    for (const m of manifest.matchAll(/<(?:Control|Group|CustomTab)[^>]* id="([^"]+)"/g)) expect(m[1].length).toBeLessThanOrEqual(125);
    const shortStrings = manifest.slice(manifest.indexOf("<bt:ShortStrings>"), manifest.indexOf("</bt:ShortStrings>"));
    for (const m of shortStrings.matchAll(/(?:DefaultValue|Value)="([^"]*)"/g)) expect(m[1].length).toBeLessThanOrEqual(125);
    expect(manifest).toMatch(/<Id>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}<\/Id>/);
  });

  it("uses https for every URL", () => {
    const urls = [...manifest.matchAll(/(?:DefaultValue|Value)="(\w+:\/\/[^"]*)"/g)].map((m) => m[1]);
    const domains = [...manifest.matchAll(/<AppDomain>([^<]+)<\/AppDomain>/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const u of [...urls, ...domains]) expect(u.startsWith("https://"), u).toBe(true);
  });

  it("has the ribbon tab 信息考核 with its six buttons, Chinese with English overrides", () => {
    const label = (resid: string) =>
      new RegExp(`<bt:String id="${resid.replace(".", "\\.")}" DefaultValue="([^"]+)">\\s*<bt:Override Locale="en-US" Value="([^"]+)"`)
        .exec(manifest)!
        .slice(1);
    expect(label("Tab.Label")).toEqual(["信息考核", "InfoScore"]);
    const buttons = [...manifest.matchAll(/<Control xsi:type="Button" id="[^"]+">\s*<Label resid="([^"]+)"/g)].map((m) => label(m[1])[0]);
    expect(buttons).toEqual(["插入模板", "月度通报", "期间汇总", "个人考核", "全部重算", "打开面板"]);
    expect(manifest).toContain('<Action xsi:type="ShowTaskpane">');
  });

  it("gives each of the six buttons its own icon, a PNG of the size it is named for (16, 32, 80), shipped in addin/assets", () => {
    const images = new Map(
      [...manifest.matchAll(/<bt:Image id="([^"]+)" DefaultValue="[^"]*\/assets\/([^"/]+)"/g)].map((m) => [m[1], m[2]]),
    );
    const controls = [...manifest.matchAll(/<Control xsi:type="Button" id="([^"]+)">([\s\S]*?)<\/Control>/g)];
    expect(controls).toHaveLength(6);
    const bytesOf = new Map<string, string>();
    for (const [, id, body] of controls) {
      const sizes = [...body.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"\/>/g)];
      expect(
        sizes.map((m) => m[1]),
        id,
      ).toEqual(["16", "32", "80"]);
      for (const [, size, resid] of sizes) {
        const file = join("addin", "assets", images.get(resid)!);
        const png = readFileSync(file);
        expect(png.subarray(1, 4).toString("latin1"), file).toBe("PNG");
        expect([png.readUInt32BE(16), png.readUInt32BE(20)], file).toEqual([Number(size), Number(size)]);
        bytesOf.set(`${id} ${size}`, png.toString("base64"));
      }
    }
    // Six different pictures at each size: no two buttons share one.
    for (const size of ["16", "32", "80"]) {
      const pictures = [...bytesOf].filter(([k]) => k.endsWith(` ${size}`)).map(([, v]) => v);
      expect(new Set(pictures).size, size).toBe(6);
    }
  });

  it("names only ExecuteFunction functions that the commands code associates", () => {
    const functions = [...manifest.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]);
    expect(functions.sort()).toEqual([...COMMANDS].sort());
    // commands.ts associates every name of COMMANDS, each with its own action.
    const code = readFileSync("addin/commands/commands.ts", "utf8");
    expect(code).toMatch(/for \(const name of COMMANDS\) Office\.actions\.associate\(name/);
    for (const name of COMMANDS) expect(code).toMatch(new RegExp(`\\b${name}: `));
  });
});

describe("npm run validate (offline, Microsoft's XSDs in schemas/office)", () => {
  it("passes on the source manifest and the built one", () => {
    const out = execFileSync("node", ["scripts/validate.mjs"], { encoding: "utf8" });
    expect(out).toContain("manifest.xml: valid");
    expect(out.match(/valid/g)!.length).toBe(2); // manifest.xml and dist/manifest.xml
  });

  it("runs without a system xmllint (as on Windows): only node on the PATH", () => {
    const bare = tempDir("infoscore-nopath-");
    const env = { ...process.env, PATH: bare }; // no xmllint anywhere on it
    expect(() => execFileSync("xmllint", ["--version"], { env, stdio: "pipe" })).toThrow();
    const out = execFileSync(process.execPath, ["scripts/validate.mjs", "manifest.xml"], { env, encoding: "utf8" });
    expect(out).toContain("manifest.xml: valid");
  });

  it("fails on a manifest the schema rejects (elements out of order)", () => {
    const dir = tempDir("infoscore-manifest-");
    const bad = join(dir, "bad.xml");
    const moved = manifest
      .replace("<ProviderName>InfoScore</ProviderName>", "")
      .replace("</DisplayName>", "</DisplayName><ProviderName>InfoScore</ProviderName>");
    expect(moved).not.toBe(manifest);
    writeFileSync(bad, moved);
    expect(() => execFileSync("node", ["scripts/validate.mjs", bad], { stdio: "pipe" })).toThrow();
  });
});
