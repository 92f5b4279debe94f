import type { Message } from "./message";

/** What every refusal of a file ends with when Kehou reads no file of its kind. */
const READS = {
  zh: "Kehou 读取 .xlsx、.xlsm、.xls、.et 与 .ods 工作簿",
  en: "Kehou reads .xlsx, .xlsm, .xls, .et and .ods workbooks",
};
/** What to do with a workbook in a format Kehou does not read. */
const RESAVE = {
  zh: "请在 Excel 或 WPS 中打开后另存为 .xlsx 再试",
  en: "open it in Excel or WPS, save it as .xlsx and try again",
};

/**
 * The sentences said of a file that is not a workbook Kehou reads, the same at every door
 * (the command line, the browser page, the pane's 汇总); `{file}` is the file's name as the
 * user gave it, `{document}` what kind of other document it is (one of the `doc…` entries).
 */
export const FILE_TEXT = {
  empty: { zh: "「{file}」是空文件，不是工作簿", en: "“{file}” is an empty file, not a workbook" },
  csv: {
    zh: "「{file}」是 CSV 文本，不是 .xlsx 工作簿：请在 Excel 或 WPS 中打开后另存为 .xlsx 再试",
    en: "“{file}” is CSV text, not an .xlsx workbook: open it in Excel or WPS, save it as .xlsx and try again",
  },
  lock: {
    zh: "「{file}」是 Excel 或 WPS 打开工作簿时留下的锁定文件（LibreOffice 的以 .~lock 开头），不是工作簿：请选择它旁边文件名不带 ~$ 或 .~lock 的工作簿本身（它正被打开时，请先关闭）",
    en: "“{file}” is the lock file Excel or WPS leaves beside an open workbook (LibreOffice's start with .~lock), not a workbook: choose the workbook itself beside it, whose name has no ~$ or .~lock (close it first if it is open)",
  },
  xlsb: {
    zh: "「{file}」是 Excel 二进制工作簿（.xlsb），Kehou 不读取这种格式：请在 Excel 中「另存为」Excel 工作簿（.xlsx）再试",
    en: "“{file}” is an Excel binary workbook (.xlsb), a format Kehou does not read: in Excel, “Save As” an Excel workbook (.xlsx) and try again",
  },
  encrypted: {
    zh: "「{file}」设有打开密码（已加密），Kehou 无法读取：请在 Excel 中打开，于「文件 → 信息 → 保护工作簿 → 用密码进行加密」删除密码并保存（WPS：「文件 → 文档加密 → 密码加密」清除打开密码），再试",
    en: "“{file}” has a password to open (it is encrypted), so Kehou cannot read it: open it in Excel, remove the password under “File → Info → Protect Workbook → Encrypt with Password” and save (WPS: clear it under “File → Document Encryption → Password Encryption”), then try again",
  },
  encryptedOds: {
    zh: "「{file}」设有打开密码（已加密），Kehou 无法读取：请在 LibreOffice 中打开，「文件 → 另存为」时取消勾选「使用密码保存」，再试",
    en: "“{file}” has a password to open (it is encrypted), so Kehou cannot read it: open it in LibreOffice and “File → Save As” with “Save with password” unticked, then try again",
  },
  biffOld: {
    zh: `「{file}」是 Excel 2.x–4.0 的旧版工作表（BIFF2–4），Kehou 不读取这种格式：${RESAVE.zh}`,
    en: `“{file}” is an old Excel 2.x–4.0 worksheet (BIFF2–4), a format Kehou does not read: ${RESAVE.en}`,
  },
  biffDamaged: {
    zh: "「{file}」是 .xls/.et 格式的文件，但已损坏或不完整：请在 Excel 或 WPS 中重新打开并另存为 .xlsx 后再试",
    en: "“{file}” is an .xls/.et file, but damaged or incomplete: open it again in Excel or WPS, save it as .xlsx and try again",
  },
  odsDamaged: {
    zh: "「{file}」是 LibreOffice 工作簿（.ods），但文件已损坏或不完整：请在 LibreOffice 中重新打开并另存后再试",
    en: "“{file}” is a LibreOffice workbook (.ods), but damaged or incomplete: open it again in LibreOffice, save it and try again",
  },
  otherOffice: {
    zh: `「{file}」是{document}，不是工作簿：${READS.zh}`,
    en: `“{file}” is {document}, not a workbook: ${READS.en}`,
  },
  html: {
    zh: `「{file}」是网页（HTML）格式的表格，不是工作簿：${RESAVE.zh}`,
    en: `“{file}” is a table saved as a web page (HTML), not a workbook: ${RESAVE.en}`,
  },
  xml2003: {
    zh: `「{file}」是 Excel 2003 XML 表格，Kehou 不读取这种格式：${RESAVE.zh}`,
    en: `“{file}” is an Excel 2003 XML spreadsheet, a format Kehou does not read: ${RESAVE.en}`,
  },
  zip: {
    zh: "「{file}」是 zip 压缩包，不是工作簿：请解压后选择其中的工作簿",
    en: "“{file}” is a zip archive, not a workbook: unzip it and choose the workbook inside",
  },
  unknown: {
    zh: `「{file}」不是工作簿（无法识别的文件格式）：${READS.zh}`,
    en: `“{file}” is not a workbook (a file format Kehou does not recognise): ${READS.en}`,
  },
  // The other documents `otherOffice` names (the Chinese with the space it is written after).
  docPdf: { zh: " PDF 文件", en: "a PDF file" },
  docWord: { zh: " Word 文档（.doc）", en: "a Word document (.doc)" },
  docWordX: { zh: " Word 文档（.docx）", en: "a Word document (.docx)" },
  docPowerPoint: { zh: " PowerPoint 演示文稿（.ppt）", en: "a PowerPoint presentation (.ppt)" },
  docPowerPointX: { zh: " PowerPoint 演示文稿（.pptx）", en: "a PowerPoint presentation (.pptx)" },
  docOpenDocument: {
    zh: "其他 OpenDocument 文档（不是表格）",
    en: "another OpenDocument document (not a spreadsheet)",
  },
  // A workbook of another format refused before it is read.
  unreadable: { zh: "无法读取「{file}」：{reason}", en: "Cannot read “{file}”: {reason}" },
  tooLarge: {
    zh: "工作簿超过 {mb} MB，已拒绝打开",
    en: "the workbook is over {mb} MB and was not opened",
  },
} as const satisfies Record<string, Message>;

export type FileTextKey = keyof typeof FILE_TEXT;
