/**
 * A part name's key for comparing: ASCII letters folded to lower case, nothing else. OPC
 * compares part names ignoring ASCII case only (ECMA-376 Part 2 §9.1.1.1 and Annex A), so the
 * Kelvin sign U+212A is not "k", as JS `toLowerCase` would make it.
 */
export function partNameKey(name: string): string {
  return name.replace(/[A-Z]+/g, (upper) => upper.toLowerCase());
}
