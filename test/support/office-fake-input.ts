/**
 * What Excel makes of a string written to `range.values` or `range.formulas`: the same as a
 * user typing it into a cell, unless the cell's number format is text ("@").
 */
import type { CellValue } from "../../src/sheets/grid";

/** A cell as Excel holds it after typed input. */
export interface Typed {
  readonly value: CellValue;
  readonly formula?: string;
  /** The number format Excel gives a cell that had "General" (percent, date, time). */
  readonly format?: string;
}

const EPOCH = Date.UTC(1899, 11, 30);
const serial = (y: number, m: number, d: number) => (Date.UTC(y, m - 1, d) - EPOCH) / 86_400_000;

/** Excel keeps 15 significant digits of a number: https://learn.microsoft.com/office/troubleshoot/excel/long-numbers-incorrectly-in-excel */
function fifteenDigits(text: string): number {
  return Number(Number(text).toPrecision(15));
}

function validDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/**
 * Typed input as Excel reads it. Range.values/formulas "set" is input as typed by a user
 * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member);
 * a text format "@" keeps the string (https://support.microsoft.com/office/format-numbers-as-text-583160db-35e7-4ba8-ad3e-5fd4dce7ceda).
 */
export function typedInput(input: string, cellFormat: string, date1904 = false): Typed {
  const typed = typedIn1900(input, cellFormat);
  // A date typed into a 1904-system workbook is stored counted from 1904-01-01, 1,462 days
  // less; a time of day is the same in both: https://learn.microsoft.com/office/troubleshoot/excel/1900-and-1904-date-system
  return date1904 && typeof typed.value === "number" && typed.value >= 1 && typed.format
    ? { ...typed, value: typed.value - 1462 }
    : typed;
}

function typedIn1900(input: string, cellFormat: string): Typed {
  // A leading apostrophe makes the rest text and is not part of the value.
  if (input.startsWith("'")) return { value: input.slice(1) };
  if (cellFormat === "@") return { value: input };
  if (input.startsWith("=") && input.length > 1) return { value: input, formula: input };
  const t = input.trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return { value: fifteenDigits(t) };
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t))
    return { value: fifteenDigits(t.replace(/,/g, "")) };
  const pct = /^([+-]?\d+(?:\.(\d+))?)\s*%$/.exec(t);
  if (pct)
    return {
      value: Number((Number(pct[1]) / 100).toPrecision(15)),
      format: pct[2] ? "0.00%" : "0%",
    };
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === "true" };
  const ymd = /^(\d{4})(?:[-/](\d{1,2})[-/](\d{1,2})|年(\d{1,2})月(\d{1,2})日)$/.exec(t);
  if (ymd) {
    const [y, m, d] = [ymd[1], ymd[2] ?? ymd[4], ymd[3] ?? ymd[5]].map(Number);
    if (validDate(y, m, d)) return { value: serial(y, m, d), format: "yyyy/m/d" };
  }
  const ym = /^(\d{4})(?:[-/](\d{1,2})|年(\d{1,2})月)$/.exec(t);
  if (ym) {
    const [y, m] = [Number(ym[1]), Number(ym[2] ?? ym[3])];
    if (m >= 1 && m <= 12) return { value: serial(y, m, 1), format: "mmm-yy" };
  }
  const time = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(t);
  if (time && Number(time[1]) < 24 && Number(time[2]) < 60)
    return {
      value: (Number(time[1]) * 3600 + Number(time[2]) * 60 + Number(time[3] ?? 0)) / 86400,
      format: "h:mm",
    };
  return { value: input };
}
