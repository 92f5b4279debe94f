import type { Profile, ProfileStage, ProfileWindowGroup } from "../policy/profile";
import { fenText } from "../policy/fen";
import { UNIT_NAMES } from "../policy/names";
import { BUILT_IN_PROFILES, DEFAULT_PROFILE } from "../policy/profiles";
import { cited } from "./notices/cited";
import type { OutputSheet } from "./output-sheet";

const YES_NO = ["是", "否"];
const STAGES = ["小学", "初中", "高中"];
const GRADES = [
  "一年级",
  "二年级",
  "三年级",
  "四年级",
  "五年级",
  "六年级",
  "七年级",
  "八年级",
  "九年级",
  "高一",
  "高二",
  "高三",
];
const ROWS = 500;
/** The template is the default profile's (it takes no --policy): its hints cite that profile's clauses. */

export const ROSTER_HEADERS = [
  "学号",
  "姓名",
  "班级",
  "年级",
  "学段",
  "家庭经济困难",
  "留守儿童",
  "随迁子女",
  "申请日期",
  "审核日期",
  "批准日期",
  "公示日期",
  "协议签订日期",
  "退出申请日期",
  "退出批准",
  "退出日期",
  "退费申请",
  "备注",
] as const;

/** How to fill each roster column, shown above its header, by the profile in force. */
function rosterNotes(profile: Profile): Record<(typeof ROSTER_HEADERS)[number], string> {
  const clauses = profile.provenance.clauses;
  return {
    学号: "必填，每人唯一",
    姓名: "必填",
    班级: "如 三年级2班",
    年级: "从列表选择",
    学段: "从列表选择",
    家庭经济困难: cited("是/否，免收费", clauses.waiver),
    留守儿童: "是/否",
    随迁子女: "是/否",
    申请日期: "家长书面申请",
    审核日期: "班主任审核",
    批准日期: "学校同意",
    公示日期: "参加名单公示",
    协议签订日期: cited("签协议后方可收费", clauses.enrollment),
    退出申请日期: "退出的书面申请",
    退出批准: "批准日期或「批准」",
    退出日期: "最后参加之后",
    退费申请: cited("是/否", clauses.refund),
    备注: "",
  };
}

/** A √'s worth in the words of the 设置 notes: 2小时, 1.5小时, 80分钟. */
function duration(minutes: number): string {
  return minutes % 30 === 0 ? `${minutes / 60}小时` : `${minutes}分钟`;
}

/**
 * Whether a √'s worth is a trial period's fixed window (start to its fixed end), so the note
 * can say where the figure comes from: 试行期间标准.
 */
function isTrialWindow(profile: Profile, group: ProfileWindowGroup, minutes: number): boolean {
  const stage: ProfileStage = group === "juniorGraduating" ? "junior" : group;
  const start = profile.service.start[stage];
  const clock = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
  return profile.service.periods.some(
    (period) =>
      profile.provenance.trialPeriods.some((t) => t.from <= period.from && period.from <= t.to) &&
      period.ends[group].fixed === true &&
      clock(period.ends[group].latest) - clock(start) === minutes
  );
}

const GROUP_ZH: Record<ProfileWindowGroup, string> = {
  primary: "小学",
  junior: "初中",
  juniorGraduating: "初中毕业年级",
  senior: "高中",
};

/** The note of an end-time row: what a √ is worth when the row is left blank. */
function endTimeNote(profile: Profile, group: ProfileWindowGroup): string {
  const minutes = profile.service.presentMarkMinutes[group];
  const first = group === "primary" ? "√ 按开始时间到此时间计时；" : "";
  if (minutes === undefined) return `${first}${GROUP_ZH[group]}用 √ 记考勤时必填`;
  if (group !== "primary") return `不填按${duration(minutes)}`;
  const basis = isTrialWindow(profile, group, minutes) ? "试行期间标准" : "政策规定";
  return `${first}不填按${basis}（${GROUP_ZH[group]}${duration(minutes)}）`;
}

