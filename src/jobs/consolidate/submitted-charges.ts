import type { Fen } from "../../policy/fen";
import type { SheetGrid } from "../../sheets/grid";
import { chargeSheetName } from "../charge/sheet";
import { isOwnedSheet } from "../school-workbook";

/** A total as fen; a crafted 1E+999 or a figure past any school's month is no total. */
const fen = (v: unknown): Fen | undefined =>
  typeof v === "number" && Number.isFinite(v) && Math.abs(v) < 1e10
    ? Math.round(v * 100)
    : undefined;

/**
 * The school total of the Kehou charge sheet a school submitted for the month (its 学校合计
 * row), to set against our own recomputation; undefined when it sent none.
 */
export function submittedChargeTotals(
  grids: readonly SheetGrid[],
  month: string
): { sheet: string; payable: Fen; gross: Fen } | undefined {
  const grid = grids.find((g) => g.name === chargeSheetName(month) && isOwnedSheet(g));
  if (!grid) return undefined;
  const header = grid.values.find((r) => r.includes("应缴金额"));
  const total = grid.values.find((r) => r[0] === "学校合计");
  if (!header || !total) return undefined;
  const payable = fen(total[header.indexOf("应缴金额")]);
  const gross = fen(total[header.indexOf("应收金额")]);
  return payable === undefined || gross === undefined
    ? undefined
    : { sheet: grid.name, payable, gross };
}
