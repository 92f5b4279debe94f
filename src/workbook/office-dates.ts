/* global Excel */
import { hasExcelApi } from "./office-api-sets";

/**
 * Asks, in the request being built, which date system the workbook uses: DATE(1904,1,1) is
 * 0 in a 1904-system workbook and 1462 in a 1900 one (Workbook.use1904DateSystem is only a
 * preview API). The answer is there after the next sync; a host without ExcelApi 1.2 is
 * taken as 1900, Excel's default.
 */
export function probeDateSystem(context: Excel.RequestContext): () => boolean {
  // Workbook.functions is ExcelApi 1.2.
  if (!hasExcelApi("1.2")) return () => false;
  const probe = context.workbook.functions.date(1904, 1, 1);
  probe.load("value");
  return () => probe.value === 0;
}
