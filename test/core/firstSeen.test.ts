import { describe, expect, it } from "vitest";
import { FirstSeen } from "../../core/firstSeen.ts";

describe("FirstSeen (duplicate 编号 detection for U1)", () => {
  it("returns the first row of a repeated key, across table growth", () => {
    const seen = new FirstSeen();
    const keys = Array.from({ length: 5000 }, (_, i) => `编号-${i % 3000}`);
    const repeats = keys.map((k, row) => seen.firstOf(k, row));
    expect(repeats.slice(0, 3000).every((r) => r === undefined)).toBe(true);
    expect(repeats.slice(3000)).toEqual(Array.from({ length: 2000 }, (_, i) => i));
  });
});
