import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { spreadLabels } from "../../src/charts/slope.ts";

describe("slope chart labels", () => {
  it("never closer than the gap, and as near their values as the others allow", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 60, noNaN: true }), { minLength: 1, maxLength: 6 }), (values) => {
        const placed = spreadLabels(values, 4, 13, [0, 100]);
        const sorted = [...placed].sort((a, b) => a - b);
        for (let i = 1; i < sorted.length; i++) expect((sorted[i] ?? 0) - (sorted[i - 1] ?? 0)).toBeGreaterThanOrEqual(13 / 4 - 1e-9);
        for (const p of placed) expect(p).toBeGreaterThanOrEqual(0);
      }),
    );
  });
  it("leaves labels that do not collide where they are", () => {
    expect(spreadLabels([10, 50], 4, 13, [0, 100])).toEqual([10, 50]);
  });
});
