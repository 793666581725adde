/**
 * The one test of a share of a whole (0 to 100): an indicator measured in
 * "percent", a target written in "%" (its unit as the plan prints it). Free
 * of dependencies: the compare view ships it to the browser.
 */
export function isShare(thing: { unit: string } | { unit: { vi: string } } | undefined | null): boolean {
  if (!thing) return false;
  return typeof thing.unit === "string" ? thing.unit === "percent" || thing.unit === "%" : thing.unit.vi === "%";
}

/** A share lies between 0 and 100. */
export function withinShare(value: number): boolean {
  return value >= 0 && value <= 100;
}
