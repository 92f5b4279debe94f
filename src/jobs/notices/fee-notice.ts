import type { CivilDate } from "../../policy/civil-date";
import type { Profile } from "../../policy/profile";
import { rulesOf } from "../../policy/profile-rules";
import type { ServicePeriod } from "../../policy/service-window";
import type { NoticeSettings } from "../../sheets/notice-settings";
import { shownSchool, type SchoolSettings } from "../../sheets/settings";
import { cited } from "./cited";
import { OUTPUT_HEADER_ROW, type OutputCell, type OutputSheet } from "../output-sheet";
import {
  modeLine,
  periodInForce,
  periodName,
  prorationLine,
  rateLine,
  refundLine,
  serviceTimeLines,
  transferLine,
  waiverLine,
  withClause,
  type PolicyLine,
} from "./policy-lines";

export const FEE_NOTICE_SHEET = "收费公示";

/** What the public notice and the letter are made from. */
export interface NoticeSource {
  readonly settings: SchoolSettings;
  readonly notice: NoticeSettings;
  /** The notice's date: the settings' 收费公示日期, else the day it is made. */
  readonly date: CivilDate;
  readonly periods?: readonly ServicePeriod[];
}

/** The school's contact lines, where the settings give them; the supervision phone's clause the profile's. */
export function contactRows(notice: NoticeSettings, profile: Profile): OutputCell[][] {
  const clause = profile.provenance.clauses.supervision;
  return [
    ...(notice.phone ? [["联系电话", notice.phone]] : []),
    ...(notice.supervisionPhone ? [["监督电话", cited(notice.supervisionPhone, clause)]] : []),
  ];
}

/** Taking part is the family's free choice (自愿参加), with the profile's clause. */
export function voluntaryText(profile: Profile): string {
  return cited(
    "学生是否参加课后服务，由学生、家长自愿选择，学校及教师不得强制或变相强制",
    profile.provenance.clauses.voluntary
  );
}

const row = (l: PolicyLine): OutputCell[] => [l.label, withClause(l)];

/**
 * 收费公示 (job `notice`): the fee standard, proration and the 30-minute rule, the charging
 * mode, the hardship waiver, refunds and transfers, the service times of the period in force,
 * and the school's contact; each rule with its clause. Fees may be charged only once this is
 * posted (§三(五)3(1) 未经公示不得收费).
 */
export function feeNoticeSheet(source: NoticeSource): OutputSheet {
  const { settings, notice, date } = source;
  const school = shownSchool(settings.school);
  const profile = settings.profile;
  const periods = source.periods ?? rulesOf(profile).periods;
  const period = periodInForce(date, periods);
  const rows: OutputCell[][] = [
    [`${school}课后服务收费公示`],
    [
      "",
      `根据《${profile.provenance.title}》${profile.provenance.number ? `（${profile.provenance.number}）` : ""}，现将本校课后服务收费标准、退费办法公示如下，${cited("未经公示不得收费", profile.provenance.clauses.notice)}。`,
    ],
    row(rateLine(settings.uplift, profile, settings.rates)),
    row(prorationLine(profile)),
    row(modeLine(settings.mode, profile)),
    row(waiverLine(profile)),
    row(refundLine(profile)),
    row(transferLine(profile)),
    [`服务时间（${periodName(period)}）`],
    ...serviceTimeLines(date, settings.endTimes, periods, profile).map(row),
    ["参加原则", voluntaryText(profile)],
    ...contactRows(notice, profile),
    ["公示日期", date],
    ["", `${school}（盖章）`],
  ];
  const first = OUTPUT_HEADER_ROW + 1;
  return {
    name: FEE_NOTICE_SHEET,
    title: `${school} 课后服务收费公示`.trim(),
    columns: [
      // Wide enough for 初中非毕业年级 (7 CJK characters), which a narrower column would cut.
      { header: "项目", width: 16, format: "text" },
      { header: "内容", width: 64, format: "text", wrap: true },
    ],
    rows,
    // Printed from its own title (large, over both columns) to the seal line at the foot.
    print: { firstRow: first, lastRow: first + rows.length - 1, breaksAfter: [], titleRow: first },
  };
}
