import { builtinFormat, isDateFormat, showsDay } from "./builtin-formats";
import { XmlScanner } from "./xml-scanner";

/** Each cell style's number format (by the `s` index of a cell), and whether it shows a date. */
export interface CellFormats {
  /** The format code of style `s`, or undefined (shown as "General"). */
  readonly codes: readonly (string | undefined)[];
  readonly dates: readonly boolean[];
  /** Whether style `s` shows a day (see showsDay): only its numbers move in a 1904 workbook. */
  readonly days: readonly boolean[];
}

/**
 * The number format of every cell style in styles.xml: the `<cellXfs>` list, each `<xf>`
 * naming a custom `<numFmt>` or a built-in id. A custom code is read with its backslash
 * escapes dropped (`yyyy\-mm` is "yyyy-mm"), as the reader has always given it.
 */
export function readCellFormats(xml: string): CellFormats {
  const custom = new Map<number, string>();
  const ids: number[] = [];
  const s = new XmlScanner(xml);
  let inCellXfs = false;
  while (s.next()) {
    if (s.closes) {
      if (s.is("cellXfs")) inCellXfs = false;
      continue;
    }
    if (s.depth === 1 && s.is("cellXfs")) inCellXfs = !s.empty;
    else if (s.is("numFmt") && s.depth === 2) {
      const id = parseInt(s.attr("numFmtId") ?? "", 10);
      const code = s.attr("formatCode");
      if (code !== undefined) custom.set(id, code.replace(/\\(.)/g, "$1"));
    } else if (inCellXfs && s.depth === 2 && s.is("xf")) {
      ids.push(parseInt(s.attr("numFmtId") ?? "", 10));
    }
    if (s.depth >= 2) s.skip();
  }
  const codes = ids.map((id) => (id ? custom.get(id) || builtinFormat(id) : undefined));
  return { codes, dates: codes.map(isDateFormat), days: codes.map(showsDay) };
}
