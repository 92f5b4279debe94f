/**
 * A number as Excel's General format shows it: up to 10 significant digits, no trailing
 * zeros, no exponent for everyday magnitudes.
 * @example formatGeneral(8.8) //=> "8.8"
 */
export function formatGeneral(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  return String(Number(value.toPrecision(10)));
}
