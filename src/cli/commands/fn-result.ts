import type { FunctionResult } from "../../functions/evaluate";
import { formatGeneral } from "../excel-display";

/**
 * How `kehou fn` prints a result: the value alone, or the Excel error code and its message.
 * Money keeps its fen at every size (SPEC §12): Excel's General format would show
 * 123456789.01 as 123456789 (ten significant digits).
 * @example showResult({ kind: "value", value: 11, money: true }) //=> "11.00"
 */
export function showResult(result: FunctionResult): string {
  if (result.kind === "error") return `${result.code} ${result.message}`;
  if (typeof result.value !== "number") return result.value;
  return result.money ? result.value.toFixed(2) : formatGeneral(result.value);
}
