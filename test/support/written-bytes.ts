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
