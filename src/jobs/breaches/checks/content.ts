import { finding, type Finding } from "../../../findings/finding";
import { providerKey } from "../../../sheets/providers";
import type { BreachCheck } from "../context";

/** §三(三) 至少30分钟体育锻炼: what counts as physical exercise in an activity's name. */
const EXERCISE = /体育|锻炼|运动|跑步|跳绳|球|操|游泳|武术|体能|田径|毽|拔河|跆拳道|轮滑|舞蹈/;
/** §四(三)1 严禁讲新课、抢进度、补课. */
const FORBIDDEN = ["讲新课", "新授", "新课", "抢进度", "赶进度", "补课", "超前"];
/** §四(三)1 严禁与校外培训机构合作、引入经营性企业. */
const COMMERCIAL = [
  "有限公司",
  "有限责任公司",
  "股份",
  "公司",
  "培训",
  "教育咨询",
  "辅导班",
  "补习",
];
const NO_PROVIDER = /^(无|本校|学校|校内|自主|\/|-)?$/;

/**
 * Content (§三(三), §四(三)1): at least 30 minutes of physical exercise per service day and
 * group; no new lessons, racing ahead or tutoring; providers on the white list, off the black
 * list, and not companies or training businesses.
 */
export const contentBreaches: BreachCheck = (ctx) => {
  const sheet = ctx.activities;
  const checks = ctx.workbook.settings.profile.checks;
  const clauses = ctx.workbook.settings.profile.provenance.clauses;
  const least = checks.exerciseMinutesPerDay;
  // Said once, so a clean report is never read as these checks passing; an exercise minimum
  // only where the profile has one.
  if (!sheet)
    return [
      least !== undefined
        ? finding(
            "CONTENT_CHECKS_SKIPPED",
            { sheet: "" },
            {
              least,
              contentClause: clauses.content ?? "",
              lessonsClause: clauses.noNewLessons ?? "",
            }
          )
        : finding(
            "CONTENT_CHECKS_SKIPPED_NO_EXERCISE",
            { sheet: "" },
            { lessonsClause: clauses.noNewLessons ?? "" }
          ),
    ];
  const findings: Finding[] = [];
  const exercise = new Map<
    string,
    { minutes: number; cell: string; date: string; group: string }
  >();
  for (const a of sheet.activities) {
    // §三(三) minutes of exercise are added up only where the profile has the check.
    if (least !== undefined && a.date) {
      const key = `${a.date}|${a.group}`;
      const day = exercise.get(key) ?? {
        minutes: 0,
        cell: a.cells.date ?? "",
        date: a.date,
        group: a.group || "全校",
      };
      if (EXERCISE.test(a.activity)) day.minutes += a.minutes ?? 0;
      exercise.set(key, day);
    }
    const word = checks.noNewLessons ? FORBIDDEN.find((w) => a.activity.includes(w)) : undefined;
    if (word)
      findings.push(
        finding(
          "CONTENT_NEW_LESSONS",
          { sheet: sheet.sheet, cell: a.cells.activity },
          { activity: a.activity, word }
        )
      );
  }
  for (const day of exercise.values()) {
    if (least !== undefined && day.minutes < least)
      findings.push(
        finding(
          "CONTENT_EXERCISE_SHORT",
          { sheet: sheet.sheet, cell: day.cell },
          { date: day.date, group: day.group, minutes: day.minutes, least }
        )
      );
  }
  const seen = new Set<string>();
  const { white, black } = ctx.providers;
  for (const a of sheet.activities) {
    const key = providerKey(a.provider);
    if (NO_PROVIDER.test(key) || seen.has(key)) continue;
    seen.add(key);
    const place = { sheet: sheet.sheet, cell: a.cells.provider };
    const commercial = checks.noCommercialProviders
      ? COMMERCIAL.find((w) => key.includes(w))
      : undefined;
    if (black?.has(key))
      findings.push(finding("PROVIDER_BLACKLISTED", place, { provider: a.provider }));
    else if (white && !white.has(key))
      findings.push(finding("PROVIDER_NOT_WHITELISTED", place, { provider: a.provider }));
    if (commercial && !black?.has(key))
      findings.push(
        finding("PROVIDER_COMMERCIAL", place, { provider: a.provider, word: commercial })
      );
  }
  return findings;
};
