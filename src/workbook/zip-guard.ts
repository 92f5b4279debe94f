import { guardedEntries } from "./package/zip-read";

/**
 * Why a workbook must be refused before it is opened (more entries than any workbook has, an
 * entry inflating past what it declares, more than 200 MB in all), or undefined when it may
 * be: the package layer's zip reader, run without keeping what it inflates.
 */
export function zipBombReason(bytes: Uint8Array): string | undefined {
  const checked = guardedEntries(bytes, false);
  return typeof checked === "string" ? checked : undefined;
}
