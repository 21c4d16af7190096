// Office's theme on the pane's root: dark or light by Office's word (or its body colour), Office's
// colours taken in pairs only where the text on them stays readable.
import { describe, expect, it } from "vitest";
import { applyOfficeTheme, contrastRatio, followSystemTheme } from "../../addin/taskpane/officeTheme.ts";

function root() {
  const vars = new Map<string, string>();
  return {
    dataset: {} as DOMStringMap,
    style: { setProperty: (k: string, v: string) => void vars.set(k, v) } as unknown as CSSStyleDeclaration,
    vars,
  };
}

describe("the pane in Office's theme", () => {
  it("computes WCAG contrast: black on white 21, #777 on white just under 4.5, a non-colour nothing", () => {
    expect(contrastRatio("#000", "#FFFFFF")).toBeCloseTo(21, 5);
    expect(contrastRatio("#777777", "#fff")).toBeCloseTo(4.48, 2);
    expect(contrastRatio("rgb(0,0,0)", "#fff")).toBeUndefined();
  });

  it("takes the Black theme's colours and switches the rest to the dark set", () => {
    const r = root();
    applyOfficeTheme(
      {
        bodyBackgroundColor: "#262626",
        bodyForegroundColor: "#FFFFFF",
        controlBackgroundColor: "#363636",
        controlForegroundColor: "#FFFFFF",
        isDarkTheme: true,
      },
      r,
    );
    expect(r.dataset.theme).toBe("dark");
    expect(Object.fromEntries(r.vars)).toEqual({
      "--text": "#FFFFFF",
      "--bg": "#262626",
      "--control-text": "#FFFFFF",
      "--control-bg": "#363636",
    });
  });

  it("judges by the body colour where Office does not say, and keeps its own colours for a pair that is not readable", () => {
    const r = root();
    applyOfficeTheme(
      { bodyBackgroundColor: "#1b1b1b", bodyForegroundColor: "#3a3a3a", controlBackgroundColor: "#222", controlForegroundColor: "#eee" },
      r,
    );
    expect(r.dataset.theme).toBe("dark");
    expect(Object.fromEntries(r.vars)).toEqual({ "--control-text": "#eee", "--control-bg": "#222" });
  });

  it("leaves the page alone without a theme or with colours it cannot read", () => {
    const r = root();
    applyOfficeTheme(undefined, r);
    applyOfficeTheme({ bodyBackgroundColor: "transparent" }, r);
    expect(r.dataset.theme).toBeUndefined();
    expect(r.vars.size).toBe(0);
  });

  it("follows the system's dark preference as it changes, until Office gives its theme", () => {
    const r = root();
    let listener = () => {};
    const query = { matches: true, addEventListener: (_: string, f: () => void) => void (listener = f) };
    followSystemTheme(r, (() => query) as unknown as Window["matchMedia"]);
    expect(r.dataset.theme).toBe("dark");
    query.matches = false;
    listener();
    expect(r.dataset.theme).toBe("light");
    applyOfficeTheme({ isDarkTheme: true }, r);
    query.matches = false;
    listener();
    expect(r.dataset.theme).toBe("dark");
    const bare = root();
    followSystemTheme(bare, undefined);
    expect(bare.dataset.theme).toBeUndefined();
  });
});
