import { formatMessage } from "../../findings/messages/format";
import { PACKAGE_TEXT } from "../../findings/messages/package";
import type { SheetGrid } from "../../sheets/grid";
import type { OpcPackage } from "../package/opc-package";
import { PartEncodingError, RESAVE } from "../package/part-text";
import { REL } from "../package/namespaces";
import { readRelationships, relatedPart, relsName } from "../package/relationships";
import { mainPart, readWorkbookIndex, type SheetEntry } from "../package/workbook-index";
import { readCellFormats, type CellFormats } from "./cell-formats";
import { readSharedStrings } from "./shared-strings";
import { isEmptyPart, noElements, NotASheet, readSheetCells, SheetProblem } from "./sheet-cells";
import { sheetGrid } from "./sheet-grid";
import { MalformedXml } from "./xml-scanner";

/** A workbook whose cells cannot be read, with what to tell the user (in Chinese). */
export class UnreadableWorkbook extends Error {}

/** Reads one part's XML with `read`, turning what it cannot follow into a message about `what`. */
function readPart<T>(pkg: OpcPackage, path: string, what: string, read: (xml: string) => T): T {
  try {
    const xml = pkg.text(path);
    // A part of text that is no XML (CSV, say) would read as no strings, styles or sheets, and
    // the cells that use them as blanks, without a word (an empty one is read as holding none).
    if (xml !== undefined && !/<[A-Za-z_]/.test(xml) && !isEmptyPart(xml)) throw noElements(xml);
    return read(xml ?? "");
  } catch (e) {
    if (e instanceof PartEncodingError) throw new UnreadableWorkbook(e.message);
    if (e instanceof MalformedXml)
      throw new UnreadableWorkbook(
        `工作簿已损坏：${what}（${path}）不是完整的 XML（${e.message}）：${RESAVE}`
      );
    if (e instanceof SheetProblem)
      throw new UnreadableWorkbook(`${what}（${path}）有问题：${e.message}，文件异常：${RESAVE}`);
    throw e;
  }
}

/**
 * The sheets listed whose part is missing from the package, as "name (path)". A reader that
 * skipped them would drop a roster or attendance sheet without a word (and with it hardship
 * waivers), so a workbook with any is refused instead.
 */
function missingSheetParts(pkg: OpcPackage, sheets: readonly SheetEntry[]): string[] {
  const missing: string[] = [];
  for (const { name, part } of sheets) {
    if (!part) missing.push(`「${name}」（没有对应的部件）`);
    else if (!pkg.has(part)) missing.push(`「${name}」（缺少 ${part}）`);
  }
  return missing;
}

/**
 * The cells of every worksheet of a package, as Excel's range.values gives them, in the
 * workbook's sheet order (chart sheets and dialog sheets hold no cells and are left out).
 * The main part is the one the package's root relationships name, as Excel finds it (a decoy
 * `xl/workbook.xml` beside it is not read). Throws UnreadableWorkbook, in Chinese, for a
 * listed sheet whose part is missing (rather than read a workbook without its roster) or a
 * part that is not XML the reader can follow. `only` reads just the sheets of those names.
 */
export function readWorkbookCells(pkg: OpcPackage, only?: ReadonlySet<string>): SheetGrid[] {
  const wb = mainPart(pkg);
  if (!wb || !pkg.has(wb)) return [];
  const rels = readPart(pkg, relsName(wb), "工作簿的关系表", () => readRelationships(pkg, wb));
  const index = readPart(pkg, wb, "工作簿的目录", (xml) => readWorkbookIndex(xml, wb, rels));
  // A package without its workbook relationships is left to the reader (it finds no sheets).
  const missing = pkg.has(relsName(wb)) ? missingSheetParts(pkg, index.sheets) : [];
  if (missing.length > 0)
    throw new UnreadableWorkbook(`工作簿不完整，工作表${missing.join("、")}的数据缺失：${RESAVE}`);
  // The related part, else the usual one.
  const sharedStrings = relatedPart(rels, REL.sharedStrings) ?? "xl/sharedStrings.xml";
  const styles = relatedPart(rels, REL.styles) ?? "xl/styles.xml";
  const strings = pkg.has(sharedStrings)
    ? readPart(pkg, sharedStrings, "共享字符串", readSharedStrings)
    : [];
  const formats: CellFormats = pkg.has(styles)
    ? readPart(pkg, styles, "样式", readCellFormats)
    : { codes: [], dates: [], days: [] };
  const ctx = { strings, formats, date1904: index.date1904 };
  const grids: SheetGrid[] = [];
  for (const sheet of index.sheets) {
    if (!sheet.part || (only && !only.has(sheet.name))) continue;
    const grid = readPart(pkg, sheet.part, `工作表「${sheet.name}」的数据`, (xml) => {
      let cells;
      try {
        cells = readSheetCells(xml, ctx);
      } catch (e) {
        // A part listed as a sheet but read as none would drop a roster without a word.
        if (!(e instanceof NotASheet)) throw e;
        const said = { sheet: sheet.name, part: sheet.part!, root: e.message };
        throw new UnreadableWorkbook(formatMessage(PACKAGE_TEXT.notWorksheet, said));
      }
      return cells && sheetGrid(sheet.name, sheet.hidden, cells);
    });
    if (grid) grids.push(grid);
  }
  return grids;
}
