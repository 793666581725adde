/**
 * Text a data file may carry into a page or a downloaded CSV: no markup and
 * no spreadsheet formula. Pages escape text and downloads defuse formulas
 * anyway; refusing them at the door says where they came from.
 */

/** Why a cell is refused, or null: "markup" for a tag ("<script", "</b>", "<!--"), "formula" for a cell a spreadsheet would run. */
export function unsafeTextReason(text: string): "markup" | "formula" | null {
  if (/<[a-z!/?]/iu.test(text)) return "markup";
  // =SUM(…), @cmd, +cmd|…, -cmd; a minus before a digit ("-5") stays a number.
  if (/^\s*[=@]/u.test(text) || /^\s*[+-][a-z(=@]/iu.test(text)) return "formula";
  return null;
}

/** The expectation a refused cell is told, as every input check words it. */
export const SAFE_TEXT_EXPECTED = "text without markup (<…>) or a spreadsheet formula (a cell starting with =, @, + or - before a letter)";
