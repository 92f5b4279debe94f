import type { BillingUnit, WaiverPayer } from "./profile";
import type { Stage } from "./stage";

/** A name in the two languages Kehou speaks. */
export interface Names {
  readonly "zh-CN": string;
  readonly en: string;
}

/** The stages and the graduating junior year, named once for every message, sheet and notice. */
export const STAGE_NAMES: Readonly<Record<Stage | "juniorGraduating", Names>> = {
  primary: { "zh-CN": "小学", en: "primary" },
  junior: { "zh-CN": "初中", en: "junior" },
  juniorGraduating: { "zh-CN": "初中毕业年级", en: "junior graduating-year" },
  senior: { "zh-CN": "高中", en: "senior" },
};

/** The parties that bear a waiver. */
export const PARTY_NAMES: Readonly<Record<WaiverPayer, Names>> = {
  government: { "zh-CN": "政府", en: "government" },
  school: { "zh-CN": "学校", en: "school" },
};

/** A stage's Chinese name. */
export function stageZh(stage: Stage): string {
  return STAGE_NAMES[stage]["zh-CN"];
}

/** What a rate is for, as a message words it after 每 (每小时, 每课时). */
export const UNIT_NAMES: Readonly<Record<BillingUnit["unit"], Names>> = {
  hour: { "zh-CN": "小时", en: "hour" },
  session: { "zh-CN": "课时", en: "session" },
  day: { "zh-CN": "天", en: "day" },
  month: { "zh-CN": "月", en: "month" },
};
