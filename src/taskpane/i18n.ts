/** The pane's text, one table per language, keyed (HyperFormula style). */
export const PANE_TEXT = {
  "zh-CN": {
    title: "课后服务",
    subtitle: "按《{title}》",
    language: "English",
    excelMode: "正在使用当前 Excel 工作簿。",
    wpsMode: "正在使用当前 WPS 表格工作簿。",
    browserMode: "浏览器模式：选择学校的 .xlsx 工作簿。文件只在本机处理，不会上传。",
    pickFile: "选择工作簿",
    noFile: "尚未选择文件",
    settings: "本工作簿的设置",
    school: "学校名称",
    system: "学制",
    uplift: "高中上浮（%）",
    mode: "收费方式",
    actual: "据实收取",
    monthly: "按月收取",
    month: "月份",
    closures: "停课日期",
    closuresHint: "如 2021-05-17至2021-05-18、2021-06-14",
    saveSettings: "保存设置",
    settingsSaved: "设置已保存到工作表「{sheet}」。",
    settingsRefused: "设置未保存：{message}",
    jobs: "功能",
    validate: "校验名册",
    charge: "生成收费表",
    breaches: "检查违规",
    highlight: "标记问题单元格",
    template: "插入模板",
    notice: "生成公示",
    notices: "生成缴费通知",
    print: "打印",
    noticeDone: "已生成收费公示（公示日期 {date}）和致家长的一封信：{sheets}。",
    noticesDone: "{month} 缴费通知单 {n} 份，应缴合计 ¥{payable}。",
    bureau: "教育局汇总",
    consolidate: "汇总报送：选择各校工作簿",
    consolidateDone:
      "{month} 全市：{schools} 所学校，{students} 名学生，应缴 ¥{payable}，政府分担 ¥{government}；{errors} 个文件无法读取。",
    consolidateMonthsDone:
      "{first} 至 {last} 全市（{months} 个月）：{schools} 所学校，应缴合计 ¥{payable}，政府分担合计 ¥{government}；{errors} 个文件无法读取。每月趋势见「趋势」工作表和下方图表。",
    download: "下载结果工作簿",
    running: "正在运行……",
    results: "结果",
    noFindings: "没有发现问题。",
    findingsCount: "共 {n} 条：错误 {errors}，警告 {warnings}，提示 {infos}",
    error: "错误",
    warning: "警告",
    info: "提示",
    failed: "运行失败：{message}",
    needFile: "请先选择一个 .xlsx 工作簿。",
    policy: "政策",
    pickPolicy: "载入政策文件",
    policyDefault: "{title}（按工作簿设置的「政策」，默认）",
    policyGiven: "{title}（已载入的政策文件，各功能按它计算）",
    policyLoaded: "已载入政策文件「{file}」：{title}。",
    policyRefused: "政策文件「{file}」未通过检查，未载入；仍按原来的政策计算。",
    pickFailed: "无法读取「{file}」：{message}。没有载入任何工作簿。",
    pickFailedKept: "无法读取「{file}」：{message}。仍在使用之前的工作簿「{previous}」。",
    chargeDone:
      "{month} 收费表：{students} 名学生，应收 ¥{gross}，减免 ¥{waived}，应缴 ¥{payable}，政府分担 ¥{government}。",
    validateDone: "名册共 {students} 名学生。",
    breachesDone: "违规检查完成。",
    templateDone: "已插入空白模板：{sheets}。",
    wroteSheets: "已写出工作表：{sheets}。",
    goTo: "转到 {cell}",
  },
  en: {
    title: "After-School Service",
    subtitle: "By {title}",
    language: "中文",
    excelMode: "Working on the open Excel workbook.",
    wpsMode: "Working on the open WPS Spreadsheets workbook.",
    browserMode:
      "Browser mode: pick a school's .xlsx workbook. It is processed on this computer and never uploaded.",
    pickFile: "Choose workbook",
    noFile: "No file chosen",
    settings: "This workbook's settings",
    school: "School name",
    system: "School system",
    uplift: "Senior uplift (%)",
    mode: "Charging mode",
    actual: "By minutes served",
    monthly: "Monthly in advance",
    month: "Month",
    closures: "Closures",
    closuresHint: "e.g. 2021-05-17至2021-05-18、2021-06-14",
    saveSettings: "Save settings",
    settingsSaved: "Settings saved to the sheet “{sheet}”.",
    settingsRefused: "Settings not saved: {message}",
    jobs: "Jobs",
    validate: "Validate roster",
    charge: "Build charge sheet",
    breaches: "Check breaches",
    highlight: "Highlight the cells",
    template: "Insert template",
    notice: "Fee notice",
    notices: "Family notices",
    print: "Print",
    noticeDone: "Fee notice (dated {date}) and letter to parents written: {sheets}.",
    noticesDone: "{month} family notices: {n}, payable in all ¥{payable}.",
    bureau: "Bureau",
    consolidate: "Consolidate: choose the schools' workbooks",
    consolidateDone:
      "{month} city: {schools} schools, {students} students, payable ¥{payable}, government ¥{government}; {errors} files could not be read.",
    consolidateMonthsDone:
      "{first} to {last} city ({months} months): {schools} schools, payable ¥{payable}, government ¥{government} in all; {errors} files could not be read. The trends are on the 趋势 sheet and in the charts below.",
    download: "Download the result",
    running: "Running…",
    results: "Results",
    noFindings: "No problems found.",
    findingsCount: "{n} findings: {errors} errors, {warnings} warnings, {infos} notes",
    error: "Error",
    warning: "Warning",
    info: "Note",
    failed: "Failed: {message}",
    needFile: "Choose an .xlsx workbook first.",
    policy: "Policy",
    pickPolicy: "Load a policy file",
    policyDefault: "{title} (as the workbook's 政策 setting says; the default)",
    policyGiven: "{title} (the loaded policy file; every job uses it)",
    policyLoaded: "Loaded the policy file {file}: {title}.",
    policyRefused: "The policy file {file} did not pass its checks and was not loaded.",
    pickFailed: "Cannot read “{file}”: {message}. No workbook is loaded.",
    pickFailedKept:
      "Cannot read “{file}”: {message}. Still using the previous workbook “{previous}”.",
    chargeDone:
      "{month} charges: {students} students, gross ¥{gross}, waived ¥{waived}, payable ¥{payable}, government ¥{government}.",
    validateDone: "The roster has {students} students.",
    breachesDone: "Breach check done.",
    templateDone: "Blank template inserted: {sheets}.",
    wroteSheets: "Sheets written: {sheets}.",
    goTo: "Go to {cell}",
  },
} as const;

export type PaneLocale = keyof typeof PANE_TEXT;
export type PaneKey = keyof (typeof PANE_TEXT)["zh-CN"];

/** A pane string with its placeholders filled. */
export function t(
  locale: PaneLocale,
  key: PaneKey,
  params: Record<string, string | number> = {}
): string {
  return PANE_TEXT[locale][key].replace(/\{(\w+)\}/g, (whole, k: string) =>
    params[k] === undefined ? whole : String(params[k])
  );
}

/** The language to start in: the saved choice, else Office's or the browser's language. */
export function initialLocale(saved: string | null, language: string | undefined): PaneLocale {
  if (saved === "zh-CN" || saved === "en") return saved;
  return language?.toLowerCase().startsWith("en") ? "en" : "zh-CN";
}
