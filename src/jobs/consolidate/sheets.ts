import { yuanNumber } from "../../policy/fen";
import { columnLetters } from "../../sheets/a1";
import { SEVERITY_ZH } from "../../findings/finding";
import { ruleOf } from "../../findings/finding-rules";
import { clauseOf } from "../../findings/rule-clause";
import { DEFAULT_PROFILE } from "../../policy/profiles";
import {
  OUTPUT_HEADER_ROW,
  tablePrint,
  type OutputCell,
  type OutputColumn,
  type OutputSheet,
} from "../output-sheet";
import type { CityResult } from "./job";
import { periodText } from "./run-months";
import type { SchoolFigures } from "./school-figures";
import { trendSheet } from "./trend-sheet";

type Column = OutputColumn & {
  readonly value: (s: SchoolFigures) => OutputCell;
  readonly summed?: boolean;
  /** A head count: summed over one month, not over several (a pupil of three months is one). */
  readonly heads?: boolean;
};

const text = (header: string, width: number, value: (s: SchoolFigures) => OutputCell): Column => ({
  header,
  width,
  format: "text",
  value,
});
const count = (header: string, value: (s: SchoolFigures) => number, heads = false): Column => ({
  header,
  width: 9,
  format: "integer",
  value,
  summed: true,
  heads,
});
const money = (header: string, value: (s: SchoolFigures) => number): Column => ({
  header,
  width: 13,
  format: "money",
  value: (s) => yuanNumber(value(s)),
  summed: true,
});

/**
 * A per-school table with the city total as SUM formulas under it; over several months the
 * total is the period's (全期合计), head counts left out.
 */
function tableWithTotal(
  name: string,
  title: string,
  table: string,
  columns: Column[],
  schools: readonly SchoolFigures[],
  several = false
): OutputSheet {
  const first = OUTPUT_HEADER_ROW + 2;
  const last = first + Math.max(schools.length, 1) - 1;
  const total: OutputCell[] = columns.map((c, i) => {
    if (i === 0) return several ? "全期合计" : "全市合计";
    if (!c.summed || (several && c.heads)) return null;
    const col = columnLetters(i);
    const result = schools.reduce((sum, s) => sum + (c.value(s) as number), 0);
    return {
      formula: `SUM(${col}${first}:${col}${last})`,
      result: c.format === "money" ? Math.round(result * 100) / 100 : result,
    };
  });
  return {
    name,
    title,
    columns,
    rows: schools.map((s) => columns.map((c) => c.value(s))),
    table,
    after: [[], total],
    // Landscape, one page wide, as many pages tall as the schools take.
    print: tablePrint(),
  };
}

/**
 * The city workbook (SPEC §1): 汇总, 政府补助 and 问题; no names or ids unless asked.
 * A multi-month run has a row per school and month in 汇总 and 政府补助
 * (the government pays month by month), and 趋势.
 */
export function citySheets(result: CityResult): OutputSheet[] {
  const several = result.months !== undefined;
  const month = several ? periodText(result.months!) : (result.month ?? "");
  const summary = tableWithTotal(
    "汇总",
    `全市课后服务汇总 ${month}`,
    "Kehou汇总",
    [
      text("学校", 22, (s) => s.school),
      text("文件", 24, (s) => s.file),
      text("月份", 9, (s) => s.month ?? ""),
      count("服务学生", (s) => s.students, true),
      count("留守儿童", (s) => s.leftBehind, true),
      count("随迁子女", (s) => s.migrant, true),
      count("困难家庭", (s) => s.hardship, true),
      count("服务人次", (s) => s.days),
      count("服务分钟", (s) => s.minutes),
      money("应收金额", (s) => s.gross),
      money("减免金额", (s) => s.waived),
      money("退费金额", (s) => s.refund),
      money("应缴金额", (s) => s.payable),
      money("政府分担", (s) => s.governmentShare),
      money("学校分担", (s) => s.schoolShare),
      count("错误", (s) => s.counts.error),
      count("警告", (s) => s.counts.warning),
    ],
    result.schools,
    several
  );
  const subsidy = tableWithTotal(
    "政府补助",
    `${month} 困难家庭学生免收费 政府分担（应拨付各校${several ? "，按月" : ""}）`,
    "Kehou政府补助",
    [
      text("学校", 22, (s) => s.school),
      ...(several ? [text("月份", 9, (s) => s.month ?? "")] : []),
      count("困难家庭学生", (s) => s.hardship, true),
      money("减免金额", (s) => s.waived),
      money("政府分担", (s) => s.governmentShare),
      money("学校分担", (s) => s.schoolShare),
    ],
    result.schools,
    several
  );
  const problems: OutputSheet = {
    name: "问题",
    title: `${month} 各校及全市问题`,
    columns: [
      { header: "学校", width: 22, format: "text" },
      { header: "文件", width: 24, format: "text" },
      { header: "严重程度", width: 8, format: "text" },
      { header: "规则", width: 26, format: "text" },
      { header: "条款", width: 12, format: "text" },
      { header: "工作表", width: 14, format: "text" },
      { header: "单元格", width: 8, format: "text" },
      { header: "学号", width: 16, format: "text" },
      { header: "说明", width: 80, format: "text" },
    ],
    rows: result.findings.map((f) => [
      f.school,
      f.file,
      SEVERITY_ZH[f.severity],
      f.rule,
      clauseOf(ruleOf(f.rule), result.profile ?? DEFAULT_PROFILE),
      f.sheet,
      f.cell,
      f.studentId ?? "",
      f.message,
    ]),
    table: "Kehou问题",
    // A long list runs over pages, never squeezed onto one.
    print: tablePrint(),
  };
  return several ? [summary, trendSheet(result), subsidy, problems] : [summary, subsidy, problems];
}
