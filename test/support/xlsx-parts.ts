import { strToU8, zipSync } from "fflate";

/** One sheet of a hand-built workbook: its worksheet XML (or any part), where and how listed. */
export interface HandSheet {
  readonly name: string;
  /** The part's XML; omitted, the part is left out of the package. */
  readonly xml?: string;
  readonly state?: string;
  /** The relationship's target (default `worksheets/sheet{n}.xml`). */
  readonly target?: string;
  /** The relationship's type (default worksheet). */
  readonly type?: string;
}

export interface HandBook {
  readonly sheets: readonly HandSheet[];
  readonly sharedStrings?: string;
  readonly styles?: string;
  /** Attributes of `<workbookPr>`, e.g. `date1904="1"`. */
  readonly workbookPr?: string;
  /** Extra parts, by path. */
  readonly parts?: Record<string, string>;
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A worksheet part with `sheetData` as given (and what follows it, e.g. mergeCells). */
export function worksheet(sheetData: string, after = ""): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${sheetData}</sheetData>${after}</worksheet>`;
}

/** A shared string table of the given `<si>` items (their inner XML). */
export function sst(items: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${MAIN}" count="${items.length}" uniqueCount="${items.length}">${items.map((i) => `<si>${i}</si>`).join("")}</sst>`;
}

/** Text escaped for an XML attribute. */
function attribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

/** A styles part whose cellXfs are the given numFmtIds (custom codes in `numFmts`). */
export function styles(numFmtIds: readonly number[], numFmts: Record<number, string> = {}): string {
  const custom = Object.entries(numFmts)
    .map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${attribute(code)}"/>`)
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN}">` +
    (custom ? `<numFmts count="${Object.keys(numFmts).length}">${custom}</numFmts>` : "") +
    `<fonts count="1"><font><sz val="11"/></font></fonts><cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>` +
    `<cellXfs count="${numFmtIds.length}">${numFmtIds.map((id) => `<xf numFmtId="${id}" fontId="0"${id ? ' applyNumberFormat="1"' : ""}/>`).join("")}</cellXfs></styleSheet>`
  );
}

/**
 * A real .xlsx package (zip) built by hand: the XML a generator other than exceljs writes
 * (prefixed elements, rows without r, phonetic runs, inline strings…), as the reader meets it.
 */
export function handXlsx(book: HandBook): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const rels: string[] = [];
  const sheets: string[] = [];
  book.sheets.forEach((s, i) => {
    const target = s.target ?? `worksheets/sheet${i + 1}.xml`;
    const type = s.type ?? `${REL}/worksheet`;
    rels.push(`<Relationship Id="rId${i + 1}" Type="${type}" Target="${target}"/>`);
    const state = s.state ? ` state="${s.state}"` : "";
    sheets.push(`<sheet name="${s.name}" sheetId="${i + 1}"${state} r:id="rId${i + 1}"/>`);
    const path = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
    const normal = path.replace(/\/\.\//g, "/").replace(/[^/]+\/\.\.\//g, "");
    if (s.xml !== undefined) files[normal] = strToU8(s.xml);
  });
  if (book.sharedStrings !== undefined) {
    rels.push(`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
    files["xl/sharedStrings.xml"] = strToU8(book.sharedStrings);
  }
  if (book.styles !== undefined) {
    rels.push(`<Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/>`);
    files["xl/styles.xml"] = strToU8(book.styles);
  }
  files["xl/workbook.xml"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
      (book.workbookPr !== undefined ? `<workbookPr ${book.workbookPr}/>` : "") +
      `<sheets>${sheets.join("")}</sheets></workbook>`
  );
  files["xl/_rels/workbook.xml.rels"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`
  );
  files["[Content_Types].xml"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`
  );
  for (const [path, xml] of Object.entries(book.parts ?? {})) files[path] = strToU8(xml);
  return zipSync(files);
}
