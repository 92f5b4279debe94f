import { SEVERITY_ZH, sortFindings, type Finding } from "../findings/finding";
import { formatMessage } from "../findings/messages/format";
import { UI_TEXT } from "../findings/messages/ui";

/** Findings for a terminal: counts by severity, then up to `limit` lines with their cells. */
export function findingsText(findings: readonly Finding[], limit = 20): string {
  const count = (s: Finding["severity"]) => findings.filter((f) => f.severity === s).length;
  const lines = [
    formatMessage(UI_TEXT.consoleFindingsCount, {
      errors: count("error"),
      warnings: count("warning"),
      infos: count("info"),
    }),
  ];
  const sorted = sortFindings(findings);
  for (const f of sorted.slice(0, limit)) {
    // A finding of a whole sheet whose message names the sheet already is not told "设置 设置中…".
    const named = !f.cell && !!f.sheet && f.message.startsWith(f.sheet);
    const where = named ? "" : [f.sheet, f.cell].filter(Boolean).join("!");
    lines.push(`  [${SEVERITY_ZH[f.severity]}] ${where ? `${where} ` : ""}${f.message}`);
  }
  if (sorted.length > limit)
    lines.push(
      `  ${formatMessage(UI_TEXT.consoleFindingsMore, { n: sorted.length - limit, sheet: "问题清单" })}`
    );
  return lines.join("\n");
}
