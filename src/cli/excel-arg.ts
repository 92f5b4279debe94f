import { formatMessage } from "../findings/messages/format";
import { CONSOLE_TEXT } from "../findings/messages/console";
import type { ExcelArg, ExcelScalar } from "../functions/excel-value";

/**
 * Reads a command-line word as Excel would pass the typed value: a JSON array is a range
 * (a flat array is one row), TRUE/FALSE are booleans, a plain number is a number, an empty
 * word is a blank, and anything else is text.
 * @example parseExcelArg("[[120,29,45]]") //=> [[120, 29, 45]]
 */
export function parseExcelArg(word: string): ExcelArg | Error {
  const text = word.trim();
  if (text.startsWith("[")) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return new Error(formatMessage(CONSOLE_TEXT.rangeNotJson, { range: word }));
    }
    try {
      return toRange(json);
    } catch (e) {
      return new Error(
        formatMessage(CONSOLE_TEXT.rangeInvalid, { range: word, why: (e as Error).message })
      );
    }
  }
  return scalar(text);
}

function scalar(text: string): ExcelScalar {
  if (text === "") return null;
  if (/^true$/i.test(text)) return true;
  if (/^false$/i.test(text)) return false;
  // Excel keeps a number it cannot hold (1E+999) as the text typed.
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(text) && Number.isFinite(Number(text)))
    return Number(text);
  return text;
}

function toRange(json: unknown): ExcelScalar[][] {
  if (!Array.isArray(json)) throw new Error(formatMessage(CONSOLE_TEXT.rangeNotArray));
  const rows = json.every((r) => Array.isArray(r)) ? (json as unknown[][]) : [json];
  return rows.map((row) =>
    row.map((cell) => {
      if (typeof cell === "number" && !Number.isFinite(cell))
        throw new Error(formatMessage(CONSOLE_TEXT.rangeNumberTooLarge));
      if (
        cell === null ||
        typeof cell === "number" ||
        typeof cell === "string" ||
        typeof cell === "boolean"
      )
        return cell;
      throw new Error(formatMessage(CONSOLE_TEXT.rangeCellWrong, { cell: JSON.stringify(cell) }));
    })
  );
}
