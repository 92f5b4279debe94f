import { findingMessage, type Finding, type FindingParams } from "../../findings/finding";
import { foldSpaces } from "../../sheets/name-key";

/** What a quoted cell says when a pupil's name is in it: the text is not shown at all. */
export const NAME_WITHHELD = "（含学生姓名，已隐去）";

/** Text of CJK ideographs only. */
const IDEOGRAPHS = /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+$/;

/**
 * Text NFKC leaves as it is: printable ASCII and CJK unified ideographs only (none of them has
 * a compatibility mapping or combines), as nearly every pupil's name is typed.
 */
const NFKC_ITSELF = /^[\x20-\x7e\u3400-\u4dbf\u4e00-\u9fff]*$/;

/** A UTF-16 surrogate: a text without any has one character per code unit. */
const SURROGATE = /[\ud800-\udfff]/;

/** A text's length in characters (code points), as [...text].length counts it. */
function characters(text: string): number {
  return SURROGATE.test(text) ? [...text].length : text.length;
}

/** Params that hold who a finding is about (学号 姓名), not a cell's text quoted. */
const WHO_PARAMS = new Set(["student", "id", "name"]);

/**
 * What joins the parts of a name: the interpunct of transcribed names (伊万·彼得罗夫, 阿依古丽·
 * 买买提: U+00B7, the katakana and half-width middle dots, the bullet and hyphenation point, the
 * dot operators), the full stop a school's system writes for it (阿依古丽.吐尔逊, 古丽米热．阿不都),
 * hyphens (Mary-Jane) and the space of a name in Latin letters (Tom Li).
 */
const NAME_JOINS = /[\s\u00b7\u2022\u2027\u2219\u22c5\u30fb\uff65.\uff0e\-\u2010\u2011]+/;

/** A text with Latin letters as teachers also type it: lower case, upper case, capitalised. */
function caseForms(text: string): string[] {
  if (!/[A-Za-z]/.test(text)) return [];
  const lower = text.toLowerCase();
  const capitalised = lower.replace(
    /(^|[^a-z])([a-z])/g,
    (_, before: string, first: string) => `${before}${first.toUpperCase()}`
  );
  return [...new Set([lower, text.toUpperCase(), capitalised])].filter((f) => f !== text);
}

/**
 * The names a school's workbook holds (roster, attendance, charge lines), to keep them out
 * of every city output unless the bureau asks for them (`--with-names`): each name with its
 * spaces folded (「张 小明」, 「李\u3000华」), as typed and as NFKC, and its given name, the name
 * less its first one or two characters where two or more remain (小明 of 张小明); a name of
 * parts joined by an interpunct, a full stop, a hyphen or a space, each part of two characters
 * or more too (伊万 of 伊万·彼得罗夫, 阿依古丽 of 阿依古丽.吐尔逊, Tom of Tom Li), as a teacher
 * writes one of them alone; Latin letters in lower case, upper case and capitalised as well.
 */
export function namesHeld(lists: readonly (readonly { readonly name: string }[] | undefined)[]) {
  const names = new Set<string>();
  const hold = (form: string) => {
    const folded = foldSpaces(form);
    if (folded === "") return;
    names.add(folded);
    // A given name is of ideographs (学生10 has no given name 10 to hide every 10 by).
    const chars = SURROGATE.test(folded) ? [...folded] : undefined;
    const length = chars ? chars.length : folded.length;
    for (const drop of [1, 2]) {
      if (length - drop < 2) break;
      const given = chars ? chars.slice(drop).join("") : folded.slice(drop);
      if (IDEOGRAPHS.test(given)) names.add(given);
    }
  };
  // The roster, the attendance and the charge lines name the same pupils: each name once.
  const seen = new Set<string>();
  for (const list of lists)
    for (const { name } of list ?? []) {
      if (seen.has(name)) continue;
      seen.add(name);
      hold(name);
      const nfkc = NFKC_ITSELF.test(name) ? name : name.normalize("NFKC");
      if (nfkc !== name) hold(nfkc);
      for (const form of caseForms(nfkc)) hold(form);
      const parts = name.trim().split(NAME_JOINS);
      if (parts.length > 1)
        for (const part of parts) {
          if (characters(part) < 2) continue;
          const shown = part.normalize("NFKC");
          for (const form of [part, shown, ...caseForms(shown)]) names.add(form);
        }
    }
  // Longest first (in characters, each counted once), so 张三丰 is hidden whole and not as
  // 张三 plus 丰; names of one length in the order met, as a stable sort by length keeps them.
  const byLength: string[][] = [];
  for (const name of names) (byLength[characters(name)] ??= []).push(name);
  const longestFirst: string[] = [];
  for (let length = byLength.length - 1; length > 0; length--)
    for (const name of byLength[length] ?? []) longestFirst.push(name);
  return longestFirst;
}

