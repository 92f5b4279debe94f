import ExcelJS from "exceljs";
import { zipSync } from "fflate";
import type { CellValue, SheetGrid } from "../../src/sheets/grid";
import { generateSchool, gridsToXlsx } from "./generate-school";

/** Student names of the fixtures; no city output may hold one without --with-names. */
export const NAMES = [
  "王小明",
  "李春燕",
  "张伟强",
  "刘芳菲",
  "陈建国",
  "杨丽华",
  "赵志刚",
  "黄秀英",
];
/** A name on an attendance sheet but on no roster. */
export const STRANGER = "周无名";

const rows = (g: SheetGrid) => g.values as CellValue[][];

/** A generated school whose students carry the fixture names. */
export function namedSchool(school: string, seed: number): SheetGrid[] {
  const grids = generateSchool(NAMES.length, seed, school);
  for (const g of [grids[1], grids[2]]) rows(g).forEach((r, i) => i >= 2 && (r[1] = NAMES[i - 2]));
  return grids;
}

/** The same school as submitted earlier: its last day (31 May) not yet marked. */
export function earlierSubmission(grids: SheetGrid[]): SheetGrid[] {
  const copy = grids.map((g) => ({ ...g, values: rows(g).map((r) => [...r]) }));
  const att = rows(copy[2]);
  const col = att[1].indexOf("2023-05-31");
  att.forEach((r, i) => i >= 2 && (r[col] = null));
  return copy;
}

/** A school whose roster and attendance have names but no 学号 column. */
export function schoolWithoutIds(school: string, seed: number): SheetGrid[] {
  const [settings, roster, attendance] = namedSchool(school, seed);
  const noIds = (g: SheetGrid) => ({
    ...g,
    values: rows(g).map((r, i) => (i === 0 ? r : r.slice(1))),
  });
  return [settings, noIds(roster), noIds(attendance)];
}

/** A workbook as xlsx bytes with one value in the sheet's far corner, XFD1048576. */
export async function withFarCorner(grids: SheetGrid[], sheet: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await gridsToXlsx(grids)) as unknown as ArrayBuffer);
  wb.getWorksheet(sheet)!.getCell("XFD1048576").value = "备注";
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Sets a zip's end-of-central-directory entry counts to `count`. */
export function withEntryCount(zip: Uint8Array, count: number): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer);
  for (let i = out.length - 22; i >= 0; i--)
    if (view.getUint32(i, true) === 0x06054b50) {
      view.setUint16(i + 8, count, true);
      view.setUint16(i + 10, count, true);
      return out;
    }
  throw new Error("no end record");
}

/** A zip of 10,018 small parts whose end record says it has 5. */
export function lyingZip(): Uint8Array {
  const parts: Record<string, Uint8Array> = {};
  for (let i = 0; i < 10_018; i++) parts[`xl/part${i}.xml`] = new TextEncoder().encode("<a/>");
  return withEntryCount(zipSync(parts, { level: 1 }), 5);
}

/** Sets the uncompressed size an entry declares (central directory and local header). */
export function declaring(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer);
  const text = new TextDecoder();
  for (let at = 0; at + 46 <= out.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const len = view.getUint16(at + 28, true);
    if (text.decode(out.subarray(at + 46, at + 46 + len)) !== name) continue;
    view.setUint32(at + 24, size, true);
    view.setUint32(view.getUint32(at + 42, true) + 22, size, true);
    return out;
  }
  throw new Error(`no entry ${name}`);
}
