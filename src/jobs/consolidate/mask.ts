/**
 * A student id as the city workbook shows it: the first 4 and last 2 characters, the rest
 * hidden (SPEC §1 bureau staff need no ID numbers).
 * @example maskId("G230100112345") //=> "G230*******45"
 */
export function maskId(id: string): string {
  const chars = [...id];
  if (chars.length <= 6)
    return chars[0] ? `${chars[0]}${"*".repeat(Math.max(chars.length - 1, 0))}` : "";
  return chars.slice(0, 4).join("") + "*".repeat(chars.length - 6) + chars.slice(-2).join("");
}
