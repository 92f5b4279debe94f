import Decimal from "decimal.js";
import { a1 } from "../../sheets/a1";
import { fenText, type Fen } from "../../policy/fen";
import { capToSemester, semesterOf, type SemesterCapped } from "../../policy/semester-cap";
import { finding, type Finding } from "../../findings/finding";
import type { CellValue, SheetGrid } from "../../sheets/grid";
import { readMoneyCell } from "../../sheets/money-cell";
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

/** An earlier month's 应缴 cell that holds no amount of 0 or more, so that month is not counted. */
interface BadPayable {
  readonly id: string;
  readonly name: string;
  readonly cell: string;
  readonly value: string;
}

/**
 * A 应缴金额 cell as whole fen (half up), read as every money cell is; undefined when it holds
 * no amount of 0 or more (a negative, a blank, text).
 */
function fenOfCell(v: CellValue): Fen | undefined {
  const read = readMoneyCell(v);
  if (read.kind !== "amount" || read.amount.isNegative()) return undefined;
  return read.amount.times(100).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
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

/** The 应缴 of the semester's months before one, as the workbook's own 收费表 sheets hold it. */
export interface EarlierCharges {
  /** By month (YYYY-MM), each student's 应缴 in fen, by 学号. */
  readonly months: ReadonlyMap<string, ReadonlyMap<string, Fen>>;
  /** The semester's earlier months without a charge sheet, latest first. */
  readonly missing: readonly string[];
  /** An earlier 应缴 that is no amount of 0 or more, at its cell: that month left out for the student. */
  readonly findings: readonly Finding[];
}

/**
 * The semester's months before `month` as the workbook's Kehou charge sheets hold them: the
 * one reading of earlier months for the charge of one workbook and for the city's cap.
 */
export function earlierCharges(
  month: string,
  grids: readonly SheetGrid[],
  cap: Fen
): EarlierCharges {
  const months = new Map<string, Map<string, Fen>>();
  const missing: string[] = [];
  const findings: Finding[] = [];
  for (const m of earlierMonthsOfSemester(month)) {
    const grid = grids.find((g) => g.name === chargeSheetName(m) && isOwnedSheet(g));
    if (!grid) {
      missing.push(m);
      continue;
    }
    const read = payablesOf(grid);
    months.set(m, read.paid);
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
  return { months, missing, findings };
}

/**
 * The semester's earlier months of a month's charge under its profile's cap, as
 * `earlierCharges` reads them; undefined without a cap or a month. Read once per school:
 * the cap on the month and the city's figures both rest on it.
 */
export function earlierOfResult(
  result: Pick<ChargeResult, "month" | "profile">,
  grids: readonly SheetGrid[]
): EarlierCharges | undefined {
  const cap = result.profile?.caps.perSemesterFen;
  return cap === undefined || !result.month ? undefined : earlierCharges(result.month, grids, cap);
}

/**
 * The finding of a student's month lowered by the semester cap, at the row's 应缴金额 of the
 * month's charge sheet: the charge sheet has no note column, and its columns are read back by
 * header in later months, so the findings sheet says where the reduction went. The charge of
 * one workbook and the city's consolidation both say it with this.
 */
export function semesterCapFinding(
  month: string,
  place: { readonly cell?: string; readonly studentId?: string },
  student: string,
  figures: { readonly before: Fen; readonly cap: Fen } & SemesterCapped
): Finding {
  return finding(
    "CHARGE_SEMESTER_CAP",
    { sheet: chargeSheetName(month), cell: place.cell, studentId: place.studentId },
    {
      student,
      cap: fenText(figures.cap),
      before: fenText(figures.before),
      reduced: fenText(figures.reduced),
      payable: fenText(figures.payable),
    }
  );
}

/**
 * The profile's semester cap on a month charged from one workbook: the 应缴 of the semester's
 * earlier months is read from the Kehou charge sheets the workbook holds, and each student's
 * month is held to what remains of the cap, with a finding per student lowered. Earlier
 * months of the semester without a charge sheet are said, so the check is never silently
 * partial; the city's consolidation over months checks the cap as well.
 */
export function withSemesterCap(
  result: ChargeResult,
  grids: readonly SheetGrid[],
  earlier: EarlierCharges | undefined = earlierOfResult(result, grids)
): ChargeResult {
  const cap = result.profile?.caps.perSemesterFen;
  if (cap === undefined || !result.month || result.lines.length === 0 || !earlier) return result;
  const month = result.month;
  const findings: Finding[] = [...earlier.findings];
  const paid = new Map<string, Fen>();
  for (const byId of earlier.months.values())
    for (const [id, fen] of byId) paid.set(id, (paid.get(id) ?? 0) + fen);
  if (earlier.missing.length > 0)
    findings.push(
      finding(
        "CHARGE_SEMESTER_CAP_UNCHECKED",
        { sheet: "" },
        { cap: fenText(cap), months: [...earlier.missing].reverse().join("、") }
      )
    );
  const lines = result.lines.map((line, index) => {
    const before = line.id ? (paid.get(line.id) ?? 0) : 0;
    const capped = capToSemester(line.payable, before, cap);
    if (capped.reduced === 0) return line;
    const cell = chargeSheetCell(result.mode, index, "应缴金额");
    findings.push(
      semesterCapFinding(month, { cell, studentId: line.id || undefined }, line.name || line.id, {
        before,
        cap,
        ...capped,
      })
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
