/// <reference types="et-jsapi-declare" />

/** xlSheetHidden and xlSheetVeryHidden: https://learn.microsoft.com/en-us/office/vba/api/excel.xlsheetvisibility */
export const HIDDEN = 0;
export const VERY_HIDDEN = 2;

/** The workbook's sheets in tab order (Worksheets is 1-based). */
export function wpsSheets(book: Et.Workbook): Et.Worksheet[] {
  const all = book.Worksheets;
  return Array.from({ length: all.Count }, (_, i) => all.Item(i + 1) as Et.Worksheet);
}

/** The sheet of a name, matched as WPS matches sheet names (case-insensitively), read up to it. */
export function findWpsSheet(book: Et.Workbook, name: string): Et.Worksheet | undefined {
  const sheets = book.Worksheets;
  for (let i = 1, n = sheets.Count; i <= n; i++) {
    const ws = sheets.Item(i) as Et.Worksheet;
    if (ws.Name.toLowerCase() === name.toLowerCase()) return ws;
  }
  return undefined;
}

/** A new sheet after the last one, under `name` if given. */
export function addWpsSheet(book: Et.Workbook, name?: string): Et.Worksheet {
  const all = book.Worksheets;
  const ws = all.Add(undefined, all.Item(all.Count)) as Et.Worksheet;
  if (name !== undefined) ws.Name = name;
  return ws;
}
