import type { OpcPackage } from "./opc-package";
import { elements, insertBefore, withoutElements } from "./xml-text";

const NAME = "[Content_Types].xml";

/**
 * Appends `<element key="value" ContentType=…/>` unless an entry of that element already
 * names the value (compared as `same` says).
 */
function declare(
  pkg: OpcPackage,
  element: "Override" | "Default",
  key: "PartName" | "Extension",
  value: string,
  contentType: string,
  same: (declared: string | undefined) => boolean
): void {
  const xml = pkg.text(NAME) ?? "";
  if (elements(xml, element).some((e) => same(e.attr(key)))) return;
  pkg.set(
    NAME,
    insertBefore(xml, ["</Types>"], `<${element} ${key}="${value}" ContentType="${contentType}"/>`)
  );
}

/** Declares a new part's content type (an Override appended), unless already declared. */
export function addOverride(pkg: OpcPackage, part: string, contentType: string): void {
  const partName = `/${part}`;
  declare(
    pkg,
    "Override",
    "PartName",
    partName,
    contentType,
    (d) => d?.toLowerCase() === partName.toLowerCase()
  );
}

/** Declares a content type for an extension (e.g. vml), unless one is declared already. */
export function addDefault(pkg: OpcPackage, extension: string, contentType: string): void {
  declare(
    pkg,
    "Default",
    "Extension",
    extension,
    contentType,
    (d) => d?.toLowerCase() === extension
  );
}

/** Removes a part's Override (Kehou's own part, on a re-run). */
export function removeOverride(pkg: OpcPackage, part: string): void {
  const xml = pkg.text(NAME);
  if (!xml) return;
  const partName = `/${part}`.toLowerCase();
  const cut = elements(xml, "Override").filter(
    (e) => e.attr("PartName")?.toLowerCase() === partName
  );
  if (cut.length > 0) pkg.set(NAME, withoutElements(xml, cut));
}

/** Removes the Overrides of these parts that are no longer in the package. */
export function pruneOverrides(pkg: OpcPackage, parts: Iterable<string>): void {
  for (const part of parts) if (!pkg.has(part)) removeOverride(pkg, part);
}
