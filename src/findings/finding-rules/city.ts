import type { FindingRule } from "./rule";

/** Across the schools of a city (job `consolidate`, 汇总报送). */
export const CITY_RULES = {
  CITY_FILE_UNREADABLE: {
    family: "city",
    severity: "error",
    cites: "waiver",
    // The sentence every door says of the file (see fileSentence), naming it once.
    zh: "{reason}",
    en: "{reason}",
    fix: "请学校重新报送 .xlsx 工作簿",
  },
  CITY_NOT_SUBMITTED: {
    family: "city",
    severity: "error",
    cites: "waiver",
    zh: "{school} 没有报送 {month} 的工作簿{hint}",
    en: "{school} did not submit a workbook for {month}{hint}",
    fix: "催报",
  },
  CITY_NOT_EXPECTED: {
    family: "city",
    severity: "warning",
    cites: "waiver",
    zh: "「{school}」报送了 {month} 的工作簿，但不在学校名单中；已计入汇总",
    en: '"{school}" submitted a workbook for {month} but is not on the list of schools; counted',
    fix: "核对学校名单，或核对学校在设置中填写的学校名称",
  },
  CITY_SCHOOL_UNNAMED: {
    family: "city",
    severity: "error",
    cites: "waiver", // the government's half is paid to a named school
    zh: "「{file}」的设置中没有填写学校名称，其数据未计入全市汇总；请学校填写学校名称后重新报送",
    en: '"{file}" gives no school name in its settings; its figures are not in the city totals',
    fix: "退回学校，请在设置表「学校名称」一行填写学校全称后重新报送",
  },
  CITY_MONTH_DIFFERS: {
    family: "city",
    severity: "warning",
    cites: "waiver",
    zh: "「{file}」是 {found} 的数据，汇总月份为 {month}，未计入",
    en: '"{file}" is for {found}, not {month}; left out',
    fix: "请学校报送本月的工作簿",
  },
  CITY_NOT_A_SCHOOL: {
    family: "city",
    severity: "error",
    cites: "waiver",
    zh: "「{file}」中没有学生名册或考勤表，不是学校工作簿",
    en: '"{file}" has no roster or attendance: not a school workbook',
    fix: "请学校报送包含名册和考勤的工作簿",
  },
  CITY_POLICY_UNKNOWN: {
    family: "city",
    severity: "error",
    clause: "—",
    zh: "「{file}」的设置「政策」为「{value}」，不是内置政策：不知该校按哪个政策收费，未汇总",
    en: '"{file}" names the policy "{value}", which is not built in: the school was left out',
    fix: "请学校把「政策」改成内置政策的编号，或汇总时用 --policy 给出全市的政策文件",
  },
  CITY_MONTHS_NOT_READ: {
    family: "city",
    severity: "info",
    clause: "—",
    zh: "「{file}」中还有 {months} 的考勤表，不在本次汇总的月份内，未读取",
    en: '"{file}" also holds attendance for {months}, outside the months consolidated: not read',
    fix: "需要这些月份时，用 --month 给出月份范围（如 {range}）重新汇总",
  },
  CITY_DUPLICATE_SUBMISSION: {
    family: "city",
    severity: "warning",
    cites: "waiver", // the city's half of the waivers is paid once per school and month
    zh: "重复报送：{school} 的「{file}」未计入，已按「{kept}」汇总（{reason}）",
    en: 'Submitted twice: {school}\'s "{file}" is left out; "{kept}" is counted ({reason})',
    fix: "确认学校最终报送的文件，删除或移走其余文件",
  },
  CITY_SCHOOL_CODE_UNDECIDED: {
    family: "city",
    severity: "warning",
    cites: "waiver", // the city's half of the waivers is paid once per school and month
    zh: "「{file}」无学校代码，而 {school} 有多个代码（{codes}）：单独计为一所",
    en: '"{file}" has no school code; {school} has several ({codes}): counted apart',
    fix: "请该校填写学校代码后重报",
  },
  CITY_LINK_SKIPPED: {
    family: "city",
    severity: "warning",
    cites: "waiver",
    zh: "「{file}」{reason}，未读取",
    en: '"{file}" {reason}; not read',
    fix: "把学校的工作簿本身放进报送文件夹，不用快捷方式或链接",
  },
  CITY_DUPLICATE_STUDENT: {
    family: "city",
    severity: "error",
    cites: "enrollment",
    zh: "学号 {id} 同时出现在 {school} 和 {other} 的名册中：{school} 的{place}，{other} 的{otherPlace}",
    en: "Student {id} is on the rosters of both {school} ({place}) and {other} ({otherPlace})",
    fix: "核对学生所在学校，避免重复收费和重复补助",
  },
  CITY_CHARGE_SHEET_DIFFERS: {
    family: "city",
    severity: "error",
    cites: "rate",
    zh: "{school} 报送的收费表{what}合计 {theirs} 元，按政策重新计算为 {ours} 元，相差 {diff} 元",
    en: "{school}'s submitted charge sheet totals {theirs} for {what}; recomputed {ours} (difference {diff})",
    fix: "请学校按实际服务时间重新生成收费表",
  },
  CITY_SEMESTER_CAP: {
    family: "city",
    severity: "warning",
    // Where the profile labels no cap clause, the 条款 cell still names which cap applied.
    cites: "semesterCap",
    clause: "所用政策的每学期收费上限",
    zh: "{school} {month}：{students} 名学生本学期应缴已达每学期上限 {cap} 元，本月应缴按上限减少 {reduced} 元",
    en: "{school} {month}: {students} students reached the semester cap of {cap}; the month's payable is lowered by {reduced}",
    fix: "按汇总减少这些学生本月的应缴，多收的退还家长",
  },
  CITY_SEMESTER_CAP_UNCHECKED: {
    family: "city",
    severity: "info",
    cites: "semesterCap",
    clause: "所用政策的每学期收费上限",
    zh: "{school} {month}：本学期 {months} 既无该校工作簿中的收费表，也无报送文件，每学期上限 {cap} 元只按已知各月核对",
    en: "{school} {month}: neither the school's workbook nor the files submitted hold {months} of this semester, so the semester cap of {cap} was checked against the months known only",
    fix: "把本学期之前各月的报送文件一并汇总，或请学校在工作簿中保留各月收费表",
  },
} as const satisfies Record<string, FindingRule>;
