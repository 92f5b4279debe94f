import type { CellWrite } from "../../jobs/workbook-port";
import { a1, rowCol } from "../../sheets/a1";
import { NS, XML_HEAD } from "./namespaces";
import type { OpcPackage } from "./opc-package";
import { DEFAULT_MARGINS } from "./print-xml";
import { blankCellStyle } from "./blank-cell-style";
import { placeCells, type CellMaker } from "./sheet-data";
import { writeSheet } from "./sheet-parts";
import { sheetEntries, workbookPart } from "./workbook-index";
import { removeSheetCalcCells } from "./calc-chain";
import { pruneOverrides } from "./content-types";
import { movedFormula, restOfGroup, type SharedGroup } from "./shared-formula";
import {
  attr,
  cellTextEscape,
  elementsIfReadable,
  rootTag,
  setAttr,
  splitElement,
  UnsupportedPackage,
} from "./xml-text";

/** Cells the user set in one of their sheets (the pane's settings form). */
export interface SheetCellWrites {
  readonly sheet: string;
  readonly cells: readonly CellWrite[];
}

/**
 * A typed value as a cell element: a number as a number; text as an inline string, so the
 * shared strings part stays as it was (Excel reads both, and moves text to the shared
 * strings when it next saves). The cell keeps its format (`s`); a formula typed over is gone.
 */
function cellElement(ref: string, s: string | undefined, value: string | number): string {
  const style = s === undefined ? "" : ` s="${s}"`;
  if (typeof value === "number" && Number.isFinite(value))
    return `<c r="${ref}"${style}><v>${value}</v></c>`;
  const text = String(value);
  const space = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : "";
  return `<c r="${ref}"${style} t="inlineStr"><is><t${space}>${cellTextEscape(text)}</t></is></c>`;
}

/** The `<dimension>` grown to take in the cells written (it says which cells are used). */
function withDimension(xml: string, refs: readonly string[]): string {
  const dimension = splitElement(xml, "dimension", "sheetData");
  const [from, to = from] = ((dimension && attr(dimension.tag, "ref")) ?? "").split(":");
  const [top, bottom] = [rowCol(from), rowCol(to)];
  const cells = refs.map((r) => rowCol(r)!);
  const inside = ([r, c]: [number, number]) =>
    !!top && !!bottom && r >= top[0] && r <= bottom[0] && c >= top[1] && c <= bottom[1];
  if (cells.every(inside)) return xml;
  const corners = [top, bottom, ...cells].filter((rc) => rc !== undefined);
  const rows = corners.map((rc) => rc[0]);
  const cols = corners.map((rc) => rc[1]);
  const ref = `${a1(Math.min(...rows), Math.min(...cols))}:${a1(Math.max(...rows), Math.max(...cols))}`;
  if (dimension) {
    const end = dimension.start + dimension.tag.length;
    return xml.slice(0, dimension.start) + setAttr(dimension.tag, "ref", ref) + xml.slice(end);
  }
  const at = splitElement(xml, "sheetData")?.start;
  if (at === undefined) return xml;
  return `${xml.slice(0, at)}<dimension ref="${ref}"/>${xml.slice(at)}`;
}

/** The shared formula group a cell's element starts, when it is a group's master. */
function masterOf(el: string | undefined): SharedGroup | undefined {
  const f = el === undefined ? undefined : elementsIfReadable(el, "f")[0];
  const [si, ref] = [f?.attr("si"), f?.attr("ref")];
  return f?.attr("t") === "shared" && si !== undefined && ref !== undefined && f.text !== ""
    ? { si, ref, text: f.text }
    : undefined;
}

/**
 * The sheet with each typed-over master's group handed to the next cell that uses it (see
 * ./shared-formula), its formula moved there; the other cells as they were.
 */
