/**
 * Every kind of space people and IMEs type: ASCII and no-break spaces, the ideographic space
 * (U+3000), the thin and zero-width ones (JavaScript's \s has all but the zero-width ones).
 */
const SPACES = /[\s\u200b-\u200d\u2060\ufeff]+/g;
/** Opening and closing brackets of every width and shape, told apart only by direction. */
const OPENING = /[([{【〔〖［（｛]/g;
const CLOSING = /[)\]}】〕〗］）｝]/g;

/**
 * A text with every kind of space taken out: 「张 小明」 and 「李\u3000华」 as 张小明 and 李华.
 * @example foldSpaces("李\u3000华 ") //=> "李华"
 */
export function foldSpaces(text: string): string {
  return text.replace(SPACES, "");
}

/**
 * Who a name is, for comparing only (never shown): NFKC (full-width letters and digits as
 * half-width), every kind of space removed, every bracket as ( or ), Latin letters in lower
 * case. 测试学校（南校区）, 测试学校(南校区) and 测试学校【南校区】 are one key.
 * @example nameKey("测试学校（南校区）\u3000") //=> "测试学校(南校区)"
 * @example nameKey("１０２３Ａ") //=> "1023a"
 */
export function nameKey(text: string): string {
  return foldSpaces(text.normalize("NFKC"))
    .replace(OPENING, "(")
    .replace(CLOSING, ")")
    .toLowerCase();
}

/** The edit distance (insertions, deletions, substitutions) of two texts, by code point. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++)
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1)
      );
    previous = current;
  }
  return previous[y.length];
}

/**
 * How near two names' keys are, where they are near enough to ask whether they are one school
 * (one holds the other, as 新华学校 and 绥芬河市新华学校; or a slip of one character in four):
 * the smaller the nearer; undefined when they are not near.
 */
export function nearness(a: string, b: string): number | undefined {
  const [short, long] = [...a].length <= [...b].length ? [a, b] : [b, a];
  const length = [...short].length;
  if (length < 2) return undefined;
  if (long.includes(short)) return [...long].length - length;
  const distance = editDistance(a, b);
  return distance <= Math.max(1, Math.floor(length / 4)) ? distance : undefined;
}
