import type { Message } from "./message";

/**
 * Why a school's workbook could not be read or computed, as a city's list says it (its 问题
 * sheet and its `errors`): the Chinese stands alone, a library's English never reaches the
 * clerk. `{detail}` is the Chinese a failure said itself, in brackets.
 */
export const REASON_TEXT = {
  noChineseReason: {
    zh: "无法读取此文件：文件可能已损坏或不是学校工作簿，请学校在 Excel 或 WPS 中打开后另存为 .xlsx 再报送",
    en: "This file cannot be read: it may be damaged or not a school's workbook; ask the school to open it in Excel or WPS, save it as .xlsx and send it again",
  },
  nestedTooDeep: {
    zh: "无法计算此工作簿：其中的数据嵌套过深或结构异常（超出计算的层次上限），请学校检查工作簿后重新报送",
    en: "This workbook cannot be computed: its data is nested too deep or oddly built (past the limit of levels a computation takes); ask the school to check it and send it again",
  },
  computeFailed: {
    zh: "无法计算此工作簿{detail}：计算时出现内部错误，请学校检查工作簿后重新报送，或把此文件交给 Kehou 维护人员",
    en: "This workbook cannot be computed{detail}: an internal error occurred; ask the school to check it and send it again, or give this file to Kehou's maintainers",
  },
} as const satisfies Record<string, Message>;
