import type { ChartSheetPlan } from "../../jobs/chart-plan";
import { CHART_SHEET_PAGE } from "../../jobs/sheet-layout";
import { chartPartXml } from "../charts/chart-part";
import { drawingPartXml } from "../charts/drawing-part";
import { a1 } from "../../sheets/a1";
import type { OutputCell } from "../../jobs/output-sheet";
import { CONTENT_TYPE, NS, REL, XML_HEAD } from "./namespaces";
import { addCell } from "./output-sheet-xml";
import { rowBreaksXml } from "./print-xml";
import { Utf8Builder } from "./utf8-builder";
import type { OpcPackage } from "./opc-package";
import { freeRelId } from "./relationships";
import { addParts, writeSheet, type NewPart } from "./sheet-parts";
import { withLinkedElement } from "./linked-element";
import { sheetEntries } from "./workbook-index";

/**
 * A new worksheet part holding `cells` (0-based rows from A1, written as Kehou's other sheets'
 * cells are) and a drawing, set up to print on A4 landscape at full size, with a page break
 * before each row of `pageBreaks`.
 */
function chartSheetXml(plan: ChartSheetPlan, drawingRelId: string): Uint8Array {
  const xml = new Utf8Builder();
  xml.add(`${XML_HEAD}<worksheet xmlns="${NS.main}" xmlns:r="${NS.r}">`);
  xml.add(`<sheetViews><sheetView workbookViewId="0"/></sheetViews>`);
  xml.add(`<sheetFormatPr defaultRowHeight="15" customHeight="1"/>`);
  const widths = plan.columnWidths ?? [];
  if (widths.length > 0)
    xml.add(
      `<cols>${widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("")}</cols>`
    );
  xml.add("<sheetData>");
  (plan.cells ?? []).forEach((cells: readonly OutputCell[], r) => {
    if (cells.every((v) => v === null || v === "")) return;
    xml.add(`<row r="${r + 1}">`);
    cells.forEach((v, c) => addCell(xml, a1(r, c), v));
    xml.add("</row>");
  });
  xml.add("</sheetData>");
  xml.add(`<pageMargins left="0.4" right="0.4" top="0.5" bottom="0.5" header="0.3" footer="0.3"/>`);
  // paperSize 9 is A4 (ECMA-376 Part 1 §18.3.1.63).
  const { orientation, scale } = CHART_SHEET_PAGE;
  xml.add(`<pageSetup paperSize="9" orientation="${orientation}" scale="${scale}"/>`);
  xml.add(rowBreaksXml(plan.pageBreaks ?? []));
  return xml.add(`<drawing r:id="${drawingRelId}"/></worksheet>`).bytes();
}

/**
 * Adds native Excel charts to a package: on a new sheet holding `plan.cells` when given
 * (refused when the name is taken), else on the existing sheet `plan.sheet`. Only adds: chart
 * and drawing parts, their relationships and content types, the new sheet's entry, and one
 * <drawing> element in an existing sheet. Sheets are found through the package's own index (the
 * main part _rels/.rels names). Throws when the sheet is missing or already has a drawing.
 */
function graftCharts(pkg: OpcPackage, plan: ChartSheetPlan): void {
  const entry = sheetEntries(pkg).find((e) => e.name === plan.sheet);
  if (plan.cells && entry) throw new Error(`a sheet named ${plan.sheet} already exists`);
  if (!plan.cells && !entry?.part) throw new Error(`no sheet named ${plan.sheet}`);
  const drawing = (id: string): NewPart => ({
    ...chartDrawingPart(plan),
    id,
    relType: REL.drawing,
  });
  if (entry?.part) {
    const id = freeRelId(pkg, entry.part);
    // The <drawing> goes where the schema wants it.
    const linked = withLinkedElement(pkg.text(entry.part) ?? "", "drawing", id);
    if (!linked) throw new Error(`${entry.part} cannot be read, or already has a drawing`);
    addParts(pkg, entry.part, [drawing(id)]);
    pkg.set(entry.part, linked.xml);
    return;
  }
  const xml = chartSheetXml(plan, "rId1");
  writeSheet(pkg, { name: plan.sheet, xml, related: [drawing("rId1")] });
}

/**
 * The package with every plan it can draw grafted in, plan by plan; the very package given
 * when none could be. A plan that cannot be drawn (its sheet missing, or already holding a
 * drawing) is left out and told to `skipped`: the charts are never worth losing the workbook for.
 */
export function graftAll(
  pkg: OpcPackage,
  plans: readonly (ChartSheetPlan | undefined)[],
  skipped: (plan: ChartSheetPlan, error: Error) => void = () => undefined
): OpcPackage {
  for (const plan of plans) {
    if (!plan || plan.charts.length === 0) continue;
    const attempt = pkg.copy();
    try {
      graftCharts(attempt, plan);
      pkg = attempt;
    } catch (e) {
      skipped(plan, e as Error);
    }
  }
  return pkg;
}

/**
 * A plan's charts as the package writer's drawing part for one of Kehou's own sheets, with a
 * chart part per chart (rId1, rId2 … in the drawing's relationships): the sheet is written
 * once with its <drawing>, where grafting them onto the written copy (`graftCharts`) would
 * edit the sheet again.
 */
export function chartDrawingPart(plan: ChartSheetPlan): Omit<NewPart, "id" | "relType"> {
  const ids = plan.charts.map((_, i) => `rId${i + 1}`);
  return {
    name: (n) => `xl/drawings/drawing${n}.xml`,
    contentType: CONTENT_TYPE.drawing,
    data: drawingPartXml(plan.charts, ids),
    related: plan.charts.map((spec, i) => ({
      name: (n: number) => `xl/charts/chart${n}.xml`,
      contentType: CONTENT_TYPE.chart,
      relType: REL.chart,
      id: ids[i],
      data: chartPartXml(spec),
    })),
  };
}
