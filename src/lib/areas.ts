import type { Area, AreaSet, Text } from "./model.ts";
import { foldDiacritics, normaliseText, slugify } from "./text.ts";

export type { Area, AreaLevel, AreaSet } from "./model.ts";

/** One row of the GSO/Resolution 202 table of the 63 provinces and the unit each became. */
export interface ProvinceCrosswalkRow {
  code2024: string;
  name2024: string;
  region2024: string;
  code2025: string;
  name2025: string;
}

export interface AreaSetDates {
  /** Last day of the 63 provinces. */
  p63ValidTo: string;
  /** First day of the 34 units. */
  p34ValidFrom: string;
}

/**
 * "Tỉnh Lào Cai" -> "Lào Cai"; "Thành phố Huế" -> "Huế"; Hồ Chí Minh City keeps
 * its customary short form "TP. Hồ Chí Minh".
 */
export function shortProvinceName(fullName: string): string {
  const name = normaliseText(fullName);
  const city = /^Thành phố (.+)$/u.exec(name);
  if (city?.[1] === "Hồ Chí Minh") return "TP. Hồ Chí Minh";
  if (city) return city[1] ?? name;
  return name.replace(/^Tỉnh /u, "");
}

/** English name: diacritics folded; "TP. Hồ Chí Minh" -> "Ho Chi Minh City". */
export function englishProvinceName(shortName: string): string {
  const folded = foldDiacritics(shortName);
  const city = /^TP\. (.+)$/u.exec(folded);
  return city ? `${city[1]} City` : folded;
}

/**
 * Builds every area: the country, the regions of the 63-province map, the 63
 * provinces and the 34 units. A 2025 unit that is one old province under the
 * same code (unchanged, or renamed like Huế) is one area in both sets. Slugs
 * of provinces merged away that clash with a 2025 unit's get "-truoc-2025".
 */
export function buildAreas(
  rows: readonly ProvinceCrosswalkRow[],
  regions: readonly Text[],
  dates: AreaSetDates,
  aliases: ReadonlyMap<string, string> = new Map(),
): Area[] {
  // The same alias file that harmonises published names picks the spelling shown ("Hoà Bình" -> "Hòa Bình").
  const shortName = (fullName: string): string => {
    const short = shortProvinceName(fullName);
    return aliases.get(short) ?? short;
  };
  const regionEn = new Map(regions.map((r) => [r.vi, r.en]));
  const areas: Area[] = [
    {
      id: "viet-nam",
      code: "VN",
      level: "country",
      name: { vi: "Việt Nam", en: "Viet Nam" },
      officialName: "Cộng hòa xã hội chủ nghĩa Việt Nam",
      validFrom: null,
      validTo: null,
      sets: ["p63", "p34"],
      region: null,
      becameId: null,
      formedFromIds: [],
      formerNames: [],
    },
  ];
  const regionNames = [...new Set(rows.map((r) => normaliseText(r.region2024)))];
  for (const nameVi of regionNames) {
    areas.push({
      id: slugify(nameVi),
      code: slugify(nameVi),
      level: "region",
      name: { vi: nameVi, en: regionEn.get(nameVi) ?? foldDiacritics(nameVi) },
      officialName: `Vùng ${nameVi}`,
      validFrom: null,
      validTo: dates.p63ValidTo,
      sets: ["p63"],
      region: null,
      becameId: null,
      formedFromIds: [],
      formerNames: [],
    });
  }

  const byNewCode = new Map<string, ProvinceCrosswalkRow[]>();
  for (const row of rows) byNewCode.set(row.code2025, [...(byNewCode.get(row.code2025) ?? []), row]);

  const newUnitSlug = (row: ProvinceCrosswalkRow) => slugify(shortName(row.name2025));
  const newSlugs = new Set(rows.map(newUnitSlug));

  // Old provinces first, in code order, then the units formed in 2025.
  const oldIdByCode = new Map<string, string>();
  for (const row of rows) {
    const members = byNewCode.get(row.code2025) ?? [];
    const sameUnit = members.length === 1 && row.code2024 === row.code2025;
    const nameVi = shortName(row.name2024);
    const region = slugify(normaliseText(row.region2024));
    if (sameUnit) {
      const newName = shortName(row.name2025);
      // Compare the names as published: the alias file may already map the old name to the new one.
      const renamed = shortProvinceName(row.name2024) !== shortProvinceName(row.name2025);
      oldIdByCode.set(row.code2024, slugify(newName));
      areas.push({
        id: slugify(newName),
        code: row.code2025,
        level: "province",
        name: { vi: newName, en: englishProvinceName(newName) },
        officialName: normaliseText(row.name2025),
        validFrom: null,
        validTo: null,
        sets: ["p63", "p34"],
        region,
        becameId: null,
        formedFromIds: [],
        formerNames: renamed ? [shortProvinceName(row.name2024), normaliseText(row.name2024)] : [],
      });
      continue;
    }
    const base = slugify(nameVi);
    const id = newSlugs.has(base) ? `${base}-truoc-2025` : base;
    oldIdByCode.set(row.code2024, id);
    areas.push({
      id,
      code: row.code2024,
      level: "province",
      name: { vi: nameVi, en: englishProvinceName(nameVi) },
      officialName: normaliseText(row.name2024),
      validFrom: null,
      validTo: dates.p63ValidTo,
      sets: ["p63"],
      region,
      becameId: newUnitSlug(row),
      formedFromIds: [],
      formerNames: [],
    });
  }
  const done = new Set<string>();
  for (const row of rows) {
    const members = byNewCode.get(row.code2025) ?? [];
    if (members.length === 1 && row.code2024 === row.code2025) continue;
    if (done.has(row.code2025)) continue;
    done.add(row.code2025);
    const nameVi = shortName(row.name2025);
    const memberRegions = [...new Set(members.map((m) => slugify(normaliseText(m.region2024))))];
    areas.push({
      id: newUnitSlug(row),
      code: row.code2025,
      level: "province",
      name: { vi: nameVi, en: englishProvinceName(nameVi) },
      officialName: normaliseText(row.name2025),
      validFrom: dates.p34ValidFrom,
      validTo: null,
      sets: ["p34"],
      region: memberRegions.length === 1 ? (memberRegions[0] ?? null) : null,
      becameId: null,
      formedFromIds: members.map((m) => oldIdByCode.get(m.code2024) ?? ""),
      formerNames: [],
    });
  }
  return areas;
}

