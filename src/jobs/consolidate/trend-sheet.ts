import { sumFen, yuanNumber, type Fen } from "../../policy/fen";
import { columnLetters } from "../../sheets/a1";
import {
  OUTPUT_HEADER_ROW,
  type OutputCell,
  type OutputColumn,
  type OutputSheet,
} from "../output-sheet";
import type { CityResult } from "./job";
import { periodText } from "./run-months";
import { schoolTrends, type TrendFigures } from "./trends";

/** The trend sheet's name, and the figures it shows per month, in column order. */
export const TREND_SHEET = "趋势";
export const TREND_FIGURES = [
  { header: "应缴", pick: (f: TrendFigures) => f.payable },
  { header: "政府分担", pick: (f: TrendFigures) => f.governmentShare },
] as const;

/** The header of a figure's column for a month (应缴 2021-03), or of its sum over the run. */
export const trendHeader = (figure: string, month?: string) =>
  month ? `${figure} ${month}` : `${figure}合计`;

/**
 * 趋势: a row per school, for each figure a column per month (blank where
 * the school did not submit) and the school's sum over the run, and under them the city
 * total of each column as a SUM formula: the city's figure per month.
 */
export function trendSheet(result: CityResult): OutputSheet {
  const months = result.months ?? [];
  const trends = schoolTrends(result);
  const columns: OutputColumn[] = [{ header: "学校", width: 22, format: "text" }];
  for (const figure of TREND_FIGURES)
    for (const m of [...months, undefined])
      columns.push({ header: trendHeader(figure.header, m), width: 15, format: "money" });
  const first = OUTPUT_HEADER_ROW + 2;
  const last = first + Math.max(trends.length, 1) - 1;
  const sum = (range: string, fen: Fen): OutputCell => ({
    formula: `SUM(${range})`,
    result: yuanNumber(fen),
  });
  const rows = trends.map((t, i) => {
    const row: OutputCell[] = [t.school];
    for (const figure of TREND_FIGURES) {
      const start = row.length;
      for (const m of months) {
        const f = t.byMonth.get(m);
        row.push(f ? yuanNumber(figure.pick(f)) : null);
      }
      const r = first + i;
      const fen = sumFen([...t.byMonth.values()].map(figure.pick));
      row.push(sum(`${columnLetters(start)}${r}:${columnLetters(row.length - 1)}${r}`, fen));
    }
    return row;
  });
  const total: OutputCell[] = ["全市合计"];
  for (const figure of TREND_FIGURES)
    for (const m of [...months, undefined]) {
      const col = columnLetters(total.length);
      const fen = sumFen(
        trends.flatMap((t) =>
          [...t.byMonth]
            .filter(([month]) => m === undefined || month === m)
            .map(([, f]) => figure.pick(f))
        )
      );
      total.push(sum(`${col}${first}:${col}${last}`, fen));
    }
  return {
    name: TREND_SHEET,
    title: `全市课后服务趋势 ${periodText(months)}：各校每月应缴与政府分担（元，空白为该月未报送）`,
    columns,
    rows,
    table: "Kehou趋势",
    after: [[], total],
  };
}
