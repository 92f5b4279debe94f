import { formatMessage } from "../../findings/messages/format";
import { REASON_TEXT } from "../../findings/messages/reasons";

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff]/;

/** What a list says of a file whose reason came in no Chinese at all. */
export const NO_CHINESE_REASON = formatMessage(REASON_TEXT.noChineseReason);

/**
 * Why a workbook could not be computed, in Chinese: what the engine said (in English) never
 * reaches the clerk. A stack overflow is a workbook nested past what can be computed.
 */
export function computeFailure(e: unknown): string {
  if (e instanceof RangeError && /call stack/i.test(e.message))
    return formatMessage(REASON_TEXT.nestedTooDeep);
  const own = e instanceof Error && CJK.test(e.message) ? `（${inChinese(e.message)}）` : "";
  return formatMessage(REASON_TEXT.computeFailed, { detail: own });
}

/**
 * A reason for a list, in Chinese only (every entry of 问题 and `errors` is Chinese): the
 * parts in brackets or after a colon that an English library wrote are left out, a path, a
 * file name or an error code kept; a reason with no Chinese left is said in Chinese instead.
 * @example inChinese("文件已损坏（End of data reached）") //=> "文件已损坏"
 */
export function inChinese(reason: string): string {
  const pathLike = (s: string) => /[/\\.]/.test(s);
  // Words in lower case are a library's English; an error code (EACCES) is kept, as said.
  const english = (s: string) => !CJK.test(s) && /[a-z]{3,}/.test(s) && !pathLike(s);
  const kept = reason
    .replace(/[（(]([^（）()]*)[）)]/g, (whole, inner: string) => (english(inner) ? "" : whole))
    .replace(/([：:])\s*([^「」\u3400-\u4dbf\u4e00-\u9fff]*)$/, (whole, _c, tail: string) =>
      english(tail) ? "" : whole
    )
    .trim();
  return CJK.test(kept) ? kept : NO_CHINESE_REASON;
}
