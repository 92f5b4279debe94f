import { strToU8, zipSync } from "fflate";

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml";

/**
 * The package every workbook Kehou makes starts from (the city workbook, the template, the
 * demo, the page's new workbook): a workbook part with no sheets yet, its relationships and a
 * styles part holding what SpreadsheetML requires (ECMA-376 Part 1 §18.8: the first two fills
 * are none and gray125), so the part writer adds Kehou's sheets to it as to a school's file.
 * Formulas are recalculated when the file is opened (`fullCalcOnLoad`).
 */
const PARTS: Record<string, string> = {
  "[Content_Types].xml":
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="${TYPE}.sheet.main+xml"/>` +
    `<Override PartName="/xl/styles.xml" ContentType="${TYPE}.styles+xml"/></Types>`,
  "_rels/.rels": `${HEAD}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  "xl/workbook.xml":
    `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${R}"><workbookPr/>` +
    `<bookViews><workbookView/></bookViews><sheets></sheets>` +
    `<calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>`,
  "xl/_rels/workbook.xml.rels": `${HEAD}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/styles" Target="styles.xml"/></Relationships>`,
  "xl/styles.xml":
    `${HEAD}<styleSheet xmlns="${MAIN}">` +
    `<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>` +
    `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
    `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
    `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
    `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
    `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
    `</styleSheet>`,
};

/** The blank package's bytes (a new copy each time). */
export function blankPackage(): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(PARTS).map(([n, t]) => [n, strToU8(t)])));
}
