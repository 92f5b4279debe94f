import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { ChartSheetPlan } from "../../jobs/chart-plan";
import { chartPartXml } from "./chart-part";
import { drawingPartXml } from "./drawing-part";
import { worksheetPartXml } from "./sheet-part";
import { CONTENT_TYPE, escapeXml, NS, REL_TYPE, relsXml } from "./xml";
import { readEntries, writeEntries, type RawEntry } from "./zip-entries";

/** Elements a worksheet's <drawing> must come before (CT_Worksheet, ECMA-376 Part 1 §18.3.1.99). */
const AFTER_DRAWING = [
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/**
 * The package's parts, inflated only when read: the parts Kehou changes or adds are deflated
 * anew, every other part is copied as the bytes it was stored as (a 3,000-student sheet is
 * not inflated and deflated again for a chart beside it).
 */
class Parts {
  private readonly raw?: RawEntry[];
  private readonly all?: Record<string, Uint8Array>;
  private readonly names: Set<string>;
  private readonly changed = new Map<string, string>();

  constructor(private readonly zip: Uint8Array) {
    this.raw = readEntries(zip);
    if (!this.raw) this.all = unzipSync(zip);
    this.names = new Set(this.raw ? this.raw.map((e) => e.name) : Object.keys(this.all!));
  }

  has(name: string): boolean {
    return this.changed.has(name) || this.names.has(name);
  }

  text(name: string): string {
    const changed = this.changed.get(name);
    if (changed !== undefined) return changed;
    const bytes = this.all
      ? this.all[name]
      : unzipSync(this.zip, { filter: (f) => f.name === name })[name];
    if (!bytes) throw new Error(`the package has no ${name}`);
    return strFromU8(bytes);
  }

  put(name: string, xml: string): void {
    this.changed.set(name, xml);
  }

  bytes(): Uint8Array {
    const changed = Object.fromEntries([...this.changed].map(([k, v]) => [k, strToU8(v)]));
    if (!this.raw) return zipSync({ ...this.all, ...changed }, { level: 6 });
    const fresh = new Map(readEntries(zipSync(changed, { level: 6 }))!.map((e) => [e.name, e]));
    const kept = this.raw.map((e) => fresh.get(e.name) ?? e);
    return writeEntries([...kept, ...[...fresh.values()].filter((e) => !this.names.has(e.name))]);
  }
}

const text = (parts: Parts, name: string) => parts.text(name);
const put = (parts: Parts, name: string, xml: string) => parts.put(name, xml);

/** The first free number n for a part name pattern (`xl/charts/chart${n}.xml`). */
function freeNumber(parts: Parts, name: (n: number) => string): number {
  let n = 1;
  while (parts.has(name(n))) n++;
  return n;
}

/** A relationship id not yet used in a relationships part's text. */
function freeRelId(rels: string): string {
  const used = new Set([...rels.matchAll(/\bId="([^"]+)"/g)].map((m) => m[1]));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n++;
  return `rId${n}`;
}

const relsOf = (part: string) => part.replace(/([^/]+)$/, "_rels/$1.rels");

/** Adds a relationship to a part's relationships (creating them), returning its id. */
function addRel(parts: Parts, part: string, type: string, target: string): string {
  const name = relsOf(part);
  const existing = parts.has(name) ? parts.text(name) : relsXml([]);
  const id = freeRelId(existing);
  const rel = `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`;
  put(
    parts,
    name,
    existing.includes("</Relationships>")
      ? existing.replace("</Relationships>", `${rel}</Relationships>`)
      : existing.replace(/<Relationships([^>]*)\/>/, `<Relationships$1>${rel}</Relationships>`)
  );
  return id;
}

function addOverride(parts: Parts, part: string, type: string): void {
  const types = text(parts, "[Content_Types].xml");
  put(
    parts,
    "[Content_Types].xml",
    types.replace("</Types>", `<Override PartName="/${part}" ContentType="${type}"/></Types>`)
  );
}

/** The worksheet part of a sheet by its name, through the workbook's relationships. */
function sheetPart(parts: Parts, sheet: string): string | undefined {
  const workbook = text(parts, "xl/workbook.xml");
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*)\/?>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[1])?.[1];
    if (name !== escapeXml(sheet)) continue;
    const id = /\br:id="([^"]*)"/.exec(m[1])?.[1] ?? /:id="([^"]*)"/.exec(m[1])?.[1];
    const rels = text(parts, "xl/_rels/workbook.xml.rels");
    const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)].find((r) =>
      r[0].includes(`Id="${id}"`)
    );
    const target = rel && /Target="([^"]*)"/.exec(rel[0])?.[1];
    if (!target) return undefined;
    return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
  }
  return undefined;
}

