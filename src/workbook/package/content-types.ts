import type { OpcPackage } from "./opc-package";
import { attr, insertBefore } from "./xml-text";

const NAME = "[Content_Types].xml";

/** Declares a new part's content type (an Override appended), unless already declared. */
export function addOverride(pkg: OpcPackage, part: string, contentType: string): void {
  const xml = pkg.text(NAME) ?? "";
  const partName = `/${part}`;
  const already = [...xml.matchAll(/<Override\b[^>]*>/g)].some(
    ([tag]) => attr(tag, "PartName") === partName
  );
  if (already) return;
  pkg.set(
    NAME,
    insertBefore(
      xml,
      ["</Types>"],
      `<Override PartName="${partName}" ContentType="${contentType}"/>`
    )
  );
}

/** Declares a content type for an extension (e.g. vml), unless one is declared already. */
export function addDefault(pkg: OpcPackage, extension: string, contentType: string): void {
  const xml = pkg.text(NAME) ?? "";
  const already = [...xml.matchAll(/<Default\b[^>]*>/g)].some(
    ([tag]) => attr(tag, "Extension")?.toLowerCase() === extension
  );
  if (already) return;
  pkg.set(
    NAME,
    insertBefore(
      xml,
      ["</Types>"],
      `<Default Extension="${extension}" ContentType="${contentType}"/>`
    )
  );
}

/** Removes a part's Override (Kehou's own part, on a re-run). */
export function removeOverride(pkg: OpcPackage, part: string): void {
  const xml = pkg.text(NAME);
  if (!xml) return;
  const next = xml.replace(/<Override\b[^>]*>(?:<\/Override>)?/g, (tag) =>
    attr(tag, "PartName") === `/${part}` ? "" : tag
  );
  if (next !== xml) pkg.set(NAME, next);
}

/** Removes the Overrides of these parts that are no longer in the package. */
export function pruneOverrides(pkg: OpcPackage, parts: Iterable<string>): void {
  for (const part of parts) if (!pkg.has(part)) removeOverride(pkg, part);
}
