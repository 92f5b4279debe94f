import type { OpcPackage } from "./opc-package";
import { appendToRoot, elements, withoutElements } from "./xml-text";
import { partNameKey } from "./part-name-key";

const NAME = "[Content_Types].xml";

/**
 * Appends `<element key="value" ContentType=…/>` unless an entry of that element already
 * names the value (ASCII case aside, as OPC compares part names and extensions).
 */
function declare(
  pkg: OpcPackage,
  element: "Override" | "Default",
  key: "PartName" | "Extension",
  value: string,
  contentType: string
): void {
  const xml = pkg.text(NAME) ?? "";
  const lower = partNameKey(value);
  if (
    elements(xml, element).some((e) => {
      const v = e.attr(key);
      return v !== undefined && partNameKey(v) === lower;
    })
  )
    return;
  const entry = `<${element} ${key}="${value}" ContentType="${contentType}"/>`;
  pkg.set(NAME, appendToRoot(xml, entry));
}

/** Declares a new part's content type (an Override appended), unless already declared. */
export function addOverride(pkg: OpcPackage, part: string, contentType: string): void {
  declare(pkg, "Override", "PartName", `/${part}`, contentType);
}

/** Declares a content type for an extension (e.g. vml), unless one is declared already. */
export function addDefault(pkg: OpcPackage, extension: string, contentType: string): void {
  declare(pkg, "Default", "Extension", extension, contentType);
}

/** The parts in the package that an Override declares of this content type. */
export function partsOfType(pkg: OpcPackage, contentType: string): string[] {
  return elements(pkg.text(NAME) ?? "", "Override")
    .filter((o) => o.attr("ContentType") === contentType)
    .map((o) => (o.attr("PartName") ?? "").replace(/^\//, ""))
    .filter((name) => pkg.has(name));
}

/** Removes the Overrides of these parts (Kehou's own, on a re-run) that are no longer in the package. */
export function pruneOverrides(pkg: OpcPackage, parts: Iterable<string>): void {
  const xml = pkg.text(NAME);
  const gone = new Set([...parts].filter((p) => !pkg.has(p)).map((p) => partNameKey(`/${p}`)));
  if (!xml || gone.size === 0) return;
  const cut = elements(xml, "Override").filter((e) =>
    gone.has(partNameKey(e.attr("PartName") ?? ""))
  );
  if (cut.length > 0) pkg.set(NAME, withoutElements(xml, cut));
}
