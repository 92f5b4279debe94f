import { nameKey } from "../../sheets/name-key";
import type { SchoolFigures } from "./school-figures";

/** A file not counted because the same school submitted a newer one for the month. */
export interface Resubmission {
  readonly file: string;
  readonly kept: string;
  readonly school: string;
  /** Why the kept file is the newer: its data reaches a later day, or it was saved later. */
  readonly reason: string;
}

/**
 * Who a school is in the city: its 学校名称, with its 学校代码 where its settings have one
 * (two codes under one name are two schools), both as keys (brackets, widths, spaces alike).
 */
function keyOf(s: Pick<SchoolFigures, "school" | "code">): string {
  return `${nameKey(s.school)}\u0000${nameKey(s.code ?? "")}`;
}

/** Whether `a` is the newer submission: by the month's data (last marked day), then by file time. */
function newer(a: SchoolFigures, b: SchoolFigures): string | undefined {
  if ((a.lastDay ?? "") !== (b.lastDay ?? ""))
    return (a.lastDay ?? "") > (b.lastDay ?? "") ? `考勤记到 ${a.lastDay}` : undefined;
  if ((a.modified ?? 0) !== (b.modified ?? 0))
    return (a.modified ?? 0) > (b.modified ?? 0) ? "文件保存时间较晚" : undefined;
  return undefined;
}

/**
 * Who each school of these files is, as a key: its name and code, a file without a code
 * belonging to the one coded school of its name, where there is one.
 */
export function schoolIdentity(
  schools: readonly Pick<SchoolFigures, "school" | "code">[]
): (s: Pick<SchoolFigures, "school" | "code">) => string {
  const codes = new Map<string, Set<string>>();
  for (const s of schools) {
    const name = nameKey(s.school);
    if (s.code) codes.set(name, new Set([...(codes.get(name) ?? []), nameKey(s.code)]));
  }
  return (s) => {
    const only = codes.get(nameKey(s.school));
    return keyOf({ school: s.school, code: s.code ?? (only?.size === 1 ? [...only][0] : "") });
  };
}

/** A file without a 学校代码 whose name several coded schools share: whose it is, is not known. */
export interface UndecidedCode {
  readonly file: string;
  readonly school: string;
  /** The codes of that name, as the schools typed them. */
  readonly codes: string;
}

/** The files without a code whose name is that of two coded schools or more. */
function undecidedCodes(schools: readonly SchoolFigures[]): UndecidedCode[] {
  const codes = new Map<string, Map<string, string>>();
  for (const s of schools) {
    if (!s.code) continue;
    const name = nameKey(s.school);
    const typed = codes.get(name) ?? new Map<string, string>();
    if (!typed.has(nameKey(s.code))) typed.set(nameKey(s.code), s.code);
    codes.set(name, typed);
  }
  return schools.flatMap((s) => {
    const typed = s.code ? undefined : codes.get(nameKey(s.school));
    if (!typed || typed.size < 2) return [];
    return [{ file: s.file, school: s.school, codes: [...typed.values()].join("、") }];
  });
}

/**
 * The one rule for a school that submits more than once for a month: the newest
 * file counts (by the month's data, then by file time; on a full tie, the first in path
 * order); every other file is a resubmission, listed and left out, so the school counts once.
 * A file without a code under a name several coded schools share counts as a school of its
 * own, and is listed (`undecided`) so the clerk asks which school sent it.
 */
export function countOnce(schools: readonly SchoolFigures[]): {
  counted: SchoolFigures[];
  resubmissions: Resubmission[];
  undecided: UndecidedCode[];
} {
  const schoolKey = schoolIdentity(schools);
  const best = new Map<string, SchoolFigures>();
  for (const s of schools) {
    const key = schoolKey(s);
    const before = best.get(key);
    if (!before || newer(s, before)) best.set(key, s);
  }
  const counted = schools.filter((s) => best.get(schoolKey(s)) === s);
  const resubmissions = schools
    .filter((s) => best.get(schoolKey(s)) !== s)
    .map((s) => {
      const kept = best.get(schoolKey(s))!;
      return {
        file: s.file,
        kept: kept.file,
        school: s.school,
        reason: newer(kept, s) ?? "内容相同或无法区分新旧，按路径顺序取第一个",
      };
    });
  return { counted, resubmissions, undecided: undecidedCodes(counted) };
}
