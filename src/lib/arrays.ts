/**
 * Appends every item of `items` to `target`. `target.push(...items)` passes
 * each item as an argument and overflows the call stack near a few hundred
 * thousand items (a commune-level file, or a file with as many problems).
 */
export function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
