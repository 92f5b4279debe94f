/**
 * Excel's error values by their code, as the text range.values gives: BIFF8's BErr
 * (MS-XLS §2.5.97.2), which is also the xlErr number less 2,000 that COM's CVErr carries
 * (https://learn.microsoft.com/en-us/office/vba/api/excel.xlcverror).
 */
export const EXCEL_ERRORS: ReadonlyMap<number, string> = new Map([
  [0x00, "#NULL!"],
  [0x07, "#DIV/0!"],
  [0x0f, "#VALUE!"],
  [0x17, "#REF!"],
  [0x1d, "#NAME?"],
  [0x24, "#NUM!"],
  [0x2a, "#N/A"],
  [0x2b, "#GETTING_DATA"],
]);
