import type { CityFinding, CityResult } from "../../jobs/consolidate/job";
import { cityJson } from "../../jobs/consolidate/json";
import { fenText } from "../../policy/fen";
import { SEVERITY_ZH } from "../../findings/finding";
import { formatMessage } from "../../findings/messages/format";
import { UI_TEXT } from "../../findings/messages/ui";

/** A city finding for a terminal: its school and file, then its sheet and cell. */
function findingLine(f: CityFinding): string {
  // A message that names its school already is not led by the name again.
  const school = f.school && !f.message.includes(f.school) ? f.school : "";
  const who = [school, f.file && f.file !== f.school ? `（${f.file}）` : ""].join("");
  const where = [f.sheet, f.cell].filter(Boolean).join("!");
  return `  [${SEVERITY_ZH[f.severity]}] ${who ? `${who} ` : ""}${where ? `${where} ` : ""}${f.message}`;
}

/** A multi-month run for a terminal: the run, each month's city totals, each school's months. */
function monthsLines(j: ReturnType<typeof cityJson>): string[] {
  const months = j.months ?? [];
  const [first, last] = [months[0]?.month, months[months.length - 1]?.month];
  return [
    `全市 ${first} 至 ${last}（${months.length} 个月）：${j.totals.schools} 所学校，应缴合计 ¥${j.totals.payable}，政府分担合计 ¥${j.totals.governmentShare}`,
    ...months.map(
      (m) =>
        `  ${m.month}：${m.totals.schools} 所学校，${m.totals.students} 名学生，应缴 ¥${m.totals.payable}，政府分担 ¥${m.totals.governmentShare}`
    ),
    "各校每月应缴（政府分担）：",
    ...(j.trends ?? []).map(
      (t) =>
        `  ${t.school}：${months
          .map((m) =>
            m.month in t.payable
              ? `${m.month} ¥${t.payable[m.month]}（¥${t.governmentShare[m.month]}）`
              : `${m.month} 未报送`
          )
          .join("，")}`
    ),
  ];
}

/** What `kehou consolidate` prints without --json: totals, schools, errors, findings. */
export function cityText(result: CityResult, output: string, limit = 20): string {
  const j = cityJson(result);
  const count = (s: CityFinding["severity"]) =>
    result.findings.filter((f) => f.severity === s).length;
  const lines =
    result.schools.length > 0 && j.months
      ? monthsLines(j)
      : result.schools.length > 0
        ? [
            `全市 ${result.month ?? ""}：${j.totals.schools} 所学校，${j.totals.students} 名学生，应收 ¥${j.totals.gross}，减免 ¥${j.totals.waived}，应缴 ¥${j.totals.payable}，政府分担 ¥${j.totals.governmentShare}`,
            ...result.schools.map(
              (s) =>
                `  ${s.school}：${s.students} 人，应缴 ¥${fenText(s.payable)}，政府分担 ¥${fenText(s.governmentShare)}`
            ),
          ]
        : ["没有可汇总的学校工作簿。"];
  lines.push(...result.errors.map((e) => `  未汇总 ${e.file}：${e.message}`));
  lines.push(
    formatMessage(UI_TEXT.consoleFindingsCount, {
      errors: count("error"),
      warnings: count("warning"),
      infos: count("info"),
    })
  );
  lines.push(...result.findings.slice(0, limit).map(findingLine));
  if (result.findings.length > limit)
    lines.push(
      `  ${formatMessage(UI_TEXT.consoleFindingsMore, { n: result.findings.length - limit, sheet: "问题" })}`
    );
  lines.push(result.schools.length > 0 ? `已写出：${output}` : "未写出文件。");
  return lines.join("\n");
}
