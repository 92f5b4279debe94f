import type { Message } from "./message";

/** Said of a file locked by the program that has it open (EBUSY; EPERM on Windows). */
const OPEN_ELSEWHERE = {
  zh: "文件正被另一个程序（如 Excel、WPS）打开，请先关闭该文件再运行",
  en: "the file is open in another program (such as Excel or WPS); close it and run again",
};

/**
 * The command line's own words (its help, its usage lines, its summaries, why a file could
 * not be read or written), in the one table's kind of entry. Only `src/cli/` imports this
 * module, so none of it reaches the pane.
 */
export const CONSOLE_TEXT = {
  // `kehou --help` and `kehou COMMAND --help`.
  helpTitle: {
    zh: "kehou — 课后服务管理（默认政策 {policy}；--policy 换成本市的政策文件）",
    en: "kehou — after-school service administration (default policy {policy}; --policy for your city's policy file)",
  },
  helpUsage: {
    zh: "用法：kehou <命令> [参数]　　kehou --version 显示版本",
    en: "Usage: kehou <command> [arguments]    kehou --version shows the version",
  },
  // Each command's usage line (`--help` finds a command's options in it).
  usageTemplate: {
    zh: "kehou template -o FILE [--force] [--month YYYY-MM] [--policy 政策文件]",
    en: "kehou template -o FILE [--force] [--month YYYY-MM] [--policy POLICY.json]",
  },
  usageValidate: {
    zh: "kehou validate FILE [--policy 政策文件] [-o OUT.xlsx [--force]] [--json]",
    en: "kehou validate FILE [--policy POLICY.json] [-o OUT.xlsx [--force]] [--json]",
  },
  usageCharge: {
    zh: "kehou charge FILE [--month YYYY-MM] [--policy 政策文件] [-o OUT.xlsx [--force]] [--json]",
    en: "kehou charge FILE [--month YYYY-MM] [--policy POLICY.json] [-o OUT.xlsx [--force]] [--json]",
  },
  usageBreaches: {
    zh: "kehou breaches FILE [--month YYYY-MM] [--policy 政策文件] [--providers FILE] [--highlight -o OUT.xlsx [--force]] [--json]",
    en: "kehou breaches FILE [--month YYYY-MM] [--policy POLICY.json] [--providers FILE] [--highlight -o OUT.xlsx [--force]] [--json]",
  },
  usageNotice: {
    zh: "kehou notice FILE [--policy 政策文件] [-o OUT.xlsx] [--pdf] [--letter]",
    en: "kehou notice FILE [--policy POLICY.json] [-o OUT.xlsx] [--pdf] [--letter]",
  },
  usageNotices: {
    zh: "kehou notices FILE [--month YYYY-MM] [--policy 政策文件] [-o OUT.xlsx] [--pdf] [--json]",
    en: "kehou notices FILE [--month YYYY-MM] [--policy POLICY.json] [-o OUT.xlsx] [--pdf] [--json]",
  },
  usageConsolidate: {
    zh: "kehou consolidate FILE_OR_DIR… -o CITY.xlsx [--month YYYY-MM | --month YYYY-MM..YYYY-MM] [--expect schools.txt] [--policy 政策文件] [--with-names] [--json]",
    en: "kehou consolidate FILE_OR_DIR… -o CITY.xlsx [--month YYYY-MM | --month YYYY-MM..YYYY-MM] [--expect schools.txt] [--policy POLICY.json] [--with-names] [--json]",
  },
  usageDemo: { zh: "kehou demo", en: "kehou demo" },
  usagePolicy: { zh: "kehou policy [ID] > 本市.json", en: "kehou policy [ID] > our-city.json" },
  usageFn: {
    zh: "kehou fn [--policy 政策文件] NAME ARG… | kehou fn --examples [--policy 政策文件]",
    en: "kehou fn [--policy POLICY.json] NAME ARG… | kehou fn --examples [--policy POLICY.json]",
  },
  // The bar consolidate draws on a terminal (cli-progress fills its own placeholders).
  consolidateProgress: {
    zh: "汇总 {bar} {value}/{total} {file}",
    en: "Consolidating {bar} {value}/{total} {file}",
  },
  helpCommands: { zh: "命令：", en: "Commands:" },
  helpCommonOptions: {
    zh: "常用选项（各命令的选项见 kehou 命令 --help）：",
    en: "Common options (each command's own: kehou COMMAND --help):",
  },
  helpExitCodes: {
    zh: "退出码：0 已运行；1 输入无法读取或输出无法写出；2 用法错误。",
    en: "Exit codes: 0 ran; 1 an input could not be read or an output written; 2 a usage mistake.",
  },
  usage: { zh: "用法：{usage}", en: "Usage: {usage}" },
  optionsHeading: { zh: "选项：", en: "Options:" },
  // The options, as `--help` explains them.
  optionOut: {
    zh: "写出带 Kehou 工作表的副本（原文件从不修改）",
    en: "write a copy with Kehou's sheets (the original is never changed)",
  },
  optionForce: {
    zh: "-o 的文件已存在时覆盖它（不加则不覆盖）",
    en: "overwrite the -o file if it exists (without it, it is never overwritten)",
  },
  optionMonth: { zh: "指定月份，如 2021-05", en: "the month, such as 2021-05" },
  optionMonths: {
    zh: "consolidate 汇总几个月（最多 12 个月），如 2021-03..2021-06",
    en: "consolidate several months (at most 12), such as 2021-03..2021-06",
  },
  optionJson: {
    zh: "以 JSON 输出结果（金额为两位小数的文本）",
    en: "print the result as JSON (amounts as text with two decimals)",
  },
  optionPdf: {
    zh: "用 LibreOffice 把 Kehou 的工作表打印成 PDF",
    en: "print Kehou's sheets to PDF with LibreOffice",
  },
  optionLetter: { zh: "同时生成致家长的一封信", en: "write the letter to parents as well" },
  optionProviders: {
    zh: "合作机构名单，用于检查服务内容与机构",
    en: "the list of partner providers, to check the content and providers",
  },
  optionHighlight: {
    zh: "在副本中标出有问题的单元格（需 -o）",
    en: "mark the cells with problems in the copy (needs -o)",
  },
  optionExpect: {
    zh: "应报送的学校名单，核对缺报和多报",
    en: "the schools that should report, to find the missing and the unexpected",
  },
  optionWithNames: {
    zh: "汇总中保留学生姓名和学号（默认不含）",
    en: "keep students' names and numbers in the consolidation (left out by default)",
  },
  // What `kehou` says before any command runs.
  unknownCommand: {
    zh: "未知命令「{name}」。请运行 kehou --help 查看可用命令。",
    en: "Unknown command “{name}”. Run kehou --help for the commands.",
  },
  unknownCommandNear: {
    zh: "未知命令「{name}」，是不是要用「kehou {near}」？请运行 kehou --help 查看可用命令。",
    en: "Unknown command “{name}”; did you mean “kehou {near}”? Run kehou --help for the commands.",
  },
  internalError: {
    zh: "kehou 内部错误，请把所用命令和文件报告给维护者（设置 KEHOU_DEBUG=1 可看详细信息）",
    en: "kehou internal error: please report the command and files to the maintainers (set KEHOU_DEBUG=1 for details)",
  },
  // The options as typed: what is wrong with them.
  optionNeedsValue: {
    zh: "选项「{option}」后面需要一个值",
    en: "The option “{option}” needs a value",
  },
  optionTakesNoValue: {
    zh: "选项「{option}」后面不能带值",
    en: "The option “{option}” takes no value",
  },
  optionUnknown: {
    zh: "不认识的选项「{option}」，请运行 kehou --help 查看可用选项",
    en: "Unknown option “{option}”; run kehou --help for the options",
  },
  optionUnknownNear: {
    zh: "不认识的选项「{option}」，是不是要用「{near}」？请运行 kehou --help 查看可用选项",
    en: "Unknown option “{option}”; did you mean “{near}”? Run kehou --help for the options",
  },
  argumentExtra: { zh: "多余的参数「{option}」", en: "Extra argument “{option}”" },
  argumentsWrong: {
    zh: "命令行参数有误，请运行 kehou --help 查看用法",
    en: "The arguments are wrong; run kehou --help for the usage",
  },
  monthWrong: {
    zh: "--month 应写成 YYYY-MM，如 2021-05（收到「{value}」）",
    en: "--month takes YYYY-MM, such as 2021-05 (got “{value}”)",
  },
  monthRangeWrong: {
    zh: "--month 应写成 YYYY-MM（一个月）或 YYYY-MM..YYYY-MM（几个月），如 2021-05 或 2021-03..2021-06（收到「{value}」）",
    en: "--month takes YYYY-MM (one month) or YYYY-MM..YYYY-MM (several), such as 2021-05 or 2021-03..2021-06 (got “{value}”)",
  },
  monthRangeReversed: {
    zh: "--month 的起始月份 {first} 晚于结束月份 {last}，请写成 {last}..{first}",
    en: "--month starts at {first}, after its end {last}: write {last}..{first}",
  },
  monthRangeTooLong: {
    zh: "--month {first}..{last} 共 {months} 个月，一次最多汇总 {max} 个月，请分段汇总",
    en: "--month {first}..{last} is {months} months; at most {max} are consolidated at once, so split the run",
  },
  needWorkbook: { zh: "需要一个工作簿文件", en: "A workbook file is needed" },
  outputNameMissing: {
    zh: "-o 后面需要一个文件名，如 -o 收费表.xlsx",
    en: "-o needs a file name, such as -o 收费表.xlsx",
  },
  emptyWorkbook: {
    zh: "「{file}」是空文件，不是 .xlsx 工作簿",
    en: "“{file}” is an empty file, not an .xlsx workbook",
  },
  outputIsInput: {
    zh: "输出文件不能与输入文件相同：Kehou 从不修改原文件，请用 -o 指定新文件",
    en: "The output cannot be the input: Kehou never changes the original; name a new file with -o",
  },
  outputWrongKind: {
    zh: "输出文件应以 .{kind} 结尾：「{file}」",
    en: "The output file should end in .{kind}: “{file}”",
  },
  pdfIsInput: {
    zh: "PDF 会写到「{file}」，那是输入的工作簿：Kehou 从不修改原文件，请用 -o 给副本另起一个名字",
    en: "The PDF would go to “{file}”, which is the input workbook: Kehou never changes the original; name the copy otherwise with -o",
  },
  outputExists: {
    zh: "「{file}」已存在：加 --force 覆盖",
    en: "“{file}” exists: add --force to overwrite it",
  },
  // `--policy`.
  policyMissing: {
    zh: "--policy 后面需要一个政策文件（.json），或内置政策的编号，如 suifenhe-2021",
    en: "--policy needs a policy file (.json) or a built-in policy's id, such as suifenhe-2021",
  },
  policyNotFound: {
    zh: "找不到政策文件「{file}」，也没有这个编号的内置政策",
    en: "No policy file “{file}” and no built-in policy of that id",
  },
  policyNoSuchFile: {
    zh: "没有这个文件，也没有这个编号的内置政策",
    en: "no such file, and no built-in policy of that id",
  },
  policyUnreadable: {
    zh: "政策文件「{file}」无法读取（{code}）",
    en: "The policy file “{file}” cannot be read ({code})",
  },
  policyRefused: {
    zh: "政策文件「{file}」未通过检查，本次未计算：",
    en: "The policy file “{file}” did not pass its checks; nothing was computed:",
  },
  outputIsPolicy: {
    zh: "-o 输出文件「{output}」就是 --policy 政策文件「{policy}」：Kehou 从不改动政策文件，请用 -o 指定另一个 .xlsx 文件",
    en: "The -o output “{output}” is the --policy file “{policy}”: Kehou never changes a policy file; name another .xlsx file with -o",
  },
  // What to do about the month a run found.
  monthHeld: {
    zh: "工作簿中的考勤表是 {held}：计算该月请加 --month {heldMonth}",
    en: "The workbook's attendance sheet is {held}: add --month {heldMonth} to compute that month",
  },
  monthUnknownAdvice: {
    zh: "也可在运行时加 --month YYYY-MM 指定月份",
    en: "You can also name the month with --month YYYY-MM",
  },
  monthChosenAdvice: {
    zh: "计算其他月份请加 --month YYYY-MM",
    en: "Add --month YYYY-MM to compute another month",
  },
  // `kehou consolidate`: its inputs and its output.
  consolidateNeeds: {
    zh: "需要各校工作簿（文件或文件夹）和 -o 输出文件",
    en: "The schools' workbooks (files or folders) and an -o output file are needed",
  },
  expectEmpty: {
    zh: "学校名单「{file}」中没有学校：请每行写一所学校的名称",
    en: "The list of schools “{file}” names no school: write one school a line",
  },
  expectNotText: {
    zh: "学校名单「{file}」是工作簿或其他二进制文件，不是文本：请在 Excel 或 WPS 中「另存为」文本文件（.txt），每行一所学校",
    en: "The list of schools “{file}” is a workbook or another binary file, not text: “Save As” a text file (.txt) in Excel or WPS, one school a line",
  },
  expectNotFound: {
    zh: "找不到学校名单「{file}」",
    en: "The list of schools “{file}” was not found",
  },
  nothingFound: {
    zh: "「{inputs}」中没有找到任何工作簿，未写出文件",
    en: "No workbook found in “{inputs}”; no file written",
  },
  outputIsReported: {
    zh: "不能写出到「{file}」：它{why}。汇总从不改动各校报送的文件，请把输出文件放在报送文件夹之外",
    en: "Cannot write to “{file}”: it {why}. Consolidation never changes the schools' files; put the output outside the reported folders",
  },
  outputIsReportedFile: { zh: "就是一份报送的文件", en: "is one of the reported files" },
  outputInReportedFolder: { zh: "在报送文件夹之内", en: "is inside a reported folder" },
  outputLinksReportedFile: {
    zh: "与一份报送的文件是同一个文件（链接）",
    en: "is the same file as a reported one (a link)",
  },
  // The files a consolidation found and did not read, and why.
  sameFileOnce: {
    zh: "与「{first}」是同一个文件，只计一次",
    en: "is the same file as “{first}”; counted once",
  },
  folderUnreadable: {
    zh: "无法读取文件夹（{code}），其中的文件未汇总",
    en: "the folder cannot be read ({code}); its files were not consolidated",
  },
  linkDangling: { zh: "是指向不存在位置的链接", en: "is a link to nowhere" },
  linkOutside: {
    zh: "是指向报送文件夹之外（{target}）的链接",
    en: "is a link outside the reported folders ({target})",
  },
  linkLoop: {
    zh: "是指向已读取文件夹的链接（循环）",
    en: "is a link to a folder already read (a loop)",
  },
  entryUnreadable: { zh: "无法读取（{code}）", en: "cannot be read ({code})" },
  readerOutOfMemory: {
    zh: "读取此文件超出内存上限（{mb} MB），未汇总：工作簿可能异常（如远处单元格、巨量数据），请学校检查后重新报送",
    en: "Reading this file went over the memory limit ({mb} MB), so it was not consolidated: the workbook may be odd (far-away cells, huge data); ask the school to check it and send it again",
  },
  readerDied: {
    zh: "读取此文件时读取线程异常退出（{why}），未汇总",
    en: "The reader thread stopped abnormally on this file ({why}); it was not consolidated",
  },
  exitCode: { zh: "退出码 {code}", en: "exit code {code}" },
  // `kehou breaches --providers`.
  providersEmpty: {
    zh: "在机构名单「{file}」中没有读到白名单或黑名单，本次未检查机构：工作簿要有名为「白名单」「黑名单」的工作表，文本文件要有以「# 白名单」「# 黑名单」开头的段落，每行一个机构",
    en: "No white or black list was found in the providers list “{file}”, so no provider was checked: a workbook needs sheets named 白名单 and 黑名单, a text file sections headed “# 白名单” and “# 黑名单”, one provider a line",
  },
  providersNotFound: {
    zh: "找不到机构名单文件「{file}」",
    en: "The providers list “{file}” was not found",
  },
  highlightNeedsOutput: {
    zh: "--highlight 需要用 -o 指定输出文件：Kehou 不修改原文件",
    en: "--highlight needs an -o output file: Kehou never changes the original",
  },
  outputIsProviders: {
    zh: "输出文件不能与机构名单文件相同：Kehou 从不修改输入文件，请用 -o 指定新文件",
    en: "The output cannot be the providers list: Kehou never changes an input; name a new file with -o",
  },
  // `kehou fn`.
  fnSummary: {
    zh: "按 Excel 的方式计算一个自定义函数（区域写成 JSON 数组，如 '[[120,29,45]]'）",
    en: "Compute a custom function as Excel does (a range written as a JSON array, such as '[[120,29,45]]')",
  },
  fnNames: { zh: "可用函数：{names}", en: "Functions: {names}" },
  fnExamples: {
    zh: "自定义函数示例（=KEHOU.函数名）",
    en: "Custom function examples (=KEHOU.NAME)",
  },
  fnExamplesPolicy: {
    zh: "{heading}，按《{title}》（{id}）计算：",
    en: "{heading}, computed by “{title}” ({id}):",
  },
  rangeNotJson: {
    zh: "区域「{range}」不是有效的 JSON 数组：请检查方括号、逗号和引号是否配对，如 '[[120,29,45]]'",
    en: "The range “{range}” is not a valid JSON array: check that brackets, commas and quotes pair up, such as '[[120,29,45]]'",
  },
  rangeInvalid: {
    zh: "区域「{range}」不是有效的 JSON 数组：{why}",
    en: "The range “{range}” is not a valid JSON array: {why}",
  },
  rangeNotArray: { zh: "应以 [ 开头、] 结尾", en: "it should start with [ and end with ]" },
  rangeNumberTooLarge: {
    zh: "有数值超出 Excel 的范围（最大约 1E+308）",
    en: "a number is beyond Excel's range (about 1E+308 at most)",
  },
  rangeCellWrong: {
    zh: "单元格 {cell} 不是数字、文本或逻辑值",
    en: "the cell {cell} is not a number, text or a logical value",
  },
  // `--pdf`.
  pdfWritten: { zh: "已生成 PDF：{file}", en: "PDF written: {file}" },
  pdfFailed: { zh: "PDF 未生成：{message}", en: "No PDF written: {message}" },
  noSoffice: {
    zh: "未找到 LibreOffice（soffice 命令），无法生成 PDF。请安装 LibreOffice（https://zh-cn.libreoffice.org/ ；Debian/Ubuntu：sudo apt-get install libreoffice-calc-nogui fonts-noto-cjk），并确保 soffice 在 PATH 中；或用 Excel、WPS 打开生成的工作簿直接打印。",
    en: "LibreOffice (the soffice command) was not found, so no PDF can be made. Install LibreOffice (https://www.libreoffice.org/; Debian/Ubuntu: sudo apt-get install libreoffice-calc-nogui fonts-noto-cjk) and put soffice on the PATH; or open the workbook in Excel or WPS and print it.",
  },
  pdfTimedOut: {
    zh: "LibreOffice 在 {seconds} 秒内没有完成 PDF 转换，已停止。请关闭正在运行的 LibreOffice 后重试，或用 Excel、WPS 打开生成的工作簿直接打印。",
    en: "LibreOffice did not finish the PDF within {seconds} seconds and was stopped. Close any running LibreOffice and try again, or open the workbook in Excel or WPS and print it.",
  },
  pdfConvertFailed: {
    zh: "LibreOffice 转换 PDF 失败（退出码 {code}）",
    en: "LibreOffice could not convert to PDF (exit code {code})",
  },
  versionUnknown: { zh: "未知", en: "unknown" },
  // What the commands print after a run.
  monthUnknown: { zh: "（月份未定）", en: "(month not set)" },
  unassignedClass: { zh: "（未分班）", en: "(no class)" },
  chargeTitle: {
    zh: "{school} {month} 课后服务收费（{mode}）",
    en: "{school} {month} after-school service charges ({mode})",
  },
  chargeModeMonthly: { zh: "按月收取", en: "monthly in advance" },
  chargeModeActual: { zh: "据实收取", en: "by minutes served" },
  chargeColumnClass: { zh: "班级", en: "Class" },
  chargeColumnStudents: { zh: "人数", en: "Students" },
  chargeColumnMinutes: { zh: "计费分钟", en: "Billed minutes" },
  chargeColumnGross: { zh: "应收", en: "Gross" },
  chargeColumnWaived: { zh: "减免", en: "Waived" },
  chargeColumnRefund: { zh: "退费", en: "Refund" },
  chargeColumnPayable: { zh: "应缴", en: "Payable" },
  chargeColumnGovernment: { zh: "政府分担", en: "Government" },
  chargeColumnSchool: { zh: "学校分担", en: "School" },
  chargeTotal: { zh: "合计", en: "Total" },
  validateSummary: {
    zh: "{school}：名册 {students} 名学生",
    en: "{school}: a roster of {students} students",
  },
  breachesTitle: { zh: "{school} {month} 违规检查", en: "{school} {month} breach check" },
  noticeSummary: {
    zh: "{school} 课后服务收费公示，公示日期 {date}：{sheets}",
    en: "{school} after-school service fee notice, dated {date}: {sheets}",
  },
  noticesSummary: {
    zh: "{school} {month} 缴费通知单 {n} 份，应缴合计 ¥{payable}",
    en: "{school} {month} family notices: {n}, payable in all ¥{payable}",
  },
  templateWritten: { zh: "已生成空白工作簿：{file}", en: "Blank workbook written: {file}" },
  templateNeedsOutput: { zh: "需要用 -o 指定输出文件", en: "Name the output file with -o" },
  // `kehou policy`.
  policySummary: {
    zh: "把内置政策原样输出为 JSON，作为编写本市政策文件的起点（不写编号时列出内置政策）",
    en: "Print a built-in policy as JSON, to start a city's policy file from (without an id, list the built-in policies)",
  },
  policyList: { zh: "内置政策：", en: "Built-in policies:" },
  policyListHint: {
    zh: "输出其中一个：kehou policy {id} > 本市.json，按本市文件逐项修改后用 --policy 本市.json 运行（docs/profiles.md）",
    en: "Print one: kehou policy {id} > our-city.json, change it field by field against your document, then run with --policy our-city.json (docs/profiles.md)",
  },
  policyUnknownId: {
    zh: "「{id}」不是内置政策：可用的有 {ids}",
    en: "“{id}” is not a built-in policy: available are {ids}",
  },
  policyUnknownIdNear: {
    zh: "「{id}」不是内置政策，是否要输入 {near}？可用的有 {ids}",
    en: "“{id}” is not a built-in policy; did you mean {near}? Available are {ids}",
  },
  // `kehou demo`.
  demoSummary: {
    zh: "演示：在临时文件夹写出示例学校工作簿，运行名册校验和收费，显示结果和文件位置",
    en: "Demo: write a sample school's workbook to a temporary folder, validate its roster and charge it, and show the results and where the files are",
  },
  demoSample: { zh: "示例学校工作簿：{file}", en: "Sample school workbook: {file}" },
  demoValidated: { zh: "名册校验：{students} 名学生", en: "Roster check: {students} students" },
  demoWritten: {
    zh: "收费表已写出：{file}（工作表：{sheets}）",
    en: "Charge sheet written: {file} (sheets: {sheets})",
  },
  demoTryIt: {
    zh: "自己试试（kehou 不在 PATH 上时，先在项目文件夹运行 npm link）：",
    en: "Try it yourself (if kehou is not on the PATH, run npm link in the project folder first):",
  },
  // `kehou consolidate`.
  cityMonths: {
    zh: "全市 {first} 至 {last}（{months} 个月）：{schools} 所学校，应缴合计 ¥{payable}，政府分担合计 ¥{government}",
    en: "City {first} to {last} ({months} months): {schools} schools, payable ¥{payable}, government ¥{government} in all",
  },
  cityMonth: {
    zh: "  {month}：{schools} 所学校，{students} 名学生，应缴 ¥{payable}，政府分担 ¥{government}",
    en: "  {month}: {schools} schools, {students} students, payable ¥{payable}, government ¥{government}",
  },
  cityTrendsHeading: {
    zh: "各校每月应缴（政府分担）：",
    en: "Each school's payable by month (government):",
  },
  cityTrendMonth: {
    zh: "{month} ¥{payable}（¥{government}）",
    en: "{month} ¥{payable} (¥{government})",
  },
  cityTrendMissing: { zh: "{month} 未报送", en: "{month} not reported" },
  cityTotals: {
    zh: "全市 {month}：{schools} 所学校，{students} 名学生，应收 ¥{gross}，减免 ¥{waived}，应缴 ¥{payable}，政府分担 ¥{government}",
    en: "City {month}: {schools} schools, {students} students, gross ¥{gross}, waived ¥{waived}, payable ¥{payable}, government ¥{government}",
  },
  citySchool: {
    zh: "  {school}：{students} 人，应缴 ¥{payable}，政府分担 ¥{government}",
    en: "  {school}: {students} students, payable ¥{payable}, government ¥{government}",
  },
  cityNoSchools: { zh: "没有可汇总的学校工作簿。", en: "No school workbook to consolidate." },
  cityNotGathered: { zh: "  未汇总 {file}：{message}", en: "  Not consolidated {file}: {message}" },
  cityWritten: { zh: "已写出：{file}", en: "Written: {file}" },
  cityNotWritten: { zh: "未写出文件。", en: "No file written." },
  // Why `{target}` could not be written (`writeErrorMessage`), by the error's code.
  writeExistsForced: {
    zh: "无法写出「{target}」：目标已存在且无法替换，请换一个文件名",
    en: "Cannot write “{target}”: it exists and cannot be replaced; choose another file name",
  },
  writeExists: {
    zh: "无法写出「{target}」：运行期间有别的程序建立了这个文件，未覆盖；请换一个文件名或加 --force 覆盖",
    en: "Cannot write “{target}”: another program made this file during the run and it was not overwritten; choose another file name or add --force to overwrite",
  },
  writeNoFolder: {
    zh: "无法写出「{target}」：文件夹不存在，请先建立文件夹或换一个输出位置",
    en: "Cannot write “{target}”: the folder does not exist; make it first or choose another place",
  },
  writeBusy: {
    zh: `无法写出「{target}」：${OPEN_ELSEWHERE.zh}`,
    en: `Cannot write “{target}”: ${OPEN_ELSEWHERE.en}`,
  },
  writeDeniedOrBusy: {
    zh: `无法写出「{target}」：没有写入权限，或${OPEN_ELSEWHERE.zh}`,
    en: `Cannot write “{target}”: no permission to write, or ${OPEN_ELSEWHERE.en}`,
  },
  writeDenied: {
    zh: "无法写出「{target}」：没有写入权限，请换一个有权限的文件夹",
    en: "Cannot write “{target}”: no permission to write; choose a folder you may write to",
  },
  writeReadOnly: {
    zh: "无法写出「{target}」：磁盘只读，请换一个输出位置",
    en: "Cannot write “{target}”: the disk is read-only; choose another place",
  },
  writeIsFolder: {
    zh: "无法写出「{target}」：这是一个文件夹，请在 -o 后写文件名，如 -o 收费表.xlsx",
    en: "Cannot write “{target}”: it is a folder; write a file name after -o, such as -o 收费表.xlsx",
  },
  writeNoSpace: {
    zh: "无法写出「{target}」：磁盘空间不足，请腾出空间后重试",
    en: "Cannot write “{target}”: the disk is full; free some space and try again",
  },
  writeNameTooLong: {
    zh: "无法写出「{target}」：文件名太长，请换一个短一些的名字",
    en: "Cannot write “{target}”: the file name is too long; choose a shorter one",
  },
  writeUnsafe: {
    zh: "无法写出「{target}」：该位置不支持安全写入，请换到本地文件夹，或加 --force",
    en: "Cannot write “{target}”: this place does not support safe writing; use a local folder, or add --force",
  },
  writeFailed: {
    zh: "无法写出「{target}」：写入失败（{code}），请换一个输出位置后重试",
    en: "Cannot write “{target}”: writing failed ({code}); choose another place and try again",
  },
  unknownCause: { zh: "未知原因", en: "unknown cause" },
  // Why `{file}` could not be read (`readErrorMessage`), by the error's code.
  readBusy: {
    zh: `无法读取「{file}」：${OPEN_ELSEWHERE.zh}`,
    en: `Cannot read “{file}”: ${OPEN_ELSEWHERE.en}`,
  },
  readDeniedOrBusy: {
    zh: `无法读取「{file}」：没有读取权限，或${OPEN_ELSEWHERE.zh}`,
    en: `Cannot read “{file}”: no permission to read, or ${OPEN_ELSEWHERE.en}`,
  },
  readDenied: {
    zh: "没有读取权限：「{file}」，请用有权限的账户运行，或把文件复制到自己的文件夹",
    en: "No permission to read “{file}”: run as a user who may, or copy the file to your own folder",
  },
  readIsFolder: {
    zh: "「{file}」是文件夹，不是 .xlsx 工作簿",
    en: "“{file}” is a folder, not an .xlsx workbook",
  },
  readMissing: { zh: "找不到文件「{file}」", en: "File not found: “{file}”" },
  readFailed: { zh: "无法读取「{file}」（{code}）", en: "Cannot read “{file}” ({code})" },
} as const satisfies Record<string, Message>;

export type ConsoleKey = keyof typeof CONSOLE_TEXT;
