/**
 * A lookup in a fixed table by a key read from data: only the table's own
 * keys count, so "constructor" or "__proto__" in a CSV finds nothing instead
 * of a property inherited from Object.prototype.
 */
export function ownValue<V>(table: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
