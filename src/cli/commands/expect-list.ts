import { decodeList } from "../list-text";

/** What a list's header row says over its columns: never a school. */
const HEADERS = new Set([
  "学校",
  "学校名称",
  "学校全称",
  "校名",
  "名称",
  "单位",
  "单位名称",
  "学校代码",
  "代码",
  "序号",
  "编号",
]);

/** A column that holds no name: a number, an ordinal (1. 1、), a code of letters and digits. */
const NOT_A_NAME = /^(?:\d+\s*[.、．)）]?|[A-Za-z0-9_-]+)$/;

/** An ordinal before a name on a numbered line (1. 测试小学, 2、新华学校). */
const ORDINAL = /^\d+\s*[.、．)）]\s*/;

/**
 * The school names of an `--expect` list, as a bureau saves one: a name a line, or a table
 * saved as text (tab-separated or CSV) whose first column that holds a name is the school's,
 * beside its number or 学校代码. A header row, a title line (# 学校名单), blank lines and an
 * ordinal before a name are not schools. Spaces around a name are dropped.
 */
export function expectedSchools(bytes: Uint8Array): string[] {
  const names: string[] = [];
  for (const raw of decodeList(bytes).split(/\r?\n|\r/)) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const fields = line
      .split(/\t|,/)
      .map((f) =>
        f
          .trim()
          .replace(/^"(.*)"$/, "$1")
          .trim()
      )
      .filter(Boolean);
    if (fields.some((f) => HEADERS.has(f))) continue;
    const name = fields.find((f) => !NOT_A_NAME.test(f));
    if (name !== undefined) names.push(name.replace(ORDINAL, ""));
  }
  return names;
}
