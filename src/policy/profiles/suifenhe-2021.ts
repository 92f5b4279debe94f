import type { Profile } from "../profile";

const PILOT = "§三(二) 试行期间";

/**
 * 绥芬河市教育局《关于做好绥芬河市中小学生课后服务工作的实施意见》(2021): Kehou's first
 * city, every figure of the document in one place.
 */
export const SUIFENHE_2021: Profile = {
  id: "suifenhe-2021",
  provenance: {
    title: "关于做好绥芬河市中小学生课后服务工作的实施意见",
    number: "",
    issuer: "绥芬河市教育局",
    city: "绥芬河市",
    issued: "2021-03-29",
    // 试行期间(2021年4月1日至2022年2月28日); 本实施意见自发布之日起试行一年…试行期满后…延续执行
    inForceFrom: "2021-04-01",
    trialPeriods: [{ from: "2021-04-01", to: "2022-02-28" }],
    clauses: {
      rate: "§三(五)2",
      dailyMinimum: "§三(五)2",
      uplift: "§三(五)2",
      waiver: "§三(五)2",
      refund: "§三(五)3(2)",
      transfer: "§三(五)3(2)",
      serviceTimes: "§三(二)",
      notice: "§三(五)3(1)",
      voluntary: "§二(四)",
      informFamilies: "§二(五)",
      nonProfit: "§二(五)",
      eligibility: "§三(一)",
      trialTimes: PILOT,
      earliestEnd: "§三(二)1",
      latestEnd: "§三(二)2",
      selfStudy: "§三(二)2",
      content: "§三(三)",
      staff: "§三(四)",
      teacherPay: "§三(五)3(2)",
      enrollment: "§三(六)",
      noNewLessons: "§四(三)1",
      providers: "§四(三)1",
      managementRules: "§四(三)3",
      safety: "§四(四)",
      supervision: "§四(五)",
    },
  },
  // §三(五)2 每生每小时4元
  rates: { primary: 400, junior: 400, senior: 400 },
  // §三(五)2 不足1小时按此标准折算 (by the minute)
  billing: { unit: "hour" },
  // §三(五)2 当天低于30分钟的不得向学生收取费用
  dailyMinimumMinutes: 30,
  // §三(五)2 高中可根据实际情况上浮10%
  uplift: { maxPercent: 10, stages: ["senior"] },
  caps: {},
  // §三(五)2 免收费额度的50%由市政府统筹解决, the rest the school
  waiver: {
    shares: [
      { payer: "government", percent: 50, name: "市政府" },
      { payer: "school", percent: 50 },
    ],
  },
  // §三(五)3(2) 整月未上课的全额退费；未满半月（含半月）课时退半费；超过半月课时不退费
  refund: {
    over: "attendedPercent",
    tiers: [
      { upTo: 0, inclusive: true, percent: 100 },
      { upTo: 50, inclusive: true, percent: 50 },
      { inclusive: false, percent: 0 },
    ],
  },
  // §三(五)3(2) 转学学生按整月或半月缴费: nothing left, nothing; half or less, half; more, whole
  transfer: {
    tiers: [
      { upTo: 0, inclusive: true, percent: 0 },
      { upTo: 50, inclusive: true, percent: 50 },
      { inclusive: false, percent: 100 },
    ],
  },
  service: {
    // §三(二)1–2 小学15:30开始，初(高)中17:00开始
    start: { primary: "15:30", junior: "17:00", senior: "17:00" },
    // SPEC §11: a present mark is worth the pilot window (§三(二) 试行期间)
    presentMarkMinutes: { primary: 120, junior: 60, juniorGraduating: 90 },
    periods: [
      {
        id: "pilot",
        from: "2021-04-01",
        to: "2022-02-28",
        ends: {
          primary: { latest: "17:30", fixed: true, inPrinciple: true, clause: PILOT }, // 小学15:30至17:30
          junior: { latest: "18:00", fixed: true, inPrinciple: true, clause: PILOT }, // 初中非毕业年级17:00至18:00
          juniorGraduating: { latest: "18:30", fixed: true, inPrinciple: true, clause: PILOT }, // 毕业年级17:00至18:30
          senior: { latest: "20:30", inPrinciple: true, clause: PILOT }, // 高中原则上不晚于20:30
        },
      },
      {
        id: "standard",
        from: "2022-03-01",
        ends: {
          primary: { earliest: "17:30", latest: "18:30", inPrinciple: true, clause: "§三(二)1" }, // 原则上不早于17:30，不晚于18:30
          junior: { latest: "18:30", inPrinciple: false, clause: "§三(二)2" }, // 初中非毕业年级不晚于18:30
          juniorGraduating: { latest: "20:30", inPrinciple: true, clause: "§三(二)2" }, // 毕业年级原则上不晚于20:30
          senior: { latest: "20:30", inPrinciple: true, clause: "§三(二)2" }, // 高中原则上不晚于20:30
        },
      },
    ],
  },
  checks: {
    exerciseMinutesPerDay: 30, // §三(三) 至少30分钟体育锻炼
    noNewLessons: true, // §四(三)1 严禁讲新课、抢进度、补课
    noCommercialProviders: true, // §四(三)1 严禁与校外培训机构合作
  },
  // §四(四) 安全保障, in the letter's words
  safetyMeasures:
    "学校把安全放在首位，落实考勤、监管、交接班、门卫登记等制度，做好安全预案，检查活动场所、应急救护和消防设施；严格审核参与服务人员的政治、品德、健康等情况；完善校方责任险，鼓励学生自愿参加意外伤害保险",
};
