import { STAGE_NAMES } from "../../policy/names";
import type { FindingRule } from "./rule";

const [primary, junior, senior] = (["primary", "junior", "senior"] as const).map(
  (s) => STAGE_NAMES[s]["zh-CN"]
);

/** The roster (validate job): ids, names, grades and stages, flags, enrollment steps. */
export const ROSTER_RULES = {
  ROSTER_ID_MISSING: {
    family: "roster",
    severity: "error",
    cites: "enrollment",
    zh: "第 {row} 行缺少学号：请填写学号或学籍号",
    en: "Row {row} has no student id",
    fix: "填写学号或学籍号",
  },
  ROSTER_DUPLICATE_ID: {
    family: "roster",
    severity: "error",
    cites: "enrollment",
    zh: "学号 {id} 重复（另见 {other}）：每名学生只能登记一次",
    en: "Student id {id} is used twice (also {other})",
    fix: "删除重复行，或改正其中一个学号",
  },
  ROSTER_NAME_MISSING: {
    family: "roster",
    severity: "error",
    cites: "enrollment",
    zh: "学号 {id} 缺少姓名",
    en: "Student {id} has no name",
    fix: "填写学生姓名",
  },
  ROSTER_GRADE_UNREADABLE: {
    family: "roster",
    severity: "error",
    cites: "eligibility",
    zh: "无法识别年级「{value}」（{system}）：请填写 1–12、三年级、初一、高二 等；课后服务对象为 1–12 年级在校学生",
    en: 'Cannot read the grade "{value}" ({system}): use 1–12, 三年级, 初一, 高二 …',
    fix: "填写 1–12、三年级、初一、高二 等",
  },
  ROSTER_STAGE_UNREADABLE: {
    family: "roster",
    severity: "error",
    cites: "rate",
    zh: `无法识别学段「{value}」：请填写 ${primary}、${junior} 或 ${senior}`,
    en: `Cannot read the stage "{value}": use ${primary}, ${junior} or ${senior}`,
    fix: `填写 ${primary}、${junior} 或 ${senior}`,
  },
  ROSTER_STAGE_MISMATCH: {
    family: "roster",
    severity: "error",
    cites: "rate",
    zh: "学段「{stage}」与年级「{grade}」在{system}下不符（应为{expected}）：请核对学段、年级或设置中的学制",
    en: "Stage {stage} does not fit grade {grade} under {system} (expected {expected})",
    fix: "改正学段或年级，或在设置表中改正学制",
  },
  ROSTER_FLAG_UNREADABLE: {
    family: "roster",
    severity: "error",
    cites: "eligibility",
    zh: "「{column}」的值「{value}」无法识别：请填写 是 或 否",
    en: '{column} = "{value}" cannot be read: use 是 (yes) or 否 (no)',
    fix: "填写 是 或 否",
  },
  ROSTER_DATE_UNREADABLE: {
    family: "roster",
    severity: "error",
    cites: "enrollment",
    zh: "「{column}」的值「{value}」不是日期：请写成 2021-05-10 或日期格式",
    en: '{column} = "{value}" is not a date',
    fix: "写成 2021-05-10 或 Excel 日期格式",
  },
  ROSTER_DATES_OUT_OF_ORDER: {
    family: "enrollment",
    severity: "error",
    cites: "enrollment",
    zh: "{later}（{laterDate}）早于{earlier}（{earlierDate}）：应依次为 申请 → 审核 → 批准 → 公示 → 签订协议",
    en: "{later} ({laterDate}) is before {earlier} ({earlierDate}): the order is application, review, approval, notice, agreement",
    fix: "核对各报名环节的日期：申请 → 审核 → 批准 → 公示 → 签订协议",
  },
  ROSTER_WITHDRAWAL_NO_DATE: {
    family: "roster",
    severity: "warning",
    cites: "enrollment",
    zh: "学生已标记退出但没有退出日期：请填写退出日期（退出须家长书面申请、学校批准）",
    en: "The student is marked as withdrawn without a withdrawal date",
    fix: "填写退出日期，并保留家长书面申请和学校批准记录",
  },
  ROSTER_WITHDRAWAL_UNAPPROVED: {
    family: "enrollment",
    severity: "warning",
    cites: "enrollment",
    zh: "学生有退出日期 {withdrawal}，但没有{missing}：学生退出课后服务须提出书面申请，经学校批准后退出",
    en: "The student has a withdrawal date {withdrawal} but no {missing}: a withdrawal needs a written application and the school's approval",
    fix: "在名册中填写退出申请日期和退出批准；未经批准的退出请核实",
  },
  ROSTER_WITHDRAWAL_NOT_RECORDED: {
    family: "enrollment",
    severity: "warning",
    cites: "enrollment",
    zh: "名册中有 {count} 名学生填写了退出日期，但名册没有「退出申请日期」「退出批准」列：学生退出须书面申请、学校批准，无法核对",
    en: "{count} students have a withdrawal date, but the roster has no withdrawal application or approval columns",
    fix: "在名册中增加「退出申请日期」和「退出批准」两列并填写",
  },
  ROSTER_PRIORITY_COUNTS: {
    family: "roster",
    severity: "info",
    cites: "eligibility",
    zh: "优先保障对象：留守儿童 {leftBehind} 人，随迁子女 {migrant} 人，困难家庭 {hardship} 人（共 {students} 名学生）",
    en: "Priority groups: left-behind {leftBehind}, migrant {migrant}, hardship {hardship} (of {students} students)",
    fix: "核对优先保障对象是否都已报名并获批准，无需修改",
  },
} as const satisfies Record<string, FindingRule>;
