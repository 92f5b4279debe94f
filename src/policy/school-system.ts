import { normalizeText } from "./text";

/** School system (学制): 六三制 (primary 1–6, junior 7–9) or 五四制 (primary 1–5, junior 6–9). */
export type SchoolSystem = "6-3" | "5-4";

/** SPEC §2: 六三制 unless the workbook says otherwise. */
export const DEFAULT_SCHOOL_SYSTEM: SchoolSystem = "6-3";

/** Reads 六三制 / 五四制 (also 6-3, 5+4 …), or undefined. */
export function parseSchoolSystem(text: string): SchoolSystem | undefined {
  const t = normalizeText(text).replace(/\s+/g, "");
  if (/^(六三|6[-+/]?3)(制|学制)?$/.test(t)) return "6-3";
  if (/^(五四|5[-+/]?4)(制|学制)?$/.test(t)) return "5-4";
  return undefined;
}

/** The last primary grade of a system. */
export function lastPrimaryGrade(system: SchoolSystem): number {
  return system === "5-4" ? 5 : 6;
}