/** A school's names as a set, with the lengths (in characters) to try, longest first. */
interface NameSet {
  readonly names: ReadonlySet<string>;
  readonly lengths: readonly number[];
  /** The first code unit of every name: no name starts where a text has none of them. */
  readonly firsts: ReadonlySet<string>;
}

const sets = new WeakMap<readonly string[], NameSet>();
function nameSet(names: readonly string[]): NameSet {
  let set = sets.get(names);
  if (!set) {
    const lengths = [...new Set(names.map(characters))].sort((a, b) => b - a);
    const firsts = new Set(names.map((name) => name[0]));
    sets.set(names, (set = { names: new Set(names), lengths, firsts }));
  }
  return set;
}

/**
 * Where names are in a text, however spaced (「张 小明」): [start, end) in the text's own
 * UTF-16 offsets, longest name first at each place. Looked up by length, so a school of
 * thousands of names costs a few lookups a character.
 */
function nameSpans(text: string, set: NameSet): [number, number][] {
  if (!SURROGATE.test(text) && foldSpaces(text) === text) return plainNameSpans(text, set);
  const chars: { ch: string; start: number; end: number }[] = [];
  let at = 0;
  for (const ch of text) {
    if (foldSpaces(ch) !== "") chars.push({ ch, start: at, end: at + ch.length });
    at += ch.length;
  }
  const spans: [number, number][] = [];
  for (let i = 0; i < chars.length;) {
    const length = set.lengths.find(
      (n) =>
        i + n <= chars.length &&
        set.names.has(
          chars
            .slice(i, i + n)
            .map((c) => c.ch)
            .join("")
        )
    );
    if (length === undefined) i++;
    else {
      spans.push([chars[i].start, chars[i + length - 1].end]);
      i += length;
    }
  }
  return spans;
}

/**
 * nameSpans of a text without spaces or characters beyond one code unit (nearly every
 * message): each character is one code unit, so a candidate name is one slice of the text.
 */
function plainNameSpans(text: string, set: NameSet): [number, number][] {
  const spans: [number, number][] = [];
  for (let i = 0; i < text.length;) {
    if (!set.firsts.has(text[i])) {
      i++;
      continue;
    }
    const length = set.lengths.find(
      (n) => i + n <= text.length && set.names.has(text.slice(i, i + n))
    );
    if (length === undefined) i++;
    else {
      spans.push([i, i + length]);
      i += length;
    }
  }
  return spans;
}

/** A text with each name in it replaced. */
function replaced(text: string, spans: readonly [number, number][], by: string): string {
  let out = "";
  let from = 0;
  for (const [start, end] of spans) {
    out += text.slice(from, start) + by;
    from = end;
  }
  return out + text.slice(from);
}

/** Who is at a cell, in words that name no one: 名册 第 5 行的学生. */
export function rowLabel(sheet: string, cell: string): string {
  const row = /\d+$/.exec(cell)?.[0];
  return row ? `${sheet} 第 ${row} 行的学生` : "（姓名已隐去）";
}

/** Where a finding is, in words that name no one. */
function placeOf(f: Finding): string {
  return rowLabel(f.sheet, f.cell);
}

/**
 * A finding with every name the school holds taken out: in who it is about (学号 姓名) the
 * name replaced by the sheet and row; a cell's own text quoted (考勤「小明早退」, a 备注) not
 * quoted at all when a name or given name is in it; a "student id" that is a name is dropped
 * (a roster with no 学号).
 */
export function withoutNames(f: Finding, names: readonly string[]): Finding {
  if (names.length === 0) return f;
  const set = nameSet(names);
  let changed = false;
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(f.params ?? {})) {
    const spans = typeof value === "string" ? nameSpans(value, set) : [];
    if (typeof value !== "string" || spans.length === 0) {
      params[key] = value;
      continue;
    }
    changed = true;
    params[key] = WHO_PARAMS.has(key)
      ? replaced(value, spans, placeOf(f)).replace(/\s+/g, " ").trim()
      : NAME_WITHHELD;
  }
  const idIsName = f.studentId !== undefined && nameSpans(f.studentId, set).length > 0;
  let message = changed ? findingMessage(f.rule, params as FindingParams) : f.message;
  // A message not built from params is scrubbed as text (one built from clean params is clean).
  if (f.params === undefined) message = replaced(message, nameSpans(message, set), placeOf(f));
  if (!changed && !idIsName && message === f.message) return f;
  const { studentId, ...rest } = f;
  return {
    ...rest,
    ...(idIsName || studentId === undefined ? {} : { studentId }),
    params,
    message,
  };
}
