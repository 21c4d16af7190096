// The pane in Office's theme. Excel's Dark Gray and Black themes report dark colours in
// Office.context.officeTheme: the pane then switches to the dark set of taskpane.css and takes
// Office's own body and control colours, each pair only where its text stays readable (contrast
// 4.5:1, WCAG AA). Without a theme (the offline page, an older Office) the system's preference decides.

export type ThemeColours = Partial<
  Pick<
    Office.OfficeTheme,
    "bodyBackgroundColor" | "bodyForegroundColor" | "controlBackgroundColor" | "controlForegroundColor" | "isDarkTheme"
  >
>;

/** WCAG's minimum contrast for body text. */
export const MIN_CONTRAST = 4.5;

/** #rgb or #rrggbb as [r, g, b] (0–255); undefined for anything else. */
function rgbOf(hex: string | undefined): [number, number, number] | undefined {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex?.trim() ?? "");
  if (!m) return undefined;
  const h = m[1].length === 3 ? [...m[1]].map((c) => c + c).join("") : m[1];
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
}

/** WCAG 2 relative luminance of a hex colour. */
function luminance(rgb: [number, number, number]): number {
  const [r, g, b] = rgb.map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two hex colours (1–21); undefined when either is not one. */
export function contrastRatio(a: string | undefined, b: string | undefined): number | undefined {
  const x = rgbOf(a);
  const y = rgbOf(b);
  if (!x || !y) return undefined;
  const [hi, lo] = [luminance(x), luminance(y)].sort((p, q) => q - p);
  return (hi + 0.05) / (lo + 0.05);
}

/** Whether a theme is dark: Office says so, or its body is nearer black than white. */
function isDark(theme: ThemeColours): boolean | undefined {
  if (typeof theme.isDarkTheme === "boolean") return theme.isDarkTheme;
  const bg = rgbOf(theme.bodyBackgroundColor);
  return bg ? luminance(bg) < 0.179 : undefined;
}

/** Applies Office's theme to the page's root (data-theme and the colour variables of taskpane.css). */
export function applyOfficeTheme(theme: ThemeColours | undefined, root: Pick<HTMLElement, "dataset" | "style">): void {
  if (!theme) return;
  const dark = isDark(theme);
  if (dark === undefined) return;
  root.dataset.theme = dark ? "dark" : "light";
  root.dataset.themeFrom = "office";
  const pair = (fgVar: string, bgVar: string, fg: string | undefined, bg: string | undefined) => {
    if ((contrastRatio(fg, bg) ?? 0) < MIN_CONTRAST) return; // unreadable or missing: the pane's own set stays
    root.style.setProperty(fgVar, fg!.trim());
    root.style.setProperty(bgVar, bg!.trim());
  };
  pair("--text", "--bg", theme.bodyForegroundColor, theme.bodyBackgroundColor);
  pair("--control-text", "--control-bg", theme.controlForegroundColor, theme.controlBackgroundColor);
}

/** The system's light or dark preference, followed as it changes, until Office gives its own theme. */
export function followSystemTheme(root: Pick<HTMLElement, "dataset">, match: Window["matchMedia"] | undefined): void {
  const query = match?.("(prefers-color-scheme: dark)");
  if (!query) return; // no media queries: the light set stays
  const follow = () => {
    if (root.dataset.themeFrom !== "office") root.dataset.theme = query.matches ? "dark" : "light";
  };
  follow();
  query.addEventListener?.("change", follow);
}
