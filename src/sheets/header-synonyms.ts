/** The fields a roster or attendance header can name, with the words schools use (SPEC §11). */
export const HEADER_SYNONYMS = {
  id: [
    "学号",
    "学籍号",
    "学生编号",
    "编号",
    "学生学号",
    "全国学籍号",
    "学籍编号",
    "学生id",
    "id",
    "studentid",
  ],
  name: ["姓名", "学生姓名", "名字", "学生", "name"],
  grade: ["年级", "所在年级", "grade"],
  class: ["班级", "班", "班别", "所在班级", "行政班", "class"],
  stage: ["学段", "学部", "stage"],
  hardship: [
    "困难家庭",
    "家庭经济困难",
    "经济困难",
    "困难学生",
    "家庭困难",
    "建档立卡",
    "hardship",
  ],
  leftBehind: ["留守儿童", "留守", "leftbehind"],
  migrant: ["随迁子女", "随迁", "migrant"],
  application: ["申请日期", "申请时间", "家长申请日期"],
  review: ["审核日期", "审核时间", "班主任审核日期"],
  approval: ["批准日期", "批准时间", "学校批准日期", "同意日期"],
  notice: ["公示日期", "公示时间"],
  agreement: ["协议签订日期", "协议日期", "签订协议日期", "协议签订时间", "签约日期"],
  withdrawal: ["退出日期", "退出时间"],
  withdrawalApplication: ["退出申请日期", "退出申请", "退出申请时间", "申请退出日期", "申请退出"],
  withdrawalApproval: ["退出批准", "退出批准日期", "退出批准时间", "批准退出日期", "批准退出"],
  withdrawn: ["是否退出", "退出", "已退出"],
  decision: ["审批结果", "批准结果", "报名结果", "是否批准", "批准情况", "录取结果"],
  refundApplied: ["退费申请", "申请退费", "是否申请退费"],
  charge: [
    "应收金额",
    "收费金额",
    "应缴金额",
    "实收金额",
    "应收",
    "收费",
    "服务费",
    "课后服务费",
    "收费金额元",
  ],
  refundAmount: ["退费金额", "退费", "退款", "退款金额"],
  total: ["合计", "小计", "总计", "累计", "total"],
  remark: ["备注", "说明", "remark"],
  serial: ["序号", "no", "no."],
} as const;

export type HeaderField = keyof typeof HEADER_SYNONYMS;

import { normalizeHeader } from "./header-text";

export { normalizeHeader };

/**
 * A normalised header with the usual variants of its words folded to one spelling, for
 * matching only: 签定/签署/签约 → 签订, 时间 → 日期, 学籍号 (and 学藉号) → 学号, and 课后服务, 服务 and
 * 家长 left out before 协议, 申请 and 签订 ("家长申请时间", "服务协议签定日期"; 家长姓名 is
 * no student's name).
 * @example headerVariant("服务协议签定时间") //=> "协议签订日期"
 */
export function headerVariant(normalized: string): string {
  return normalized
    .replace(/签定|签署|签约/g, "签订")
    .replace(/时间/g, "日期")
    .replace(/学籍号|学藉号/g, "学号")
    .replace(/(?:课后服务|服务|家长)+(?=协议|申请|签订)/g, "");
}

const lookup = new Map<string, HeaderField>();
for (const [field, words] of Object.entries(HEADER_SYNONYMS) as [
  HeaderField,
  readonly string[],
][]) {
  for (const w of words) lookup.set(normalizeHeader(w), field);
}

/**
 * The synonyms by their variant form (of 2+ characters); a form two fields share is left out,
 * so a variant never picks one of two fields.
 */
const byVariant = new Map<string, HeaderField | null>();
for (const [word, field] of lookup) {
  const v = headerVariant(word);
  if (v.length < 2) continue;
  const had = byVariant.get(v);
  byVariant.set(v, had === undefined || had === field ? field : null);
}

/** The synonyms of 2+ characters by their first character, in `lookup`'s order. */
const byFirst = new Map<string, [string, HeaderField][]>();
for (const [word, field] of lookup) {
  if (word.length < 2) continue;
  const list = byFirst.get(word[0]) ?? [];
  list.push([word, field]);
  byFirst.set(word[0], list);
}

/**
 * The field a header names, or undefined.
 * @example headerField("学籍号（19位）") //=> "id"
 */
export function headerField(text: string): HeaderField | undefined {
  const h = normalizeHeader(text);
  if (h === "") return undefined;
  const exact =
    lookup.get(h) ?? lookup.get(text.normalize("NFKC").replace(/\s/g, "").toLowerCase());
  if (exact) return exact;
  const variant = byVariant.get(headerVariant(h));
  if (variant) return variant;
  // "学生姓名(必填)" was handled above; "学籍号码", "协议签订日期2021" start with a synonym of 2+ characters
  // (those sharing its first character, the first in `lookup`'s order wins).
  for (const [word, field] of byFirst.get(h[0]) ?? [])
    if (h.startsWith(word) && h.length <= word.length + 2) return field;
  return undefined;
}
