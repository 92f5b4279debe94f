import type { Message } from "./message";

/** What to do with a package Kehou's reader refuses: Excel or WPS re-saves it as a plain .xlsx. */
const RESAVE = {
  zh: "请在 Excel 或 WPS 中打开并另存为 .xlsx 后重试",
  en: "open it in Excel or WPS, save it as .xlsx and try again",
};

/**
 * The reasons an .xlsx/.xlsm package is refused by Kehou's own reader (after the file is known
 * to be one), the same at every door: the command line and the browser page put them after
 * 「无法读取「{file}」：」, as does the pane's 汇总.
 */
export const PACKAGE_TEXT = {
  // When the reader said why only in a library's English.
  damaged: {
    zh: "文件已损坏或不完整，请在 Excel 或 WPS 中重新打开并另存为 .xlsx 后再试",
    en: "the file is damaged or incomplete; open it again in Excel or WPS, save it as .xlsx and try again",
  },
  duplicatePart: {
    zh: `工作簿中有两个同名的部件「{first}」与「{second}」（部件名不区分大小写），Office 文件格式不允许这样，无法确定哪一个是真的：${RESAVE.zh}`,
    en: `the workbook holds two parts of one name, “{first}” and “{second}” (part names ignore case), which the Office file format forbids, so which one is real cannot be told: ${RESAVE.en}`,
  },
  // Two zip entries of exactly one name (not only a case variant).
  sameEntryTwice: {
    zh: `工作簿中有两个完全同名的部件「{part}」，Office 文件格式不允许这样，无法确定哪一个是真的：${RESAVE.zh}`,
    en: `the workbook holds two parts named exactly “{part}”, which the Office file format forbids, so which one is real cannot be told: ${RESAVE.en}`,
  },
  // A zip entry whose local header, CRC-32 or size disagrees with the central directory.
  damagedPart: {
    zh: `工作簿的部件 {part} 已损坏（{fault}），Excel 会修复或拒绝这样的文件：${RESAVE.zh}`,
    en: `the workbook's part {part} is damaged ({fault}); Excel repairs or refuses such a file: ${RESAVE.en}`,
  },
  localNameDiffers: {
    zh: "其本地文件头写的部件名是「{local}」，与目录不一致",
    en: "its local header names the part “{local}”, unlike the directory",
  },
  crcDiffers: { zh: "校验和 CRC-32 与目录不一致", en: "its CRC-32 differs from the directory's" },
  sizeDiffers: {
    zh: "解压后 {actual} 字节，目录写的是 {declared} 字节",
    en: "it inflates to {actual} bytes where the directory says {declared}",
  },
  partEncoding: {
    zh: `工作簿的部件 {part} 使用 {encoding} 编码，Excel 和 WPS 的文件只用 UTF-8 或 UTF-16：${RESAVE.zh}`,
    en: `the workbook's part {part} is in {encoding}, but Excel and WPS files use only UTF-8 or UTF-16: ${RESAVE.en}`,
  },
  notWorksheet: {
    zh: `工作表「{sheet}」的数据（{part}）不是工作表（以 <{root}> 开始），无法读取：${RESAVE.zh}`,
    en: `the data of the sheet “{sheet}” ({part}) is not a worksheet (it starts with <{root}>) and cannot be read: ${RESAVE.en}`,
  },
  // A `t="s"` cell whose index is not an item of sharedStrings.xml (Excel repairs such a file).
  missingString: {
    zh: "单元格 {cell} 的文本不在工作簿的共享字符串表中（编号 {index}，表中共 {count} 项）",
    en: "the text of cell {cell} is not in the workbook's shared-string table (index {index}; the table holds {count})",
  },
  emptyPart: { zh: "部件是空的", en: "the part is empty" },
  notXmlPart: { zh: "部件不是 XML", en: "the part is not XML" },
  // The directory the end record points at (APPNOTE 4.3.16, 4.3.14–4.3.15) is not there.
  directoryMissing: {
    zh: "文件已损坏：zip 压缩包的部件目录不在它写明的位置，无法找到工作簿的部件，请在 Excel 或 WPS 中重新打开并另存为 .xlsx 后再试",
    en: "the file is damaged: the zip's directory of parts is not where the archive says, so the workbook's parts cannot be found; open it again in Excel or WPS, save it as .xlsx and try again",
  },
  zip64Unread: {
    zh: `工作簿使用 ZIP64 格式，但其 ZIP64 目录无法读取：${RESAVE.zh}`,
    en: `the workbook is a ZIP64 archive whose ZIP64 directory cannot be read: ${RESAVE.en}`,
  },
} as const satisfies Record<string, Message>;
