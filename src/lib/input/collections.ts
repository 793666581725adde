/**
 * Appends every item of `items` to `target`. `target.push(...items)` passes
 * each item as an argument and overflows the call stack near a few hundred
 * thousand items (a commune-level file, or a file with as many problems).
 */
export function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
/**
 * A lookup in a fixed table by a key read from data: only the table's own
 * keys count, so "constructor" or "__proto__" in a CSV finds nothing instead
 * of a property inherited from Object.prototype.
 */
export function ownValue<V>(table: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
