import { yuanNumber, type Fen } from "../../policy/fen";
import { columnLetters } from "../../sheets/a1";
import { STAGE_ZH } from "../../sheets/roster";
import { chargeChartRows, chargePageBreaks } from "./chart-layout";
import {
  OUTPUT_HEADER_ROW,
  tablePrint,
  type OutputCell,
  type OutputColumn,
  type OutputSheet,
} from "../output-sheet";
import type { ChargeLine, ChargeResult, MoneyTotals } from "./compute";
import { exactTextCriterion } from "./exact-criterion";

/** The charge sheet's name for a month. */
export function chargeSheetName(month: string): string {
  return `收费表 ${month}`;
}

type MoneyKey = "gross" | "waived" | "refund" | "payable" | "governmentShare" | "schoolShare";

interface Column extends OutputColumn {
  readonly line: (l: ChargeLine) => OutputCell;
  /** Summed in subtotals and totals. */
  readonly total?: (t: MoneyTotals) => number;
}

const money = (f: Fen) => yuanNumber(f);

function columns(refunds: boolean): Column[] {
  const moneyColumn = (header: string, key: MoneyKey): Column => ({
    header,
    width: 12,
    format: "money",
    line: (l) => money(l[key]),
    total: (t) => money(t[key]),
  });
  return [
    { header: "学号", width: 20, format: "text", line: (l) => l.id },
    { header: "姓名", width: 10, format: "text", line: (l) => l.name },
    { header: "班级", width: 14, format: "text", line: (l) => l.className },
    { header: "年级", width: 8, format: "text", line: (l) => l.gradeLabel },
    { header: "学段", width: 6, format: "text", line: (l) => (l.stage ? STAGE_ZH[l.stage] : "") },
    { header: "困难家庭", width: 8, format: "text", line: (l) => (l.hardship ? "是" : "") },
    { header: "服务天数", width: 8, format: "integer", line: (l) => l.days },
    {
      header: "服务分钟",
      width: 9,
      format: "integer",
      line: (l) => l.minutes,
      total: (t) => t.minutes,
    },
    {
      header: "计费分钟",
      width: 9,
      format: "integer",
      line: (l) => l.billableMinutes,
      total: (t) => t.billableMinutes,
    },
    moneyColumn("应收金额", "gross"),
    moneyColumn("减免金额", "waived"),
    ...(refunds ? [moneyColumn("退费金额", "refund")] : []),
    moneyColumn("应缴金额", "payable"),
    moneyColumn("政府分担", "governmentShare"),
    moneyColumn("学校分担", "schoolShare"),
  ];
}

/**
 * The A1 address of a line's cell in the charge sheet: `index` is the line's place in
 * `result.lines` (the sheet writes them in that order), `header` the column's header.
 */
export function chargeSheetCell(
  mode: ChargeResult["mode"],
  index: number,
  header: string
): string | undefined {
  const col = columns(mode === "monthly").findIndex((c) => c.header === header);
  return col < 0 ? undefined : `${columnLetters(col)}${OUTPUT_HEADER_ROW + 2 + index}`;
}

/** The daily minutes block: its day labels in 班级's column, its minutes in 服务分钟's. */
export const DAILY_LABEL_COL = 2;
export const DAILY_MINUTES_HEADER = "服务分钟";

/** A date as a short label (the line chart's axis): 2021-05-06 → 5/6. */
export function dayLabel(date: string): string {
  const [, m, d] = date.split("-");
  return `${Number(m)}/${Number(d)}`;
}

/** The block's title row, then one row a service day: its label and the school's minutes. */
function dailyRows(
  daily: readonly { readonly date: string; readonly minutes: number }[],
  cols: readonly Column[]
): OutputCell[][] {
  const at = cols.findIndex((c) => c.header === DAILY_MINUTES_HEADER);
  const row = (label: string, day: string, minutes: number | string) =>
    cols.map((_, i) => (i === 0 ? label : i === DAILY_LABEL_COL ? day : i === at ? minutes : null));
  return [
    row("每日服务分钟", "日期", "全校合计"),
    ...daily.map((d) => row("服务日", dayLabel(d.date), d.minutes)),
  ];
}

/**
 * The month's charge sheet: one row per student in an Excel table, then per-class subtotals
 * (SUMIFS) and the school total (SUM), formulas an accountant can audit, then the school's
 * minutes on each service day.
 */
export function chargeSheet(result: ChargeResult): OutputSheet {
  const cols = columns(result.mode === "monthly");
  const first = OUTPUT_HEADER_ROW + 2; // 1-based first data row
  const last = first + Math.max(result.lines.length, 1) - 1;
  const classCol = columnLetters(2);
  const after: OutputCell[][] = [[]];
  const totalRow = (
    label: string,
    labelCol: number,
    formula: (col: string) => string,
    totals: MoneyTotals
  ): OutputCell[] =>
    cols.map((c, i) => {
      if (i === labelCol) return label;
      if (i === 0 && labelCol !== 0) return "班级小计";
      if (!c.total) return null;
      const col = columnLetters(i);
      return { formula: formula(col), result: c.total(totals) };
    });
  for (const { className, totals } of result.classes) {
    const rowNumber = last + 1 + after.length;
    after.push(
      totalRow(
        className,
        2,
        (col) =>
          `SUMIFS(${col}${first}:${col}${last},${classCol}${first}:${classCol}${last},${exactTextCriterion(`${classCol}${rowNumber}`)})`,
        totals
      )
    );
  }
  after.push([]);
  after.push(totalRow("学校合计", 0, (col) => `SUM(${col}${first}:${col}${last})`, result.totals));
  // The school's minutes on each service day: the cells the minutes-per-day chart is bound to.
  const daily = result.daily ?? [];
  if (daily.length > 0) after.push([], ...dailyRows(daily, cols));
  const modeZh = result.mode === "monthly" ? "按月收取" : "据实收取";
  const sheet: OutputSheet = {
    name: chargeSheetName(result.month ?? ""),
    title: `${result.school} ${result.month ?? ""} 课后服务收费表（${modeZh}）`.trim(),
    columns: cols,
    rows: result.lines.map((l) => cols.map((c) => c.line(l))),
    table: `Kehou收费表_${(result.month ?? "").replace("-", "_")}`,
    after,
  };
  // Printed landscape one page wide, the header on every page, each chart on a page of its own.
  return { ...sheet, print: tablePrint(chargePageBreaks(chargeChartRows(result, sheet))) };
}
