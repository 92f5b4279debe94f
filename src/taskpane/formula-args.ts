import type { ExcelArg, ExcelScalar } from "../functions/excel-value";

/**
 * Reads the argument list typed in the pane as a formula would have it:
 * `{120,29,45}, "高中", 10%` → a one-row range, text, and 0.1.
 */
export function parseFormulaArgs(text: string): ExcelArg[] {
  const args: ExcelArg[] = [];
  const pattern = /\s*(\{[^}]*\}|"[^"]*"|[^,]*)\s*(?:,|$)/gy;
  let match: RegExpExecArray | null;
  while (pattern.lastIndex < text.length && (match = pattern.exec(text)) !== null) {
    const item = match[1];
    args.push(item.startsWith("{") ? [item.slice(1, -1).split(",").map(scalar)] : scalar(item));
    if (match[0] === "") break;
  }
  return args;
}

function scalar(word: string): ExcelScalar {
  const text = word.trim();
  if (text === "") return null;
  if (text.startsWith('"') && text.endsWith('"')) return text.slice(1, -1);
  if (/^true$/i.test(text)) return true;
  if (/^false$/i.test(text)) return false;
  if (/^[+-]?\d+(\.\d+)?%$/.test(text)) return Number(text.slice(0, -1)) / 100;
  if (/^[+-]?\d+(\.\d+)?$/.test(text)) return Number(text);
  return text;
}
