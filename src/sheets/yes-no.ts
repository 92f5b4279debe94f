import { normalizeText } from "../policy/text";
import type { CellValue } from "./grid";

const YES = new Set([
  "是",
  "√",
  "✓",
  "✔",
  "y",
  "yes",
  "true",
  "1",
  "有",
  "已申请",
  "申请",
  "已退出",
  "退出",
]);
const NO = new Set(["否", "×", "✗", "n", "no", "false", "0", "无", "-", "/", "未申请", "在读"]);

/**
 * Reads a yes/no cell: blank is no; 是 √ Y TRUE 1 有 are yes; 否 × N FALSE 0 无 are no;
 * anything else is undefined (unreadable, never guessed).
 */
export function parseYesNo(value: CellValue): boolean | undefined {
  if (value === null) return false;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value === 1 ? true : value === 0 ? false : undefined;
  const t = normalizeText(value).toLowerCase();
  if (t === "") return false;
  if (YES.has(t)) return true;
  return NO.has(t) ? false : undefined;
}
