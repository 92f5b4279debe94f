import type { Message } from "./message";

/**
 * What is said when Kehou cannot write its copy of a workbook it has read (a dialect of
 * SpreadsheetML its part writer cannot add to without changing what the file means), the
 * same at every door; `{reason}` says what in the file stopped it.
 */
export const WRITE_TEXT = {
  unwritable: {
    zh: "Kehou 无法在这个工作簿的副本中加入工作表（{reason}），没有写出任何文件：请在 Excel 或 WPS 中打开它，「另存为」Excel 工作簿（.xlsx）后重试",
    en: "Kehou cannot add its sheets to a copy of this workbook ({reason}) and wrote nothing: open it in Excel or WPS, “Save As” an Excel workbook (.xlsx), then try again",
  },
  /** The reasons: the package mixes prefixed and unprefixed SpreadsheetML, or the like. */
  mixedNamespaces: {
    zh: "它的 XML 部件混用了命名空间的写法",
    en: "its XML parts mix ways of writing their namespaces",
  },
  structure: {
    zh: "它的结构 Kehou 的写入程序不支持",
    en: "its structure is one Kehou's writer does not support",
  },
} as const satisfies Record<string, Message>;
