import { FILE_TEXT } from "./file";
import { formatMessage } from "./format";
import type { Locale } from "./message";

/** Whether a sentence names `file` (as given, or by its last path segment) in quotation marks. */
function namesFile(sentence: string, file: string): boolean {
  const base = file.split(/[\\/]/).pop() ?? file;
  return [file, base].some(
    (name) => name !== "" && (sentence.includes(`「${name}」`) || sentence.includes(`“${name}”`))
  );
}

/**
 * What is said of a file Kehou could not read, naming it once at every door (the command line,
 * the page's pick, the city's list and the pane's 汇总): a reason that names the file already
 * (a file named for what it is: 「学校.xlsx」是 CSV 文本…) as it is, any other after
 * 「无法读取「file」：」.
 * @example fileSentence("学校.xlsx", "工作簿超过 200 MB，已拒绝打开") //=> "无法读取「学校.xlsx」：工作簿超过 200 MB，已拒绝打开"
 */
export function fileSentence(file: string, reason: string, locale: Locale = "zh-CN"): string {
  return namesFile(reason, file)
    ? reason
    : formatMessage(FILE_TEXT.unreadable, { file, reason }, locale);
}
