import fc from "fast-check";
import {
  headerField,
  HEADER_SYNONYMS,
  normalizeHeader,
  type HeaderField,
} from "../../src/sheets/header-synonyms";

/** The plain path: every synonym tried in turn as a prefix. */
function fieldByScan(text: string): HeaderField | undefined {
  const lookup = new Map<string, HeaderField>();
  for (const [field, words] of Object.entries(HEADER_SYNONYMS) as [
    HeaderField,
    readonly string[],
  ][])
    for (const w of words) lookup.set(normalizeHeader(w), field);
  const h = normalizeHeader(text);
  if (h === "") return undefined;
  const exact =
    lookup.get(h) ?? lookup.get(text.normalize("NFKC").replace(/\s/g, "").toLowerCase());
  if (exact) return exact;
  for (const [word, field] of lookup)
    if (word.length >= 2 && h.startsWith(word) && h.length <= word.length + 2) return field;
  return undefined;
}

describe("headerField", () => {
  it("finds a synonym prefix among those of its first character as among all (fast path = plain path)", () => {
    const words = Object.values(HEADER_SYNONYMS).flat() as string[];
    const header = fc.oneof(
      fc
        .tuple(fc.constantFrom(...words), fc.string({ maxLength: 3 }), fc.string({ maxLength: 2 }))
        .map(([w, tail, head]) => (head.length % 2 ? head + w : w) + tail),
      fc.string({ maxLength: 6 }),
      fc.constantFrom("学籍号码", "协议签订日期2021", "学生姓名(必填)", "是否困难家庭", "S7000001")
    );
    fc.assert(
      fc.property(header, (h) => expect(headerField(h)).toBe(fieldByScan(h))),
      {
        numRuns: 3000,
      }
    );
  });
});
