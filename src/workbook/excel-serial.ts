const DAY_MS = 86_400_000;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** An Excel serial from a JS Date that stores an Excel date-time as UTC (as exceljs does). */
export function serialOfDate(d: Date): number {
  return (d.getTime() - EXCEL_EPOCH_MS) / DAY_MS;
}
