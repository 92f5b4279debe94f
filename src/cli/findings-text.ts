import { SEVERITY_ZH, sortFindings, type Finding } from "../findings/finding";

/** Findings for a terminal: counts by severity, then up to `limit` lines with their cells. */
export function findingsText(findings: readonly Finding[], limit = 20): string {
  const count = (s: Finding["severity"]) => findings.filter((f) => f.severity === s).length;
  const lines = [`问题：错误 ${count("error")}，警告 ${count("warning")}，提示 ${count("info")}`];
  const sorted = sortFindings(findings);
  for (const f of sorted.slice(0, limit)) {
    // A finding of a whole sheet whose message names the sheet already is not told "设置 设置中…".
    const named = !f.cell && !!f.sheet && f.message.startsWith(f.sheet);
    const where = named ? "" : [f.sheet, f.cell].filter(Boolean).join("!");
    lines.push(`  [${SEVERITY_ZH[f.severity]}] ${where ? `${where} ` : ""}${f.message}`);
  }
  if (sorted.length > limit)
    lines.push(`  …… 另有 ${sorted.length - limit} 条，见「问题清单」工作表或 --json`);
  return lines.join("\n");
}
