/**
 * The kinds of cell every table is made of, each cleaning and checking its
 * text once: text (NFC, trimmed, never markup or a spreadsheet formula), ids,
 * dates, years, web addresses, numbers as published, and the lists the
 * targets write their measures in. The row schemas (schema.ts) are built
 * from these.
 */
import { z } from "zod";
import { parseNumberCell } from "./numbers.ts";
import { normaliseText } from "../text.ts";
import { SAFE_TEXT_EXPECTED, unsafeTextReason } from "./safe-text.ts";
import { ComparatorSchema } from "../model.ts";

/** Every text cell: NFC, trimmed, and refused when it carries markup or a spreadsheet formula (see safe-text.ts). */
export const text = z
  .string()
  .transform(normaliseText)
  .refine((s) => unsafeTextReason(s) === null, { error: SAFE_TEXT_EXPECTED });
export const required = text.pipe(z.string().min(1, { error: "a value (the cell is empty)" }));
export const slug = required.pipe(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/u, { error: "an ASCII slug such as lao-cai" }));
export const isoDate = text.pipe(z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/u, { error: "an ISO date such as 2025-06-12, or empty" }));
export const partialDate = text.pipe(z.string().regex(/^(\d{4}(-\d{2}-\d{2})?)?$/u, { error: "a date 2017-03-24, a year 2022, or empty" }));
export const year = text.transform((s, ctx) => {
  if (s === "") return null;
  if (!/^\d{4}$/u.test(s)) {
    ctx.addIssue({ code: "custom", message: "a four-digit year or empty" });
    return z.NEVER;
  }
  return Number(s);
});
/**
 * A web address from the data: http or https only, so that no link on the
 * site can run a script (javascript:, data:) when someone follows it.
 */
export const webUrl = text.pipe(z.string().regex(/^(https?:\/\/[^\s<>"]+)?$/iu, { error: "an http(s) address, or empty" }));
export const requiredUrl = required.pipe(z.string().regex(/^https?:\/\/[^\s<>"]+$/iu, { error: "an http(s) address" }));

/**
 * A number as published, read once: decimal comma or dot, optional %; null
 * for empty, "..", "-". With `decimalComma` (a source's declared dialect),
 * "1.234,5" is 1234.5.
 */
export function numberCellOf(options: { decimalComma: boolean }) {
  return z.string().transform((s, ctx) => {
    const cell = parseNumberCell(s, options);
    if (cell.kind === "invalid") {
      ctx.addIssue({ code: "custom", message: cell.expected });
      return z.NEVER;
    }
    return cell.kind === "number" ? cell.value : null;
  });
}
export const numberCell = numberCellOf({ decimalComma: false });
export const numberCellDecimalComma = numberCellOf({ decimalComma: true });
export const list = text.transform((s) =>
  s === ""
    ? []
    : s
        .split(";")
        .map((part) => part.trim())
        .filter((part) => part !== ""),
);
/**
 * The measures of a commitment, part by part: parts (the bodies it names)
 * apart with "|", alternatives within a part with ";", in order of preference:
 * "na_women_share|pc_women_share" is two parts.
 */
export const partList = text.transform((s) =>
  s === ""
    ? []
    : s.split("|").map((part) =>
        part
          .split(";")
          .map((id) => id.trim())
          .filter((id) => id !== ""),
      ),
);
/**
 * Proxies, part by part as in `partList`, each naming how it relates to the
 * group the target is about: `pc_women_share@narrower`. The group is
 * required, so that no proxy decides a verdict by default.
 */
export const PROXY_GROUPS = ["same", "narrower", "other"] as const;
export type ProxyRef = { indicatorId: string; group: (typeof PROXY_GROUPS)[number] };
export function proxyRefs(ids: readonly string[], ctx: z.RefinementCtx): ProxyRef[] {
  return ids.flatMap((raw) => {
    const [indicatorId = "", group = ""] = raw.split("@").map((x) => x.trim());
    if (indicatorId === "" || !(PROXY_GROUPS as readonly string[]).includes(group)) {
      ctx.addIssue({ code: "custom", message: `a proxy written id@same, id@narrower or id@other (found "${raw}")` });
      return [];
    }
    return [{ indicatorId, group: group as ProxyRef["group"] }];
  });
}
export const proxyPartList = partList.transform((parts, ctx) => parts.map((ids) => proxyRefs(ids, ctx)));
export const proxyList = list.transform((ids, ctx) => proxyRefs(ids, ctx));
/** Per part, whose figure decides it: "nation", "area" (the plan's own) or "province" (each province's own body, for a rule that binds every province), apart with "|"; empty for the plan's default. */
export const bindsList = text
  .transform((s) => (s === "" ? [] : s.split("|").map((b) => b.trim())))
  .pipe(z.array(z.enum(["nation", "area", "province"], { error: 'per part "nation", "area" or "province", separated by |' })));
export const comparatorList = text
  .transform((s) => (s === "" ? [] : s.split(";").map((c) => c.trim())))
  .pipe(z.array(ComparatorSchema, { error: "comparators such as <= or >=, separated by ;" }));
export const slugOrEmpty = text.pipe(z.string().regex(/^([a-z0-9]+(-[a-z0-9]+)*)?$/u, { error: "a target id, or empty" }));
/** A column read in both languages, `<name>_vi` and `<name>_en`, the same way (spread into a row schema). */
export function both<N extends string, S extends z.ZodType>(name: N, cell: S): Record<`${N}_vi` | `${N}_en`, S> {
  return { [`${name}_vi`]: cell, [`${name}_en`]: cell } as Record<`${N}_vi` | `${N}_en`, S>;
}
