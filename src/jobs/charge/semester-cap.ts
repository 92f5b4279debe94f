import Decimal from "decimal.js";
import { a1 } from "../../sheets/a1";
import { fenText, type Fen } from "../../policy/fen";
import { capToSemester, semesterOf } from "../../policy/semester-cap";
import { finding, type Finding } from "../../findings/finding";
import type { SheetGrid } from "../../sheets/grid";
import { isOwnedSheet } from "../school-workbook";
import type { ChargeResult } from "./compute";
import { classTotals, totalsOf } from "./lines";
import { chargeSheetCell, chargeSheetName } from "./sheet";

/** The month before a YYYY-MM. */
function monthBefore(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
}

/** The months of the semester before `month`, latest first. */
export function earlierMonthsOfSemester(month: string): string[] {
  const semester = semesterOf(month);
  const months: string[] = [];
  for (let m = monthBefore(month); semesterOf(m) === semester; m = monthBefore(m)) months.push(m);
  return months;
}

/** The semester's months before `month` the workbook keeps no Kehou charge sheet for, earliest first. */
export function monthsWithoutChargeSheet(month: string, grids: readonly SheetGrid[]): string[] {
  return earlierMonthsOfSemester(month)
    .filter((m) => !grids.some((g) => g.name === chargeSheetName(m) && isOwnedSheet(g)))
    .reverse();
}

/** An earlier month's 应缴 cell that holds no amount of 0 or more, so that month is not counted. */
interface BadPayable {
  readonly id: string;
  readonly name: string;
  readonly cell: string;
  readonly value: string;
}

/** A 应缴金额 cell as whole fen (half up), or undefined when it is no amount of 0 or more. */
function fenOfCell(v: unknown): Fen | undefined {
  let t: string;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return undefined;
    t = String(v);
  } else if (typeof v === "string")
    t = v
      .trim()
      .replace(/^[¥￥]/, "")
      .replace(/元$/, "")
      .replace(/,/g, "");
  else return undefined;
  if (!/^\d+(\.\d+)?(e[+-]?\d+)?$/i.test(t)) return undefined;
  const fen = new Decimal(t).times(100).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  return fen.lessThan(Number.MAX_SAFE_INTEGER) ? fen.toNumber() : undefined;
}

/**
 * Each student's 应缴 in a Kehou charge sheet of an earlier month the workbook holds (收费表
 * YYYY-MM, its 学号 and 应缴金额 columns), in fen; total rows (合计, 小计) are not students.
 * A cell that is no amount of 0 or more (text, a negative) is returned apart, never read as 0.
 */
function payablesOf(grid: SheetGrid): { paid: Map<string, Fen>; bad: BadPayable[] } {
  const paid = new Map<string, Fen>();
  const bad: BadPayable[] = [];
  const at = grid.values.findIndex((r) => r.includes("学号") && r.includes("应缴金额"));
  if (at < 0) return { paid, bad };
  const idCol = grid.values[at].indexOf("学号");
  const nameCol = grid.values[at].indexOf("姓名");
  const payCol = grid.values[at].indexOf("应缴金额");
  for (let r = at + 1; r < grid.values.length; r++) {
    const row = grid.values[r];
    const id = row[idCol];
    const key = typeof id === "string" || typeof id === "number" ? String(id).trim() : "";
    // The students' table ends at its first blank row: subtotals and the daily block follow.
    if (!key) break;
    if (/合计|小计/.test(key)) continue;
    const fen = fenOfCell(row[payCol]);
    if (fen === undefined) {
      const name = nameCol < 0 ? "" : String(row[nameCol] ?? "").trim();
      const value = row[payCol] === null || row[payCol] === undefined ? "" : String(row[payCol]);
      bad.push({ id: key, name, cell: a1(r, payCol), value });
      continue;
    }
    paid.set(key, (paid.get(key) ?? 0) + fen);
  }
  return { paid, bad };
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
    const read = payablesOf(grid);
    for (const [id, fen] of read.paid) paid.set(id, (paid.get(id) ?? 0) + fen);
    // The month is left out for that student and said so: a guessed 0 or a negative would
    // widen what remains of the cap without anyone seeing it.
    for (const b of read.bad)
      findings.push(
        finding(
          "CHARGE_SEMESTER_CAP_EARLIER_UNREADABLE",
          { sheet: grid.name, cell: b.cell, studentId: b.id },
          { student: b.name || b.id, value: b.value, cap: fenText(cap), month: m }
        )
      );
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
  const lines = result.lines.map((line, index) => {
    const before = line.id ? (paid.get(line.id) ?? 0) : 0;
    const capped = capToSemester(line.payable, before, cap);
    if (capped.reduced === 0) return line;
    findings.push(
      finding(
        "CHARGE_SEMESTER_CAP",
        // At the row's 应缴金额: the charge sheet has no note column, and its columns are read
        // back by header in later months, so the findings sheet says where the reduction went.
        {
          sheet,
          cell: chargeSheetCell(result.mode, index, "应缴金额"),
          studentId: line.id || undefined,
        },
        {
          student: line.name || line.id,
          cap: fenText(cap),
          before: fenText(before),
          reduced: fenText(capped.reduced),
          payable: fenText(capped.payable),
        }
      )
    );
    return { ...line, payable: capped.payable, semesterCapReduced: capped.reduced };
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