/** The 政策 row's note: the built-in profiles, or the city's own the template was made for. */
function policyNote(profile: Profile): string {
  if (BUILT_IN_PROFILES[profile.id] === profile)
    return `执行的收费政策，从列表选择：${Object.values(BUILT_IN_PROFILES)
      .map((p) => `${p.id}（${p.provenance.title}）`)
      .join("、")}`;
  return `执行的收费政策：${profile.id}（${profile.provenance.title}），计算时用 --policy 给出本市政策文件或在任务窗格加载`;
}

/** The uplift row, where the profile lets a stage raise its rate. */
function upliftRows(profile: Profile): (readonly [string, string, string])[] {
  const { stages, maxPercent } = profile.uplift;
  if (stages.length === 0 || maxPercent === 0) return [];
  const names = stages.map((s) => GROUP_ZH[s]).join("、");
  return [
    ["高中上浮", "0%", cited(`仅${names}，0%–${maxPercent}%`, profile.provenance.clauses.uplift)],
  ];
}

/**
 * The school's own 收费标准, where the profile's rates are ceilings: the rate it posts and
 * charges, at most the profile's (left blank, the ceiling is charged).
 */
function ceilingRows(profile: Profile): (readonly [string, string, string])[] {
  if (profile.rateIsCeiling !== true) return [];
  const { primary, junior, senior } = profile.rates;
  const unit = UNIT_NAMES[profile.billing.unit]["zh-CN"];
  const most =
    primary === junior && junior === senior
      ? `${fenText(primary)}元`
      : `小学${fenText(primary)}元、初中${fenText(junior)}元、高中${fenText(senior)}元`;
  return [
    [
      "收费标准",
      "",
      cited(
        `本校每${unit}收费标准（元），不超过${most}；不填按${most}收取`,
        profile.provenance.clauses.rate
      ),
    ],
  ];
}

/** The row choosing a rate table (城乡 …), where the profile has them. */
function rateVariantRows(profile: Profile): (readonly [string, string, string])[] {
  const variants = profile.rateVariants;
  if (!variants) return [];
  const options = Object.keys(variants.options).join("、");
  return [[variants.setting, "", `选用的收费标准，从列表选择：${options}`]];
}

/** The settings rows of a new workbook under a profile: key, default value, how to fill it. */
export function settingsRows(profile: Profile): readonly (readonly [string, string, string])[] {
  return [
    ["学校名称", "", "学校全称"],
    ["学校代码", "", "教育局给的学校代码；全市汇总时与学校名称一起识别学校"],
    ["政策", profile.id, policyNote(profile)],
    ...rateVariantRows(profile),
    ...ceilingRows(profile),
    ["学制", "六三制", "六三制 或 五四制"],
    ...upliftRows(profile),
    ["收费方式", "据实收取", "据实收取 或 按月收取"],
    [
      "收费公示日期",
      "",
      cited("收费标准和退费办法公示的日期，未经公示不得收费", profile.provenance.clauses.notice),
    ],
    ["月份", "", "收费月份，如 2021-05；不填则按考勤表判断"],
    ["小学结束时间", "", endTimeNote(profile, "primary")],
    ["初中结束时间", "", endTimeNote(profile, "junior")],
    ["初中毕业年级结束时间", "", endTimeNote(profile, "juniorGraduating")],
    ["高中结束时间", "", endTimeNote(profile, "senior")],
    ["停课日期", "", "多个日期用、分隔，区间写 2021-07-10至2021-08-31"],
    ["节假日", "", "日历包没有数据的年份才需要填写"],
    ["调休上班日", "", "同上"],
    ["缴费方式", "", "写在缴费通知单上，如 微信、银行转账"],
    ["缴费截止日期", "", "写在缴费通知单上，如 2021-06-10 或 每月10日前"],
    ["联系电话", "", "学校咨询电话，写在收费公示、通知单和致家长的一封信上"],
    ["监督电话", "", cited("举报乱收费的监督电话", profile.provenance.clauses.supervision)],
    ["通知单显示分担", "否", "是：缴费通知单显示困难家庭减免中政府和学校各自分担的金额"],
    [
      "安全保障措施",
      "",
      `致家长的一封信中的安全保障措施；不填按${profile.provenance.clauses.safety ?? "政策"}的要求写`,
    ],
  ];
}

