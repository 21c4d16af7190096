// Sheets that look like an input sheet without being named as one ("2026年信息报送", "信息报送表",
// "Submissions 2026", "信息报达"): read silently as nothing, they made every unit look silent.
import { normaliseName, type SheetSpec } from "./specs.ts";

/** Edit distance, stopped early once it exceeds `limit` (names here are a few characters). */
function distanceWithin(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    if (Math.min(...current) > limit) return false;
    previous = current;
  }
  return previous[b.length] <= limit;
}

/** Whether a sheet name resembles the spec's name or an alias: contains it, or is one character off. */
export function resembles(sheetName: string, spec: SheetSpec): boolean {
  const n = normaliseName(sheetName);
  if (!n) return false;
  return [spec.name, ...spec.aliases].some((name) => {
    const target = normaliseName(name);
    return n.includes(target) || (target.length >= 4 && distanceWithin(n, target, 1));
  });
}
