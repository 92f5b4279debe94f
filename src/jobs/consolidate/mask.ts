/**
 * A student id as the city workbook shows it: at most a third of its characters, split between
 * its start and end, the rest hidden (SPEC §1 bureau staff need no ID numbers).
 * @example maskId("G230100112345") //=> "G2*********45"
 * @example maskId("2021005") //=> "2*****5"
 */
export function maskId(id: string): string {
  const chars = [...id];
  const shown = Math.floor(chars.length / 3);
  const head = Math.ceil(shown / 2);
  const tail = shown - head;
  return (
    chars.slice(0, head).join("") +
    "*".repeat(chars.length - shown) +
    (tail > 0 ? chars.slice(-tail).join("") : "")
  );
}
