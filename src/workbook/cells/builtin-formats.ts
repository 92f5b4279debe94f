/**
 * The built-in number formats a cell style may name by id alone (ECMA-376 Part 1 §18.8.30),
 * as the reader has always named them (exceljs's table: the locale-dependent ids 27–36 and
 * 50–81 have no one code and read as "General").
 */
const BUILTIN: Readonly<Record<number, string>> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** The code of a built-in number format, or undefined. */
export function builtinFormat(id: number): string | undefined {
  return BUILTIN[id];
}

/**
 * Whether a number format shows a date or time: a date, month, year, hour, second or
 * Buddhist-year letter outside [brackets] and "quoted text" (the rule the reader has always
 * used to turn such numbers into dates).
 */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]/.test(format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/**
 * Whether a date or time format shows a day, not only a time of day or a duration: a year,
 * day, era or Buddhist-year letter, or an `m` that is a month (not a minute: a minute's `m`
 * follows an hour `h` or comes before a second `s`, ECMA-376 Part 1 §18.8.31). A format
 * showing only a time (h:mm, [h]:mm, mm:ss) shows the same for a number in either date system.
 */
export function showsDay(format: string | undefined): boolean {
  if (!isDateFormat(format)) return false;
  // Escapes, quoted text, elapsed minutes and seconds and other brackets say no day; elapsed
  // hours ([h]) are hours, before minutes.
  const f = format!
    .replace(/\[h+]/gi, "h")
    .replace(/\\[^]|"[^"]*"|\[[^\]]*]|AM\/PM|A\/P/gi, "")
    .toLowerCase();
  return /[ydbeg]/.test(f) || /m/.test(f.replace(/h+[^a-z]*m+|m+(?=[^a-z]*s)/g, ""));
}