function withGroupsHandedOn(
  xml: string,
  masters: ReadonlyMap<string, SharedGroup>,
  written: ReadonlySet<string>
): string {
  let out = xml;
  for (const [master, group] of masters) {
    const [from, to = from] = group.ref.split(":");
    const [top, bottom] = [rowCol(from), rowCol(to)];
    if (!top || !bottom) continue;
    let handed = false;
    const makers = new Map<string, CellMaker>();
    for (let r = top[0]; r <= bottom[0]; r++)
      for (let c = top[1]; c <= bottom[1]; c++) {
        const ref = a1(r, c);
        if (written.has(ref)) continue;
        makers.set(ref, (el) => {
          if (el === undefined) return "";
          const f = elementsIfReadable(el, "f")[0];
          if (handed || !f || f.attr("t") !== "shared" || f.attr("si") !== group.si) return el;
          handed = true;
          const [m, n] = [rowCol(master)!, rowCol(ref)!];
          const text = movedFormula(group.text, n[0] - m[0], n[1] - m[1]);
          const rest = restOfGroup(group.ref, master, ref);
          if (text === undefined || rest === undefined)
            throw new UnsupportedPackage("共享公式无法移到下一个单元格");
          const f2 = `<f t="shared" ref="${rest}" si="${group.si}">${cellTextEscape(text)}</f>`;
          return el.slice(0, f.start) + f2 + el.slice(f.end);
        });
      }
    out = placeCells(out, makers).xml;
  }
  return out;
}

/** A sheet's part with the cells written: those cells' elements change, nothing else. */
export function writtenSheet(xml: string, cells: readonly CellWrite[]): string {
  const values = new Map(cells.map((c) => [a1(c.row, c.col), c.value]));
  const masters = new Map<string, SharedGroup>();
  const makers = new Map<string, CellMaker>(
    [...values].map(([ref, value]) => [
      ref,
      (el, rowTag) => {
        const group = masterOf(el);
        if (group) masters.set(ref, group);
        const s = el ? attr(el, "s") : String(blankCellStyle(xml, rowTag, rowCol(ref)![1]));
        return cellElement(ref, s === "0" && !el ? undefined : s, value);
      },
    ])
  );
  const { xml: next, placed } = placeCells(xml, makers, true);
  if (placed.size !== values.size) throw new UnsupportedPackage("工作表的单元格无法写入");
  const handed =
    masters.size > 0 ? withGroupsHandedOn(next, masters, new Set(values.keys())) : next;
  return withDimension(handed, [...values.keys()]);
}

/**
 * Writes the cells the user set: in a sheet that exists only the written cells' elements (and
 * the used range it declares) change; a sheet that does not is added at the end as a new part.
 */
export function writeCells(pkg: OpcPackage, writes: readonly SheetCellWrites[]): void {
  const bySheet = new Map<string, CellWrite[]>();
  for (const w of writes) bySheet.set(w.sheet, [...(bySheet.get(w.sheet) ?? []), ...w.cells]);
  for (const [sheet, cells] of bySheet) {
    const entries = sheetEntries(pkg);
    const entry =
      entries.find((e) => e.name === sheet) ??
      entries.find((e) => e.name.toLowerCase() === sheet.toLowerCase());
    if (entry && !entry.part) throw new UnsupportedPackage(`工作表“${sheet}”的部件缺失`);
    if (!entry) {
      const empty = `${XML_HEAD}<worksheet xmlns="${NS.main}"><sheetData/>${DEFAULT_MARGINS}</worksheet>`;
      writeSheet(pkg, { name: sheet, xml: writtenSheet(empty, cells) });
      continue;
    }
    const xml = pkg.text(entry.part!) ?? "";
    if (!rootTag(xml, "worksheet")) throw new UnsupportedPackage(`“${sheet}”不是普通工作表`);
    pkg.set(entry.part!, writtenSheet(xml, cells));
    // A formula typed over leaves the calculation chain, which Excel repairs otherwise.
    const refs = new Set(cells.map((c) => a1(c.row, c.col)));
    pruneOverrides(pkg, removeSheetCalcCells(pkg, workbookPart(pkg), entry.sheetId, refs));
  }
}
