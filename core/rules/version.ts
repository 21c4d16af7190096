// A short, stable fingerprint of the effective rule set, stamped on every output so a printed
// notice can be traced to the exact numbers that made it.
import { fnv1a } from "../hash.ts";
import type { RuleSet } from "./schema.ts";

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** FNV-1a, 32 bits, over the canonical JSON; "R-1a2b3c4d". */
export function ruleSetVersion(rules: RuleSet): string {
  return `R-${fnv1a(canonical(rules)).toString(16).padStart(8, "0")}`;
}
