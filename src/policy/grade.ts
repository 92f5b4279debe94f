import { lastPrimaryGrade, type SchoolSystem } from "./school-system";
import type { Stage } from "./stage";
import { normalizeText } from "./text";

/** Grades 1–12 are the students the policy serves (§三(一) 义务教育阶段和高中阶段在校学生). */
export const FIRST_GRADE = 1;
export const LAST_GRADE = 12;
/** SPEC §2: the graduating junior year is grade 9 in both systems. */
export const GRADUATING_JUNIOR_GRADE = 9;

const chineseDigits: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
  十一: 11,
  十二: 12,
};

function smallNumber(text: string): number | undefined {
  if (/^\d{1,2}$/.test(text)) return Number(text);
  return chineseDigits[text];
}

/**
 * Reads a grade label as a grade number 1–12 under the school system, or undefined:
 * 3, "３", "三年级", "初一" … "初四" (五四制 only), "高一" … "高三", "七年级", "十年级".
 * 初N is the N-th junior year of the system, so 初三 is 9 under 六三制 and 8 under 五四制.
 * @example parseGrade("初三", "5-4") //=> 8
 */
export function parseGrade(label: string | number, system: SchoolSystem): number | undefined {
  const text = normalizeText(String(label)).replace(/\s+/g, "");
  const plain = /^(?:小学)?(\d{1,2}|[一二三四五六七八九十]{1,3})(?:年级)?$/.exec(text);
  if (plain) return inRange(smallNumber(plain[1]));
  const junior = /^初中?(\d|[一二三四])(?:年级)?$/.exec(text);
  if (junior) {
    const year = smallNumber(junior[1]);
    const juniorYears = 9 - lastPrimaryGrade(system);
    if (year === undefined || year < 1 || year > juniorYears) return undefined;
    return lastPrimaryGrade(system) + year;
  }
  const senior = /^高中?(\d|[一二三])(?:年级)?$/.exec(text);
  if (senior) {
    const year = smallNumber(senior[1]);
    return year !== undefined && year >= 1 && year <= 3 ? 9 + year : undefined;
  }
  return undefined;
}

function inRange(grade: number | undefined): number | undefined {
  return grade !== undefined && grade >= FIRST_GRADE && grade <= LAST_GRADE ? grade : undefined;
}

/** The stage a grade belongs to under the school system (SPEC §2). */
export function stageOfGrade(grade: number, system: SchoolSystem): Stage {
  if (grade <= lastPrimaryGrade(system)) return "primary";
  return grade <= 9 ? "junior" : "senior";
}

/** Whether the grade is the graduating junior year (初中毕业年级, §三(二)2). */
export function isGraduatingJunior(grade: number): boolean {
  return grade === GRADUATING_JUNIOR_GRADE;
}
