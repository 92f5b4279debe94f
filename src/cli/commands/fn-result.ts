import type { FunctionResult } from "../../functions/evaluate";
import { formatGeneral } from "../excel-display";

/** How `kehou fn` prints a result: the value alone, or the Excel error code and its message. */
export function showResult(result: FunctionResult): string {
  if (result.kind === "error") return `${result.code} ${result.message}`;
  return typeof result.value === "number" ? formatGeneral(result.value) : result.value;
}
