/* global Excel, Office */
import { OWNED_MARK } from "../jobs/output-sheet";
import { MARK_COLORS, MARKS_SHEET, type CellMark } from "../jobs/workbook-port";
import { sheetRef } from "../sheets/a1";

/** What a marked cell had before, as the hidden marks sheet keeps it. */
interface Saved {
  readonly sheet: string;
  readonly cell: string;
  readonly color: string;
  readonly note: boolean;
}

function notesSupported(): boolean {
  return (
    typeof Office !== "undefined" &&
    Office.context?.requirements?.isSetSupported("ExcelApi", "1.18") === true
  );
}

/**
 * Marks cells through Office.js in two requests: the first reads the marks made before and
 * the new cells' fills; the second restores the old cells, fills and annotates the new ones
 * (notes where ExcelApi 1.18 has them) and remembers them in a very hidden sheet.
 */
export async function markOfficeCells(
  context: Excel.RequestContext,
  marks: readonly CellMark[]
): Promise<void> {
  const sheets = context.workbook.worksheets;
  const registry = sheets.getItemOrNullObject(MARKS_SHEET);
  const used = registry.getUsedRangeOrNullObject(true);
  used.load("values");
  const unique = [...new Map(marks.map((m) => [`${m.sheet}!${m.cell}`, m])).values()];
  const targets = unique.map((m) => {
    const range = sheets.getItem(m.sheet).getRange(m.cell);
    range.format.fill.load("color");
    return { m, range };
  });
  await context.sync();

  const notes = notesSupported();
  const saved: Saved[] = used.isNullObject
    ? []
    : used.values
        .slice(1)
        .flatMap((r) =>
          typeof r[0] === "string" && r[0].startsWith("{") ? [JSON.parse(r[0]) as Saved] : []
        );
  for (const s of saved) {
    const range = sheets.getItem(s.sheet).getRange(s.cell);
    if (s.color && s.color !== "#FFFFFF") range.format.fill.color = s.color;
    else range.format.fill.clear();
    if (notes && !s.note) context.workbook.notes.getItem(sheetRef(s.sheet, s.cell)).delete();
  }
  if (!registry.isNullObject) registry.delete();
  if (unique.length > 0) {
    const ws = sheets.add(MARKS_SHEET);
    const rows = [
      [`Kehou 标记记录${OWNED_MARK}`],
      ...targets.map(({ m, range }) => [
        JSON.stringify({
          sheet: m.sheet,
          cell: m.cell,
          color: range.format.fill.color,
          note: false,
        }),
      ]),
    ];
    ws.getRange(`A1:A${rows.length}`).values = rows;
    ws.visibility = "VeryHidden";
    for (const { m, range } of targets) {
      range.format.fill.color = `#${MARK_COLORS[m.severity]}`;
      if (notes) context.workbook.notes.add(range, `Kehou：${m.note}`);
    }
  }
  await context.sync();
}
