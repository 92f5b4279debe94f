import { fenText, type Fen } from "../../policy/fen";
import { capToSemester, semesterOf } from "../../policy/semester-cap";
import { finding, type Finding } from "../../findings/finding";
import type { SheetGrid } from "../../sheets/grid";
import { isOwnedSheet } from "../school-workbook";
import type { ChargeResult } from "./compute";
import { classTotals, totalsOf } from "./lines";
import { chargeSheetName } from "./sheet";

/** The month before a YYYY-MM. */
function monthBefore(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
}

/** The months of the semester before `month`, latest first. */
function earlierMonthsOfSemester(month: string): string[] {
  const semester = semesterOf(month);
  const months: string[] = [];
  for (let m = monthBefore(month); semesterOf(m) === semester; m = monthBefore(m)) months.push(m);
  return months;
}

/**
 * Each student's 应缴 in a Kehou charge sheet of an earlier month the workbook holds (收费表
 * YYYY-MM, its 学号 and 应缴金额 columns), in fen; total rows (合计, 小计) are not students.
 */
function payablesOf(grid: SheetGrid): Map<string, Fen> {
  const paid = new Map<string, Fen>();
  const at = grid.values.findIndex((r) => r.includes("学号") && r.includes("应缴金额"));
  if (at < 0) return paid;
  const idCol = grid.values[at].indexOf("学号");
  const payCol = grid.values[at].indexOf("应缴金额");
  for (const row of grid.values.slice(at + 1)) {
    const id = row[idCol];
    const yuan = row[payCol];
    if (typeof id !== "string" && typeof id !== "number") continue;
    const key = String(id).trim();
    if (!key || /合计|小计/.test(key) || typeof yuan !== "number" || !Number.isFinite(yuan))
      continue;
    paid.set(key, (paid.get(key) ?? 0) + Math.round(yuan * 100));
  }
  return paid;
}

/**
 * The profile's semester cap on a month charged from one workbook: the 应缴 of the semester's
 * earlier months is read from the Kehou charge sheets the workbook holds, and each student's
 * month is held to what remains of the cap, with a finding per student lowered. Earlier
 * months of the semester without a charge sheet are said, so the check is never silently
 * partial; the city's consolidation over months checks the cap as well.
 */
export function withSemesterCap(result: ChargeResult, grids: readonly SheetGrid[]): ChargeResult {
  const cap = result.profile?.caps.perSemesterFen;
  if (cap === undefined || !result.month || result.lines.length === 0) return result;
  const month = result.month;
  const findings: Finding[] = [];
  const paid = new Map<string, Fen>();
  const missing: string[] = [];
  for (const m of earlierMonthsOfSemester(month)) {
    const grid = grids.find((g) => g.name === chargeSheetName(m) && isOwnedSheet(g));
    if (!grid) {
      missing.push(m);
      continue;
    }
    for (const [id, fen] of payablesOf(grid)) paid.set(id, (paid.get(id) ?? 0) + fen);
  }
  if (missing.length > 0)
    findings.push(
      finding(
        "CHARGE_SEMESTER_CAP_UNCHECKED",
        { sheet: "" },
        { cap: fenText(cap), months: missing.reverse().join("、") }
      )
    );
  const sheet = chargeSheetName(month);
  const lines = result.lines.map((line) => {
    const before = line.id ? (paid.get(line.id) ?? 0) : 0;
    const capped = capToSemester(line.payable, before, cap);
    if (capped.reduced === 0) return line;
    findings.push(
      finding(
        "CHARGE_SEMESTER_CAP",
        { sheet, studentId: line.id || undefined },
        {
          student: line.name || line.id,
          cap: fenText(cap),
          before: fenText(before),
          reduced: fenText(capped.reduced),
          payable: fenText(capped.payable),
        }
      )
    );
    return { ...line, payable: capped.payable };
  });
  if (findings.length === 0) return result;
  return {
    ...result,
    lines,
    classes: classTotals(lines),
    totals: totalsOf(lines),
    findings: [...result.findings, ...findings],
  };
}
