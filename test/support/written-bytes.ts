import type { ChartSheetPlan } from "../../src/jobs/chart-plan";
import { graftAll } from "../../src/workbook/package/chart-graft";
import { applyKehouEdits, type KehouEdits } from "../../src/workbook/package/kehou-package";
import { OpcPackage } from "../../src/workbook/package/opc-package";

/**
 * The package writer from bytes to bytes, as tests drive it (the adapter keeps one package
 * open instead): a school's workbook with one run's edits made.
 */
export function writeKehouPackage(source: Uint8Array, edits: KehouEdits): Uint8Array {
  const pkg = OpcPackage.read(source);
  applyKehouEdits(pkg, edits);
  return pkg.toBytes();
}

/**
 * A workbook's bytes with the planned charts grafted in, the package opened once; the very
 * bytes given when no plan could be drawn (each one that could not is told to `skipped`).
 */
export function chartedBytes(
  bytes: Uint8Array,
  plans: readonly (ChartSheetPlan | undefined)[],
  skipped?: (plan: ChartSheetPlan, error: Error) => void
): Uint8Array {
  const pkg = OpcPackage.read(bytes);
  const grafted = graftAll(pkg, plans, skipped);
  return grafted === pkg ? bytes : grafted.toBytes();
}
