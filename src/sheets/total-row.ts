/** The words a sum row of a sheet starts with: 合计, 小计, 总计, 共计. */
const TOTAL_ROW = /^(合计|小计|总计|共计)/;

/**
 * Whether a row's first text says it is a sum row (合计…), not a student. Every such word ends
 * in 计, so a text whose second character is not 计 is told apart without the expression.
 */
export function isTotalRow(text: string): boolean {
  return text.charCodeAt(1) === 0x8ba1 && TOTAL_ROW.test(text); // 计
}
