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
      return new Error(
        `区域「${word}」不是有效的 JSON 数组：请检查方括号、逗号和引号是否配对，如 '[[120,29,45]]'`
      );
    }
    try {
      return toRange(json);
    } catch (e) {
      return new Error(`区域「${word}」不是有效的 JSON 数组：${(e as Error).message}`);
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
  if (!Array.isArray(json)) throw new Error("应以 [ 开头、] 结尾");
  const rows = json.every((r) => Array.isArray(r)) ? (json as unknown[][]) : [json];
  return rows.map((row) =>
    row.map((cell) => {
      if (typeof cell === "number" && !Number.isFinite(cell))
        throw new Error("有数值超出 Excel 的范围（最大约 1E+308）");
      if (
        cell === null ||
        typeof cell === "number" ||
        typeof cell === "string" ||
        typeof cell === "boolean"
      )
        return cell;
      throw new Error(`单元格 ${JSON.stringify(cell)} 不是数字、文本或逻辑值`);
    })
  );
}
