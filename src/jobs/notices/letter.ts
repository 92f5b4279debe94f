import { shownSchool } from "../../sheets/settings";
import { rulesOf } from "../../policy/profile-rules";
import { cited } from "./cited";
import { OUTPUT_HEADER_ROW, type OutputCell, type OutputSheet } from "../output-sheet";
import { contactRows, type NoticeSource } from "./fee-notice";
import {
  periodInForce,
  periodName,
  prorationLine,
  rateLine,
  refundLine,
  serviceTimeLines,
  waiverLine,
  withClause,
} from "./policy-lines";

export const LETTER_SHEET = "致家长的一封信";

/** A paragraph's indent (two ideographic spaces) and one ideographic space. */
const P = "\u3000\u3000";
const S = "\u3000";

/** The safety paragraph of a school that wrote none, under a profile that words none either. */
const PLAIN_SAFETY =
  "学校把安全放在首位，落实课后服务的考勤、监管、交接等安全管理制度，做好安全预案";

/**
 * 致家长的一封信 (job `notice`, with the letter): what the school must tell families —
 * service times, way, content, safety measures and fees — and how to join, with a tear-off
 * 回执; each fixed sentence cites the profile's clause label for it, or none where it has none.
 */
export function letterSheet(source: NoticeSource): OutputSheet {
  const { settings, notice, date } = source;
  const school = shownSchool(settings.school);
  const profile = settings.profile;
  const periods = source.periods ?? rulesOf(profile).periods;
  const period = periodInForce(date, periods);
  const times = serviceTimeLines(date, settings.endTimes, periods, profile);
  const clause = profile.provenance.clauses;
  const exercise = profile.checks.exerciseMinutesPerDay;
  const safety = notice.safety ?? profile.safetyMeasures ?? PLAIN_SAFETY;
  const rows: OutputCell[][] = [
    ["致家长的一封信"],
    ["尊敬的家长："],
    [
      `${P}为解决家长按时接送学生困难，学校依照《${profile.provenance.title}》开展课后服务。${cited("现将服务时间、服务方式、服务内容、安全保障措施和收费事项告知如下", clause.informFamilies)}：`,
    ],
    [`一、服务时间（${periodName(period)}，正常上课日放学后）`],
    ...times.map((t) => [`${P}${t.label}：${withClause(t)}`]),
    ["二、服务方式"],
    [
      `${P}由学校统一组织，教师在班在场服务；${cited("学生、家长自愿参加，学校及教师不得强制或变相强制", clause.voluntary)}。`,
    ],
    ["三、服务内容"],
    [
      `${P}${cited(`集中完成作业，教师作业辅导答疑；${exercise !== undefined ? `每天体育锻炼不少于${exercise}分钟；` : ""}社团、兴趣小组、阅读、艺术、实验等兴趣活动和综合实践活动`, clause.content)}。${profile.checks.noNewLessons ? `${cited("不讲新课、不抢进度、不补课", clause.noNewLessons)}。` : ""}`,
    ],
    ["四、安全保障措施"],
    [`${P}${cited(safety, clause.safety)}。`],
    ["五、收费事项"],
    ...[
      rateLine(settings.uplift, profile, settings.rates),
      prorationLine(profile),
      waiverLine(profile),
      refundLine(profile),
    ].map((l) => [`${P}${l.label}：${withClause(l)}。`]),
    ["六、参加办法"],
    [
      `${P}${cited("家长书面申请 → 班主任审核 → 学校同意并公示 → 学校与家长签订服务协议后参加；退出同样需书面申请，经学校批准", clause.enrollment)}。`,
    ],
    ...contactRows(notice, profile).map(([k, v]) => [`${P}${k}：${v}`]),
    [`${school}${S}${date}`],
    [`${"- ".repeat(20)}沿此线剪下${" -".repeat(20)}`],
    ["课后服务回执"],
    [`学生姓名：______________${P}班级：______________`],
    [`是否参加课后服务：□ 参加${P}□ 不参加`],
    [`家长签字：______________${P}日期：______年____月____日`],
  ];
  const first = OUTPUT_HEADER_ROW + 1;
  return {
    name: LETTER_SHEET,
    title: `${school} 致家长的一封信`.trim(),
    columns: [{ header: "内容", width: 80, format: "text", wrap: true }],
    rows,
    print: { firstRow: first, lastRow: first + rows.length - 1, breaksAfter: [], titleRow: first },
  };
}
