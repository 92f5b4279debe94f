import { FINDING_RULES, type FindingRule } from "./finding-rules";

const severityZh = { error: "错误 error", warning: "警告 warning", info: "提示 info" } as const;

/** The catalogue of finding rules as Markdown, generated from the rules so the two never drift. */
export function findingsDoc(): string {
  const rows = (Object.entries(FINDING_RULES) as [string, FindingRule][]).map(
    ([id, r]) =>
      `| \`${id}\` | ${severityZh[r.severity]} | ${r.clause ?? ""} | ${r.zh.replace(/\|/g, "\\|")} |`
  );
  return [
    "# 问题规则 Finding rules",
    "",
    "Generated from `src/sheets/finding-rules.ts` by `npm run docs`; a test fails when this page is stale.",
    "Every finding Kehou reports carries one of these stable ids, its sheet and cell, and the message below with the values filled in.",
    "",
    "| rule | severity | clause | message (zh-CN) |",
    "| --- | --- | --- | --- |",
    ...rows,
    "",
  ].join("\n");
}
