import type { SheetGrid } from "../../sheets/grid";
import { missingSheetParts } from "../listed-parts";
import { NO_FORMATS, readCellFormats, type CellFormats } from "./cell-formats";
import { readSharedStrings } from "./shared-strings";
import { readSheetCells, SheetProblem } from "./sheet-cells";
import { sheetGrid } from "./sheet-grid";
import {
  readRelationships,
  readWorkbookIndex,
  WORKBOOK,
  WORKBOOK_RELS,
  type Relationship,
  type WorkbookIndex,
} from "./sheet-list";
import { MalformedXml } from "./xml-scanner";

/** A package's parts by zip path, inflated (as the zip guard keeps them). */
export type Parts = ReadonlyMap<string, Uint8Array>;

const AGAIN = "请在 Excel 或 WPS 中打开并另存为 .xlsx 后重试";

/** A workbook whose cells cannot be read, with what to tell the user (in Chinese). */
export class UnreadableWorkbook extends Error {}

/** Reads one part's XML with `read`, turning what it cannot follow into a message about `what`. */
function readPart<T>(parts: Parts, path: string, what: string, read: (xml: string) => T): T {
  const xml = new TextDecoder().decode(parts.get(path));
  try {
    return read(xml);
  } catch (e) {
    if (e instanceof MalformedXml)
      throw new UnreadableWorkbook(
        `工作簿已损坏：${what}（${path}）不是完整的 XML（${e.message}）：${AGAIN}`
      );
    if (e instanceof SheetProblem)
      throw new UnreadableWorkbook(`${what}（${path}）有问题：${e.message}，文件异常：${AGAIN}`);
    throw e;
  }
}

/**
 * The cells of every worksheet of a package, as Excel's range.values gives them, in the
 * workbook's sheet order (chart sheets and dialog sheets hold no cells and are left out).
 * Throws UnreadableWorkbook, in Chinese, for a listed sheet whose part is missing (rather
 * than read a workbook without its roster) or a part that is not XML the reader can follow.
 */
export function readWorkbookCells(parts: Parts): SheetGrid[] {
  if (!parts.has(WORKBOOK)) return [];
  const hasRels = parts.has(WORKBOOK_RELS);
  const rels = hasRels
    ? readPart(parts, WORKBOOK_RELS, "工作簿的关系表", readRelationships)
    : new Map<string, Relationship>();
  const index: WorkbookIndex = readPart(parts, WORKBOOK, "工作簿的目录", (xml) =>
    readWorkbookIndex(xml, rels)
  );
  const missing = missingSheetParts(index, hasRels, (path) => parts.has(path));
  if (missing.length > 0)
    throw new UnreadableWorkbook(
      `工作簿不完整，工作表${missing.join("、")}的数据缺失：请在 Excel 或 WPS 中打开并另存为 .xlsx 后重试`
    );
  const strings = parts.has(index.sharedStrings)
    ? readPart(parts, index.sharedStrings, "共享字符串", readSharedStrings)
    : [];
  const formats: CellFormats = parts.has(index.styles)
    ? readPart(parts, index.styles, "样式", readCellFormats)
    : NO_FORMATS;
  const ctx = { strings, formats, date1904: index.date1904 };
  const grids: SheetGrid[] = [];
  for (const sheet of index.sheets) {
    if (!sheet.path) continue;
    const grid = readPart(parts, sheet.path, `工作表「${sheet.name}」的数据`, (xml) => {
      const cells = readSheetCells(xml, ctx);
      return cells && sheetGrid(sheet.name, sheet.hidden, cells);
    });
    if (grid) grids.push(grid);
  }
  return grids;
}
