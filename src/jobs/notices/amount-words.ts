import nzh from "nzh/cn";
import { fenText, type Fen } from "../../policy/fen";

/**
 * An amount in Chinese capitals (金额大写) as banks write it, from whole fen through nzh:
 * 零元整 for nothing; 整 after 元 and never after 分; a leading zero is not written (¥0.05
 * is 伍分, as on a cheque); 零 where 角 is zero before 分 (壹拾元零伍分). The amount is given
 * to nzh as exact decimal text with trailing zero decimals dropped: with "1000001.00" nzh
 * leaves out the 整 it writes for "1000001".
 * @example amountInWords(1005) //=> "壹拾元零伍分"
 */
export function amountInWords(fen: Fen): string {
  if (!Number.isSafeInteger(fen) || fen < 0) throw new Error(`not an amount to write: ${fen}`);
  const text = fenText(fen).replace(/\.?0+$/, ""); // "10.50" → "10.5", "20.00" → "20"
  return nzh.toMoney(text, { outSymbol: false });
}
