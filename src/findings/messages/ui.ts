import { PROFILE_RULES } from "../finding-rules/profile";
import type { Message } from "./message";

/**
 * The words of the doors themselves (the pane, the ribbon, the console), keyed by name, as
 * every other message is: Chinese and English together, `{name}` placeholders.
 */
export const UI_TEXT = {
  title: { zh: "课后服务", en: "After-School Service" },
  subtitle: { zh: "按《{title}》", en: "By {title}" },
  language: { zh: "English", en: "中文" },
  excelMode: { zh: "正在使用当前 Excel 工作簿。", en: "Working on the open Excel workbook." },
  wpsMode: {
    zh: "正在使用当前 WPS 表格工作簿。",
    en: "Working on the open WPS Spreadsheets workbook.",
  },
  browserMode: {
    zh: "浏览器模式：选择学校的 .xlsx 工作簿。文件只在本机处理，不会上传。",
    en: "Browser mode: pick a school's .xlsx workbook. It is processed on this computer and never uploaded.",
  },
  pickFile: { zh: "选择工作簿", en: "Choose workbook" },
  noFile: { zh: "尚未选择文件", en: "No file chosen" },
  settings: { zh: "本工作簿的设置", en: "This workbook's settings" },
  school: { zh: "学校名称", en: "School name" },
  system: { zh: "学制", en: "School system" },
  uplift: { zh: "高中上浮（%）", en: "Senior uplift (%)" },
  mode: { zh: "收费方式", en: "Charging mode" },
  actual: { zh: "据实收取", en: "By minutes served" },
  monthly: { zh: "按月收取", en: "Monthly in advance" },
  month: { zh: "月份", en: "Month" },
  closures: { zh: "停课日期", en: "Closures" },
  closuresHint: {
    zh: "如 2021-05-17至2021-05-18、2021-06-14",
    en: "e.g. 2021-05-17至2021-05-18、2021-06-14",
  },
  saveSettings: { zh: "保存设置", en: "Save settings" },
  settingsSaved: {
    zh: "设置已保存到工作表「{sheet}」。",
    en: "Settings saved to the sheet “{sheet}”.",
  },
  settingsRefused: { zh: "设置未保存：{message}", en: "Settings not saved: {message}" },
  jobs: { zh: "功能", en: "Jobs" },
  validate: { zh: "校验名册", en: "Validate roster" },
  charge: { zh: "生成收费表", en: "Build charge sheet" },
  breaches: { zh: "检查违规", en: "Check breaches" },
  highlight: { zh: "标记问题单元格", en: "Highlight the cells" },
  template: { zh: "插入模板", en: "Insert template" },
  notice: { zh: "生成公示", en: "Fee notice" },
  notices: { zh: "生成缴费通知", en: "Family notices" },
  print: { zh: "打印", en: "Print" },
  noticeDone: {
    zh: "已生成收费公示（公示日期 {date}）和致家长的一封信：{sheets}。",
    en: "Fee notice (dated {date}) and letter to parents written: {sheets}.",
  },
  noticesDone: {
    zh: "{month} 缴费通知单 {n} 份，应缴合计 ¥{payable}。",
    en: "{month} family notices: {n}, payable in all ¥{payable}.",
  },
  bureau: { zh: "教育局汇总", en: "Bureau" },
  consolidate: { zh: "汇总报送：选择各校工作簿", en: "Consolidate: choose the schools' workbooks" },
  consolidateDone: {
    zh: "{month} 全市：{schools} 所学校，{students} 名学生，应缴 ¥{payable}，政府分担 ¥{government}；{errors} 个文件无法读取。",
    en: "{month} city: {schools} schools, {students} students, payable ¥{payable}, government ¥{government}; {errors} files could not be read.",
  },
  consolidateMonthsDone: {
    zh: "{first} 至 {last} 全市（{months} 个月）：{schools} 所学校，应缴合计 ¥{payable}，政府分担合计 ¥{government}；{errors} 个文件无法读取。每月趋势见「趋势」工作表和下方图表。",
    en: "{first} to {last} city ({months} months): {schools} schools, payable ¥{payable}, government ¥{government} in all; {errors} files could not be read. The trends are on the 趋势 sheet and in the charts below.",
  },
  download: { zh: "下载结果工作簿", en: "Download the result" },
  running: { zh: "正在运行……", en: "Running…" },
  results: { zh: "结果", en: "Results" },
  noFindings: { zh: "没有发现问题。", en: "No problems found." },
  findingsCount: {
    zh: "共 {n} 条：错误 {errors}，警告 {warnings}，提示 {infos}",
    en: "{n} findings: {errors} errors, {warnings} warnings, {infos} notes",
  },
  error: { zh: "错误", en: "Error" },
  warning: { zh: "警告", en: "Warning" },
  info: { zh: "提示", en: "Note" },
  failed: { zh: "运行失败：{message}", en: "Failed: {message}" },
  needFile: { zh: "请先选择一个 .xlsx 工作簿。", en: "Choose an .xlsx workbook first." },
  policy: { zh: "政策", en: "Policy" },
  pickPolicy: { zh: "载入政策文件", en: "Load a policy file" },
  policyDefault: {
    zh: "{title}（按工作簿设置的「政策」，默认）",
    en: "{title} (as the workbook's 政策 setting says; the default)",
  },
  policyGiven: {
    zh: "{title}（已载入的政策文件，各功能按它计算）",
    en: "{title} (the loaded policy file; every job uses it)",
  },
  policyLoaded: {
    zh: "已载入政策文件「{file}」：{title}。",
    en: "Loaded the policy file {file}: {title}.",
  },
  policyRefused: {
    zh: "政策文件「{file}」未通过检查，未载入；仍按原来的政策计算。",
    en: "The policy file {file} did not pass its checks and was not loaded.",
  },
  // `{message}`: the sentence every door says of the file (see fileSentence), naming it once.
  pickFailed: {
    zh: "{message}。没有载入任何工作簿。",
    en: "{message}. No workbook is loaded.",
  },
  pickFailedKept: {
    zh: "{message}。仍在使用之前的工作簿「{previous}」。",
    en: "{message}. Still using the previous workbook “{previous}”.",
  },
  chargeDone: {
    zh: "{month} 收费表：{students} 名学生，应收 ¥{gross}，减免 ¥{waived}，应缴 ¥{payable}，政府分担 ¥{government}。",
    en: "{month} charges: {students} students, gross ¥{gross}, waived ¥{waived}, payable ¥{payable}, government ¥{government}.",
  },
  validateDone: { zh: "名册共 {students} 名学生。", en: "The roster has {students} students." },
  breachesDone: { zh: "违规检查完成。", en: "Breach check done." },
  // What the policy refunds for a month without service, as the no-service finding says it.
  noServiceRefundWhole: {
    zh: "整月未上课的全额退费",
    en: "a month without service is refunded whole",
  },
  noServiceRefundPart: {
    zh: "整月未上课的退{percent}%",
    en: "a month without service is refunded {percent}%",
  },
  noServiceRefundNone: {
    zh: "按政策整月未上课的也不退费",
    en: "the policy refunds nothing for a month without service",
  },
  // The one refusal (a 政策 naming no rules Kehou knows), its reason in both languages.
  jobRefused: {
    zh: `未运行，工作簿未改动：${PROFILE_RULES.POLICY_UNKNOWN.zh}（{cell}）`,
    en: `Not run, the workbook is unchanged: ${PROFILE_RULES.POLICY_UNKNOWN.en} ({cell})`,
  },
  templateDone: { zh: "已插入空白模板：{sheets}。", en: "Blank template inserted: {sheets}." },
  wroteSheets: { zh: "已写出工作表：{sheets}。", en: "Sheets written: {sheets}." },
  goTo: { zh: "转到 {cell}", en: "Go to {cell}" },
  // What each job does, in one line (the command line's help, the ribbons' tooltips).
  templateSummary: {
    zh: "生成空白学校工作簿：设置、学生名册（带下拉选项）和当月考勤表",
    en: "Make a blank school workbook: settings, a student roster (with drop-down choices) and this month's attendance sheet",
  },
  validateSummary: {
    zh: "校验学生名册：重复学号、缺姓名、年级学段、是否项、报名日期顺序、退出、优先保障对象人数",
    en: "Validate the student roster: duplicate numbers, missing names, grade and stage, yes/no fields, the order of enrollment dates, withdrawals, the count of priority students",
  },
  chargeSummary: {
    zh: "根据考勤表生成当月收费表（应收、减免、应缴、政府与学校分担，按班小计）",
    en: "Build this month's charge sheet from the attendance (gross, waived, payable, the government's and the school's shares, subtotals by class)",
  },
  breachesSummary: {
    zh: "检查违规：服务时间、收费、服务日、内容与合作机构、报名程序、教师补助，每条注明条款",
    en: "Check breaches: service times, fees, service days, content and providers, enrollment procedure, teachers' allowances, each citing its clause",
  },
  noticeSummary: {
    zh: "生成收费公示（收费标准、计费办法、减免、退费、服务时间，逐条注明政策条款）；--letter 加致家长的一封信（含回执）",
    en: "Write the fee notice (rates, billing, waivers, refunds, service times, each citing the policy's clause); --letter adds the letter to parents (with its reply slip)",
  },
  noticesSummary: {
    zh: "生成当月每名学生的缴费通知单（按班级、学号排序，每页三份，金额含大写）",
    en: "Write this month's payment notice for each student (by class and number, three to a page, amounts also in words)",
  },
  consolidateSummary: {
    zh: "教育局汇总：读取各校报送的工作簿，按政策重新计算并核对，生成全市汇总、政府补助和问题清单；几个月的报送另有各校每月趋势",
    en: "Bureau consolidation: read the schools' workbooks, compute and check them again by the policy, and write the city's totals, the government's subsidy and the list of problems; several months' reports add each school's monthly trend",
  },
  // The console: the findings a command prints.
  consoleFindingsCount: {
    zh: "问题：错误 {errors}，警告 {warnings}，提示 {infos}",
    en: "Findings: {errors} errors, {warnings} warnings, {infos} notes",
  },
  consoleFindingsMore: {
    zh: "…… 另有 {n} 条，见「{sheet}」工作表或 --json",
    en: "… {n} more: see the {sheet} sheet or --json",
  },
  consoleWritten: {
    zh: "已写出：{file}（工作表：{sheets}）",
    en: "Written: {file} (sheets: {sheets})",
  },
  consoleWrittenMarked: {
    zh: "已写出：{file}（工作表：{sheets}；已标记问题单元格）",
    en: "Written: {file} (sheets: {sheets}; the cells marked)",
  },
  // The ribbon (Excel's manifest.xml and WPS's ribbon.xml): buttons beyond the pane's, and
  // the one line a job run from a button reports.
  chargeSheet: { zh: "生成收费表", en: "Charge sheet" },
  consolidateJob: { zh: "汇总报送", en: "Consolidate" },
  openPane: { zh: "打开面板", en: "Open pane" },
  openPaneTip: { zh: "打开课后服务任务窗格。", en: "Open the Kehou task pane." },
  diagnose: { zh: "诊断", en: "Diagnose" },
  diagnoseTip: {
    zh: "把本机 WPS 的版本、系统和取值方式写入新工作表，供维护者核对。",
    en: "Write this WPS's version, system and way of giving values to a new sheet, for the maintainers.",
  },
  ribbonTemplateDone: { zh: "已插入空白模板：{sheets}", en: "Blank template inserted: {sheets}" },
  ribbonValidateDone: {
    zh: "名册 {students} 名学生，发现 {n} 条问题，见「{sheet}」",
    en: "Roster of {students} students: {n} problems, see “{sheet}”",
  },
  ribbonChargeDone: {
    zh: "{month} 收费表：{students} 名学生，应缴合计 ¥{payable}；已写出 {sheets}",
    en: "{month} charges: {students} students, payable in all ¥{payable}; written {sheets}",
  },
  ribbonBreachesDone: {
    zh: "违规检查：{n} 条（错误 {errors} 条），见「{sheet}」",
    en: "Breach check: {n} findings ({errors} errors), see “{sheet}”",
  },
  ribbonNoticeDone: {
    zh: "已生成收费公示（公示日期 {date}）和致家长的一封信：{sheets}",
    en: "Fee notice (dated {date}) and letter to parents written: {sheets}",
  },
  ribbonNoticesDone: {
    zh: "{month} 缴费通知单 {n} 份，应缴合计 ¥{payable}；已写出 {sheets}",
    en: "{month} family notices: {n}, payable in all ¥{payable}; written {sheets}",
  },
} as const satisfies Record<string, Message>;

export type UiKey = keyof typeof UI_TEXT;
