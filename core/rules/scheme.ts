// The scheme in force: the mark registry (core/marks.ts) built from a rule set's point rows,
// once per rule set.
import { Scheme } from "../marks.ts";
import { DEFAULT_RULES } from "./defaults.ts";
import type { RuleSet } from "./schema.ts";

const built = new WeakMap<RuleSet, Scheme>();

export function schemeOf(rules: RuleSet): Scheme {
  let scheme = built.get(rules);
  if (!scheme) {
    scheme = new Scheme(rules.units.points, rules.units.levels, rules.units.rewardLevel);
    built.set(rules, scheme);
  }
  return scheme;
}

export const DEFAULT_SCHEME = schemeOf(DEFAULT_RULES);

/** An item's marks in the default scheme, by key (tests and the benchmark build items so). */
export const markMask = (keys: Iterable<string>): number => DEFAULT_SCHEME.mask(keys);
