import Decimal from "decimal.js";
import { a1 } from "./a1";
import { cellAt, type SheetGrid } from "./grid";
import { findHeaderRow, type HeaderRow } from "./header-row";
import { readMoneyCell } from "./money-cell";
import { cellText } from "./roster";
import { finding, type Finding } from "../findings/finding";

/** What a school's own sheet says it charged or refunded one student, and where. */
export interface OwnAmount {
  readonly sheet: string;
  readonly cell: string;
  readonly id: string;
  readonly name: string;
  readonly amount: Decimal;
}

export interface OwnCharges {
  readonly charges: readonly OwnAmount[];
  readonly refunds: readonly OwnAmount[];
  /** Money cells that hold no amount a school could charge (1E+999, 1E+300, 已缴): never a throw. */
  readonly findings: readonly Finding[];
}

/**
 * The charge and refund columns a school keeps in its own sheets (roster, its own charge
 * list …): 应收金额, 实收金额, 收费金额, 退费金额. Kehou's own sheets are skipped by the caller.
 * `headers` holds the header rows already found for some of the sheets (the workbook's reading).
 */
export function readOwnCharges(
  grids: readonly SheetGrid[],
  headers?: ReadonlyMap<SheetGrid, HeaderRow | undefined>
): OwnCharges {
  const charges: OwnAmount[] = [];
  const refunds: OwnAmount[] = [];
  const findings: Finding[] = [];
  for (const grid of grids) {
    const header = headers?.has(grid) ? headers.get(grid) : findHeaderRow(grid);
    if (!header || header.dateColumns.length >= 3) continue;
    const f = header.fields;
    if (f.charge === undefined && f.refundAmount === undefined) continue;
    for (let row = header.row + 1; row < grid.values.length; row++) {
      const id = f.id === undefined ? "" : cellText(cellAt(grid, row, f.id));
      const name = f.name === undefined ? "" : cellText(cellAt(grid, row, f.name));
      if ((!id && !name) || /^(合计|小计|总计)/.test(id || name)) continue;
      for (const [col, list] of [
        [f.charge, charges],
        [f.refundAmount, refunds],
      ] as const) {
        if (col === undefined) continue;
        const value = cellAt(grid, row, col);
        const read = readMoneyCell(value);
        if (read.kind === "unreadable") {
          const place = { sheet: grid.name, cell: a1(row, col), studentId: id || undefined };
          const column = cellText(cellAt(grid, header.row, col));
          findings.push(finding("OWN_AMOUNT_UNREADABLE", place, { column, value: String(value) }));
        } else if (read.kind === "amount")
          list.push({ sheet: grid.name, cell: a1(row, col), id, name, amount: read.amount });
      }
    }
  }
  return { charges, refunds, findings };
}
