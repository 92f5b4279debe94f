import { shownSchool } from "../../sheets/settings";
import { rulesOf } from "../../policy/profile-rules";
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

/** What §四(四) asks of a school, for a school that has not written its own paragraph. */
const DEFAULT_SAFETY =
  "学校把安全放在首位，落实考勤、监管、交接班、门卫登记等制度，做好安全预案，检查活动场所、应急救护和消防设施；严格审核参与服务人员的政治、品德、健康等情况；完善校方责任险，鼓励学生自愿参加意外伤害保险";

/**
 * 致家长的一封信 (job `notice`, with the letter): what §二(五) binds the school to tell
 * families — service times, way, content, safety measures and fees — and how to join
 * (§三(六)), with a tear-off 回执.
 */
export function letterSheet(source: NoticeSource): OutputSheet {
  const { settings, notice, date } = source;
  const school = shownSchool(settings.school);
  const profile = settings.profile;
  const periods = source.periods ?? rulesOf(profile).periods;
  const period = periodInForce(date, periods);
  const times = serviceTimeLines(date, settings.endTimes, periods, profile);
  const rows: OutputCell[][] = [
    ["致家长的一封信"],
    ["尊敬的家长："],
    [
      `${P}为解决家长按时接送学生困难，学校依照《${profile.provenance.title}》开展课后服务。现将服务时间、服务方式、服务内容、安全保障措施和收费事项告知如下（§二(五)）：`,
    ],
    [`一、服务时间（${periodName(period)}，正常上课日放学后）`],
    ...times.map((t) => [`${P}${t.label}：${withClause(t)}`]),
    ["二、服务方式"],
    [
      `${P}由学校统一组织，教师在班在场服务；学生、家长自愿参加，学校及教师不得强制或变相强制（§二(四)）。`,
    ],
    ["三、服务内容"],
    [
      `${P}集中完成作业，教师作业辅导答疑；${profile.checks.exerciseMinutesPerDay !== undefined ? `每天体育锻炼不少于${profile.checks.exerciseMinutesPerDay}分钟；` : ""}社团、兴趣小组、阅读、艺术、实验等兴趣活动和综合实践活动（§三(三)）。不讲新课、不抢进度、不补课（§四(三)1）。`,
    ],
    ["四、安全保障措施"],
    [`${P}${notice.safety ?? DEFAULT_SAFETY}（§四(四)）。`],
    ["五、收费事项"],
    ...[
      rateLine(settings.uplift, profile, settings.rates),
      prorationLine(profile),
      waiverLine(profile),
      refundLine(profile),
    ].map((l) => [`${P}${l.label}：${withClause(l)}。`]),
    ["六、参加办法"],
    [
      `${P}家长书面申请 → 班主任审核 → 学校同意并公示 → 学校与家长签订服务协议后参加；退出同样需书面申请，经学校批准（§三(六)）。`,
    ],
    ...contactRows(notice).map(([k, v]) => [`${P}${k}：${v}`]),
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
