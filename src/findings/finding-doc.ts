import { SEVERITY_ZH } from "./finding";
import { DEFAULT_PROFILE } from "../policy/profiles";
import { FINDING_RULES, type FindingRule, type RuleFamily } from "./finding-rules";
import { clauseOf } from "./rule-clause";

const severityZh = (s: FindingRule["severity"]) => `${SEVERITY_ZH[s]} ${s}`;

const FAMILY_TITLES: Record<RuleFamily, string> = {
  reading: "读取工作簿 Reading the workbook",
  roster: "学生名册 Roster (kehou validate, 校验名册)",
  charge: "收费 The month's charge (kehou charge, 生成收费表)",
  times: "服务时间 Service times (kehou breaches, 检查违规)",
  fees: "收费 Fees (kehou breaches)",
  days: "服务日 Service days (kehou charge and breaches)",
  content: "服务内容与合作机构 Content and providers (kehou breaches)",
  enrollment: "报名程序 Enrollment (kehou breaches and validate)",
  teachers: "教师补助 Teacher pay (kehou breaches)",
  management: "管理与公益性 Management and non-profit (kehou breaches)",
  city: "全市汇总 City consolidation (kehou consolidate, 汇总报送)",
};

const cell = (text: string) => text.replace(/\|/g, "\\|");

/** The default policy's clause and the profile field a bureau writes it in (`clauses.rate`). */
const clauseCell = (r: FindingRule) => {
  const text = clauseOf(r, DEFAULT_PROFILE);
  const field = r.cites ? `\`clauses.${r.cites}\`` : "";
  return [text, field].filter((t) => t !== "").join(" ");
};

/** The catalogue of finding rules as Markdown, generated from the rules so the two never drift. */
export function findingsDoc(): string {
  const rules = Object.entries(FINDING_RULES) as [string, FindingRule][];
  const sections = (Object.keys(FAMILY_TITLES) as RuleFamily[]).flatMap((family) => {
    const rows = rules.filter(([, r]) => r.family === family);
    if (rows.length === 0) return [];
    return [
      `## ${FAMILY_TITLES[family]}`,
      "",
      "| rule | severity | clause | message (zh-CN) | fix |",
      "| --- | --- | --- | --- | --- |",
      ...rows.map(
        ([id, r]) =>
          `| \`${id}\` | ${severityZh(r.severity)} | ${clauseCell(r)} | ${cell(r.zh)} | ${cell(r.fix ?? "")} |`
      ),
      "",
    ];
  });
  return [
    "# 规则目录 Rule catalogue",
    "",
    "Generated from `src/findings/finding-rules/` by `npm run docs`; a test fails when this page is stale.",
    "Every finding Kehou reports carries one of these stable ids, its sheet and cell, the policy clause it enforces,",
    "and the message below with the values filled in. Clauses are the built-in default policy's labels (§三(五)2 …) and the",
    "profile field each rule cites (`clauses.rate`): under another profile the 条款 column shows that profile's label, and is",
    "empty where the profile leaves the field out (see docs/profiles.md).",
    "",
    ...sections,
  ].join("\n");
}
