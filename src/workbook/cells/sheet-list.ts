import { XmlScanner } from "./xml-scanner";

/** A sheet as the workbook part lists it, with the package part its relationship points to. */
export interface ListedSheet {
  readonly name: string;
  /** Hidden or very hidden (any state other than visible). */
  readonly hidden: boolean;
  /** The zip path of its part; undefined when no relationship names one. */
  readonly path?: string;
}

export interface WorkbookIndex {
  readonly sheets: readonly ListedSheet[];
  /** The workbook counts dates from 1904 (`<workbookPr date1904="1"/>`, Excel for Mac's old default). */
  readonly date1904: boolean;
  /** The parts of the shared strings and the styles, by relationship (else their usual paths). */
  readonly sharedStrings: string;
  readonly styles: string;
}

/** A workbook relationship: its type and the part it points to (resolved by the package). */
export interface Relationship {
  readonly type: string;
  readonly path: string;
}

/** The part of the first relationship whose type ends with `/kind`. */
function partOfType(rels: ReadonlyMap<string, Relationship>, kind: string): string | undefined {
  for (const r of rels.values()) if (r.type.endsWith(`/${kind}`)) return r.path;
  return undefined;
}

/**
 * The sheets of the workbook part in order, their names and states, each with its part by its
 * relationship (r:id, whatever the prefix); and the workbook's date system.
 */
export function readWorkbookIndex(
  workbookXml: string,
  rels: ReadonlyMap<string, Relationship>
): WorkbookIndex {
  const sheets: ListedSheet[] = [];
  let date1904 = false;
  const s = new XmlScanner(workbookXml);
  while (s.next()) {
    if (s.closes) continue;
    if (s.is("workbookPr")) {
      const v = s.attr("date1904");
      date1904 = v === "1" || v === "true";
    } else if (s.is("sheet") && s.depth === 2) {
      const id = s.attr("id", true);
      const state = s.attr("state");
      sheets.push({
        name: s.attr("name") ?? "",
        hidden: state !== undefined && state !== "" && state !== "visible",
        path: id === undefined ? undefined : rels.get(id)?.path,
      });
    }
    if (s.depth >= 2) s.skip();
  }
  return {
    sheets,
    date1904,
    sharedStrings: partOfType(rels, "sharedStrings") ?? "xl/sharedStrings.xml",
    styles: partOfType(rels, "styles") ?? "xl/styles.xml",
  };
}
