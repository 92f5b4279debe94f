const DAY_MS = 86_400_000;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
/** Days from 1899-12-30 to 1904-01-01: a 1904-system serial plus this is a 1900-system one. */
const DAYS_1900_TO_1904 = 1462;
/** The largest time a JS Date holds (ECMA-262 §21.4.1.1), in ms either side of 1970. */
const MAX_DATE_MS = 8.64e15;

/** An Excel serial from a JS Date that stores an Excel date-time as UTC (as exceljs does). */
export function serialOfDate(d: Date): number {
  return (d.getTime() - EXCEL_EPOCH_MS) / DAY_MS;
}

/**
 * A cell's serial in the 1900 date system from a workbook that may count from 1904: a date
 * (1 or more) is moved by 1,462 days, so it reads as the same day in either system; a value
 * below 1 is a time of day or a duration (a 1:00 sign-in span, 17:30), the same number in both
 * systems, and is never moved. The caller says `date1904` only for a format that shows a day
 * (showsDay): a number in h:mm or [h]:mm shows the same in both systems (120 minutes typed in a
 * sign-out column stays 120). The one rule for every reader of a 1904 workbook (the file
 * reader here, the Office.js adapter where the host says Date1904).
 */
export function serial1900(value: number, date1904: boolean): number {
  return date1904 && value >= 1 ? value + DAYS_1900_TO_1904 : value;
}

/**
 * A number shown in a date or time format, as the 1900-system serial the reader gives: rounded
 * to the millisecond (the reader has always passed such numbers through a Date), and from a
 * 1904-system workbook moved by {@link serial1900}. NaN where no Date can hold it (a crafted
 * 1E+999).
 *
 * Excel's range.values gives a cell's raw value ("Use range.values to … read calculated
 * results", https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values),
 * and in a workbook whose Workbook.Date1904 is true that value counts days from 1904-01-01
 * (https://learn.microsoft.com/en-us/openspecs/office_file_formats/ms-xls/4a5e900a-0eb0-4355-8fc1-81aab8f46e8b).
 * Kehou's date reading counts from 1899-12-30, so the file reader gives the same day's
 * 1900 serial, as it did through exceljs; only numbers shown as dates are moved.
 */
export function dateCellSerial(value: number, date1904: boolean): number {
  const ms = Math.round((serial1900(value, date1904) - 25569) * DAY_MS);
  if (!(Math.abs(ms) <= MAX_DATE_MS)) return NaN;
  return (ms - EXCEL_EPOCH_MS) / DAY_MS;
}

/**
 * The serial of an ISO 8601 date-time as a `t="d"` cell holds it ("2023-05-08",
 * "2023-05-08T07:30:00Z", "2023-05-08T07:30:00.250"), read as written (no time zone moves it);
 * undefined when it is not one.
 */
export function serialOfIso(text: string): number | undefined {
  const m =
    /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?\s*$/.exec(
      text
    );
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0));
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 24 || mi > 59 || s > 60) return undefined;
  const ms = Math.round(Number(m[7] ?? 0) * 1000);
  const date = new Date(Date.UTC(2000, mo - 1, d, h, mi, s, ms));
  date.setUTCFullYear(y); // years before 100 are years, not 1900 + year
  return serialOfDate(date);
}