/** A new sheet at the end of the workbook, holding the plan's cells; returns its part. */
function addSheet(parts: Parts, plan: ChartSheetPlan): string {
  const n = freeNumber(parts, (k) => `xl/worksheets/sheet${k}.xml`);
  const part = `xl/worksheets/sheet${n}.xml`;
  const relId = addRel(parts, "xl/workbook.xml", REL_TYPE.worksheet, `worksheets/sheet${n}.xml`);
  const workbook = text(parts, "xl/workbook.xml");
  const ids = [...workbook.matchAll(/\bsheetId="(\d+)"/g)].map((m) => Number(m[1]));
  const prefix = /<(\w+:)?sheets[\s>]/.exec(workbook)?.[1] ?? "";
  const entry = `<${prefix}sheet name="${escapeXml(plan.sheet)}" sheetId="${Math.max(0, ...ids) + 1}" xmlns:r="${NS.r}" r:id="${relId}"/>`;
  put(
    parts,
    "xl/workbook.xml",
    workbook.replace(`</${prefix}sheets>`, `${entry}</${prefix}sheets>`)
  );
  addOverride(parts, part, CONTENT_TYPE.worksheet);
  return part;
}

/** Puts a <drawing> into an existing worksheet part, where the schema wants it. */
function linkDrawing(parts: Parts, part: string, relId: string): void {
  const xml = text(parts, part);
  const prefix = /<(\w+:)?worksheet[\s>]/.exec(xml)?.[1] ?? "";
  if (new RegExp(`<${prefix}drawing[\\s/>]`).test(xml))
    throw new Error(`${part} already has a drawing`);
  const element = `<${prefix}drawing xmlns:r="${NS.r}" r:id="${relId}"/>`;
  const next = AFTER_DRAWING.map((e) => new RegExp(`<${prefix}${e}[\\s/>]`).exec(xml)?.index)
    .filter((i): i is number => i !== undefined)
    .sort((a, b) => a - b)[0];
  const at = next ?? xml.lastIndexOf(`</${prefix}worksheet>`);
  put(parts, part, xml.slice(0, at) + element + xml.slice(at));
}

/**
 * Adds native Excel charts to an .xlsx package given as bytes and returns the new package:
 * on a new sheet holding `plan.cells` when given (refused when the name is taken), else on the
 * existing sheet `plan.sheet`. Only adds: chart and drawing parts, their relationships and
 * content types, the new sheet's entry, and one <drawing> element in an existing sheet;
 * every other part is copied as the bytes it was. Throws when the sheet is missing or
 * already has a drawing.
 */
export function addCharts(pkg: Uint8Array, plan: ChartSheetPlan): Uint8Array {
  if (plan.charts.length === 0) return pkg;
  const parts = new Parts(pkg);
  const existing = sheetPart(parts, plan.sheet);
  if (plan.cells && existing) throw new Error(`a sheet named ${plan.sheet} already exists`);
  if (!plan.cells && !existing) throw new Error(`no sheet named ${plan.sheet}`);
  const sheet = existing ?? addSheet(parts, plan);
  const d = freeNumber(parts, (k) => `xl/drawings/drawing${k}.xml`);
  const drawing = `xl/drawings/drawing${d}.xml`;
  const chartRelIds = plan.charts.map((spec) => {
    const n = freeNumber(parts, (k) => `xl/charts/chart${k}.xml`);
    const part = `xl/charts/chart${n}.xml`;
    put(parts, part, chartPartXml(spec));
    addOverride(parts, part, CONTENT_TYPE.chart);
    return addRel(parts, drawing, REL_TYPE.chart, `../charts/chart${n}.xml`);
  });
  put(parts, drawing, drawingPartXml(plan.charts, chartRelIds));
  addOverride(parts, drawing, CONTENT_TYPE.drawing);
  const drawingRelId = addRel(parts, sheet, REL_TYPE.drawing, `../drawings/drawing${d}.xml`);
  if (existing) linkDrawing(parts, sheet, drawingRelId);
  else
    put(
      parts,
      sheet,
      worksheetPartXml({
        cells: plan.cells ?? [],
        drawingRelId,
        pageBreaks: plan.pageBreaks,
        columnWidths: plan.columnWidths,
      })
    );
  return parts.bytes();
}