/** The settings rows of a new workbook under the default profile. */
export const SETTINGS_ROWS = settingsRows(DEFAULT_PROFILE);

/** Settings whose values are a list: a drop-down on the value cell. */
function settingLists(profile: Profile): Readonly<Record<string, readonly string[]>> {
  const ids = Object.keys(BUILT_IN_PROFILES);
  return {
    政策: ids.includes(profile.id) ? ids : [profile.id, ...ids],
    ...(profile.rateVariants
      ? { [profile.rateVariants.setting]: Object.keys(profile.rateVariants.options) }
      : {}),
    学制: ["六三制", "五四制"],
    收费方式: ["据实收取", "按月收取"],
    通知单显示分担: YES_NO,
  };
}

/** How to fill the attendance sheet's columns, shown above their headers as on the roster. */
const ATTENDANCE_NOTES = {
  学号: "与学生名册一致",
  姓名: "与学生名册一致",
  班级: "如 三年级2班",
  备注: "请假、调课等",
} as const;

/** A day column's note: its weekday, so the school sees the weekends and make-up days. */
function weekdayNote(year: number, month: number, day: number): string {
  return `周${"日一二三四五六"[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]}`;
}

function monthDays(month: string): number {
  const [y, m] = month.split("-").map(Number);
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * A blank school workbook (job `template`): settings, roster and the month's attendance grid,
 * with pick-lists on the yes/no, stage and grade columns. The sheets are the user's to fill.
 * Its instructions are the profile's: its id in 政策, its uplift, its √ minutes, its clauses.
 */
export function templateSheets(month: string, profile: Profile = DEFAULT_PROFILE): OutputSheet[] {
  const rows = settingsRows(profile);
  const lists = settingLists(profile);
  const notes = rosterNotes(profile);
  const [year, m] = month.split("-").map(Number);
  const col = (h: string) => ROSTER_HEADERS.indexOf(h as (typeof ROSTER_HEADERS)[number]);
  const yesNo = ["家庭经济困难", "留守儿童", "随迁子女", "退费申请"].map((h) => ({
    col: col(h),
    list: YES_NO,
    rows: ROWS,
  }));
  const days = Array.from({ length: monthDays(month) }, (_, i) => i + 1);
  return [
    {
      name: "设置",
      title: "课后服务设置",
      owned: false,
      columns: [
        { header: "项目", width: 22, format: "text" },
        { header: "值", width: 24, format: "text" },
        { header: "说明", width: 70, format: "text" },
      ],
      rows: rows.map((r) => [...r]),
      validations: rows.flatMap(([key], i) =>
        lists[key] ? [{ col: 1, list: lists[key], rows: 1, from: i }] : []
      ),
    },
    {
      name: "学生名册",
      title: "课后服务学生名册",
      owned: false,
      columns: ROSTER_HEADERS.map((h) => ({
        header: h,
        width: h.endsWith("日期") ? 13 : h === "学号" ? 20 : 10,
        format: h.endsWith("日期") ? "date" : "text",
        note: notes[h] || undefined,
      })),
      rows: [],
      validations: [
        ...yesNo,
        { col: col("学段"), list: STAGES, rows: ROWS },
        { col: col("年级"), list: GRADES, rows: ROWS },
      ],
    },
    {
      name: `${m}月考勤`,
      title: `${year}年${m}月课后服务考勤表（填分钟数、√、签退时间如 16:45 或时间段如 15:40-16:45）`,
      owned: false,
      columns: [
        { header: "学号", width: 20, format: "text", note: ATTENDANCE_NOTES.学号 },
        { header: "姓名", width: 10, format: "text", note: ATTENDANCE_NOTES.姓名 },
        { header: "班级", width: 12, format: "text", note: ATTENDANCE_NOTES.班级 },
        // Wide enough for 15:30-17:30; General, so typed minutes are numbers and 17:30 a time.
        ...days.map((d) => ({
          header: String(d),
          width: 12,
          format: "general" as const,
          note: weekdayNote(year, m, d),
        })),
        { header: "备注", width: 16, format: "text", note: ATTENDANCE_NOTES.备注 },
      ],
      rows: [],
    },
  ];
}
