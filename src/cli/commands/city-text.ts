import { CONSOLE_TEXT } from "../../findings/messages/console";
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
    formatMessage(CONSOLE_TEXT.cityMonths, {
      first,
      last,
      months: months.length,
      schools: j.totals.schools,
      payable: j.totals.payable,
      government: j.totals.governmentShare,
    }),
    ...months.map((m) =>
      formatMessage(CONSOLE_TEXT.cityMonth, {
        month: m.month,
        schools: m.totals.schools,
        students: m.totals.students,
        payable: m.totals.payable,
        government: m.totals.governmentShare,
      })
    ),
    formatMessage(CONSOLE_TEXT.cityTrendsHeading),
    ...(j.trends ?? []).map(
      (t) =>
        `  ${t.school}：${months
          .map((m) =>
            m.month in t.payable
              ? formatMessage(CONSOLE_TEXT.cityTrendMonth, {
                  month: m.month,
                  payable: t.payable[m.month],
                  government: t.governmentShare[m.month],
                })
              : formatMessage(CONSOLE_TEXT.cityTrendMissing, { month: m.month })
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
            formatMessage(CONSOLE_TEXT.cityTotals, {
              month: result.month ?? "",
              schools: j.totals.schools,
              students: j.totals.students,
              gross: j.totals.gross,
              waived: j.totals.waived,
              payable: j.totals.payable,
              government: j.totals.governmentShare,
            }),
            ...result.schools.map((s) =>
              formatMessage(CONSOLE_TEXT.citySchool, {
                school: s.school,
                students: s.students,
                payable: fenText(s.payable),
                government: fenText(s.governmentShare),
              })
            ),
          ]
        : [formatMessage(CONSOLE_TEXT.cityNoSchools)];
  lines.push(
    ...result.errors.map((e) =>
      formatMessage(CONSOLE_TEXT.cityNotGathered, { file: e.file, message: e.message })
    )
  );
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
  lines.push(
    result.schools.length > 0
      ? formatMessage(CONSOLE_TEXT.cityWritten, { file: output })
      : formatMessage(CONSOLE_TEXT.cityNotWritten)
  );
  return lines.join("\n");
}
