import { strToU8, zipSync } from "fflate";
import { NS, REL, XML_HEAD } from "./namespaces";

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
    `${XML_HEAD}<Types xmlns="${NS.types}">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="${TYPE}.sheet.main+xml"/>` +
    `<Override PartName="/xl/styles.xml" ContentType="${TYPE}.styles+xml"/></Types>`,
  "_rels/.rels": `${XML_HEAD}<Relationships xmlns="${NS.rels}"><Relationship Id="rId1" Type="${REL.officeDocument}" Target="xl/workbook.xml"/></Relationships>`,
  "xl/workbook.xml":
    `${XML_HEAD}<workbook xmlns="${NS.main}" xmlns:r="${NS.r}"><workbookPr/>` +
    `<bookViews><workbookView/></bookViews><sheets></sheets>` +
    `<calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>`,
  "xl/_rels/workbook.xml.rels": `${XML_HEAD}<Relationships xmlns="${NS.rels}"><Relationship Id="rId1" Type="${REL.styles}" Target="styles.xml"/></Relationships>`,
  "xl/styles.xml":
    `${XML_HEAD}<styleSheet xmlns="${NS.main}">` +
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
