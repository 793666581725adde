import { describe, expect, it } from "vitest";
import { appendAll } from "../../src/lib/input/collections.ts";

describe("appendAll(target, items)", () => {
  it("appends in order", () => {
    const target = [1, 2];
    appendAll(target, [3, 4]);
    expect(target).toEqual([1, 2, 3, 4]);
  });
  it("appends a million items, where push(...items) overflows the call stack", () => {
    const items = Array.from({ length: 1_000_000 }, (_, i) => i);
    const sink: number[] = [];
    expect(() => sink.push(...items)).toThrow(RangeError);
    const target: number[] = [];
    appendAll(target, items);
    expect(target).toHaveLength(1_000_000);
    expect(target[999_999]).toBe(999_999);
  });
});
