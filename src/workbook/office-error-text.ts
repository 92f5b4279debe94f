/**
 * What to tell a school when Excel refuses a request, by the error's code
 * (Excel.ErrorCodes: https://learn.microsoft.com/javascript/api/excel/excel.errorcodes;
 * the code is on OfficeExtension.Error.code:
 * https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 * Excel's own message is English and says nothing of what to do, so known codes get a
 * sentence that does; any other error keeps its message.
 */
const BY_CODE: Record<string, { zh: string; en: string }> = {
  AccessDenied: {
    zh: "工作表受保护或工作簿为只读，Kehou 无法写入：请在「审阅 → 撤销工作表保护」后重试，或另存一份再运行",
    en: "A sheet is protected or the workbook is read-only, so Kehou cannot write: unprotect the sheet (Review → Unprotect Sheet) or save a copy, then try again",
  },
  InvalidOperationInCellEditMode: {
    zh: "Excel 正在编辑单元格：请按 Enter 或 Esc 结束编辑后重试",
    en: "Excel is editing a cell: press Enter or Esc, then try again",
  },
  ApiNotFound: {
    zh: "此版本的 Excel 不支持 Kehou 需要的功能：请更新 Office，或改用浏览器页面或命令行",
    en: "This version of Excel lacks a feature Kehou needs: update Office, or use the browser page or the command line",
  },
  ResponsePayloadSizeLimitExceeded: {
    zh: "工作簿的数据超过 Excel 一次能传给加载项的大小：请删除多余的空行和格式后重试，或改用命令行",
    en: "The workbook's data exceeds what Excel can pass to an add-in at once: remove unused formatted rows, or use the command line",
  },
  Conflict: {
    zh: "其他人正在同时编辑这个工作簿：请稍候重试",
    en: "Someone else is editing this workbook: try again in a moment",
  },
};

/** The sentence for a failed run: Chinese, or English where the English UI is chosen. */
export function officeErrorText(e: unknown, english = false): string {
  const en = (e as { en?: unknown } | null)?.en;
  // Kehou's own refusals (a protected sheet found before writing) carry both languages.
  if (typeof en === "string") return english ? en : String((e as Error).message);
  const code = (e as { code?: unknown } | null)?.code;
  const known = typeof code === "string" ? BY_CODE[code] : undefined;
  if (known) return english ? known.en : known.zh;
  return String((e as Error | null)?.message ?? e);
}