/** True when the area is valid on the ISO date (inclusive bounds). */
export function isValidOn(area: Area, date: string): boolean {
  return (area.validFrom === null || area.validFrom <= date) && (area.validTo === null || date <= area.validTo);
}

/** The provincial units of a set, in GSO code order. */
export function provincesOfSet(areas: readonly Area[], set: AreaSet): Area[] {
  return areas.filter((a) => a.level === "province" && a.sets.includes(set)).sort((a, b) => a.code.localeCompare(b.code) || a.id.localeCompare(b.id));
}

export type AreaMatch = { ok: true; area: Area } | { ok: false; expected: string; suggestion?: string };

/**
 * Finds the area a published name means on a date. Names are compared after
 * NFC clean-up, against the short name, the official name and former names;
 * `aliases` maps other spellings (raw -> short name) first. Because codes and
 * names were reused in 2025 ("Lào Cai" is a larger unit from 12 June 2025),
 * the date picks among areas of the same name.
 */
export function resolveAreaName(rawName: string, date: string | null, areas: readonly Area[], aliases: ReadonlyMap<string, string>): AreaMatch {
  const cleaned = normaliseText(rawName);
  const name = aliases.get(cleaned) ?? cleaned;
  // Vietnamese names, official names, former names, and the English (ASCII) names of GSO's English exports.
  const named = areas.filter((a) => a.name.vi === name || a.officialName === name || a.formerNames.includes(name) || a.name.en === name);
  if (named.length === 0) {
    return { ok: false, expected: "an area name in the area list or in mappings/area_aliases.csv" };
  }
  const valid = date === null ? named : named.filter((a) => isValidOn(a, date));
  if (valid.length === 1 && valid[0]) return { ok: true, area: valid[0] };
  if (valid.length === 0) {
    return { ok: false, expected: `an area named "${name}" that existed on ${date ?? "an unknown date"}` };
  }
  return { ok: false, expected: `one area named "${name}"; ${valid.length} match (${valid.map((a) => a.id).join(", ")}): give the period a year` };
}
