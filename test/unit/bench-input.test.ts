/**
 * The benchmark's made-up rows (scripts/bench-data.ts) pass the same checks as
 * the real data: when a check tightens, this fails here rather than in the
 * next `npm run bench`.
 */
import { describe, expect, it } from "vitest";
import { syntheticInput } from "../../scripts/bench-data.ts";
import { buildDataset } from "../../src/lib/steps/index.ts";

describe("the benchmark's synthetic input", () => {
  it("builds at 2× with no problem and twice the observations of the real data, and more", () => {
    const real = buildDataset(syntheticInput(1));
    const doubled = buildDataset(syntheticInput(2));
    if (!doubled.ok) expect(doubled.problems.slice(0, 3)).toEqual([]);
    expect(real.ok && doubled.ok).toBe(true);
    if (real.ok && doubled.ok) expect(doubled.dataset.observations.length).toBeGreaterThan(real.dataset.observations.length * 1.5);
  });
});
