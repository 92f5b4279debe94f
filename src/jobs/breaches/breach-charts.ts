import type { Finding } from "../../findings/finding";
import { ruleOf } from "../../findings/finding-rules";
import type { RuleFamily } from "../../findings/finding-rules/rule";
import type { ChartSpec } from "../chart-plan";

/** The rule families as the pane's chart names them. */
const FAMILY_ZH: Record<RuleFamily, string> = {
  reading: "读取",
  roster: "名册",
  charge: "收费计算",
  times: "服务时间",
  fees: "收费标准",
  days: "服务日期",
  content: "服务内容",
  enrollment: "报名与协议",
  teachers: "教师补助",
  management: "管理制度",
  city: "全市核对",
};

/**
 * The pane's picture of a breach check: errors and warnings by kind of rule, most first.
 * Undefined when nothing was found.
 */
export function breachChart(findings: readonly Finding[]): ChartSpec | undefined {
  const counts = new Map<RuleFamily, { error: number; warning: number }>();
  for (const f of findings) {
    if (f.severity === "info") continue;
    const family = ruleOf(f.rule).family;
    const c = counts.get(family) ?? { error: 0, warning: 0 };
    c[f.severity]++;
    counts.set(family, c);
  }
  const rows = [...counts].sort(
    ([, a], [, b]) => b.error + b.warning - (a.error + a.warning) || b.error - a.error
  );
  if (rows.length === 0) return undefined;
  return {
    kind: "stacked",
    horizontal: true,
    title: "问题：错误与警告（按类别）",
    categoryTitle: "类别",
    valueTitle: "条数",
    money: false,
    categories: { values: rows.map(([family]) => FAMILY_ZH[family]) },
    series: [
      { name: "错误", values: rows.map(([, c]) => c.error), color: "C00000" },
      { name: "警告", values: rows.map(([, c]) => c.warning), color: "E69F00" },
    ],
    at: { col: 0, row: 0, cols: 8, rows: 16 },
  };
}
