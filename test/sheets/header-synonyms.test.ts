import fc from "fast-check";
import {
  headerField,
  headerVariant,
  HEADER_SYNONYMS,
  normalizeHeader,
  type HeaderField,
} from "../../src/sheets/header-synonyms";
import { nearHeader } from "../../src/sheets/near-header";

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
  const variants = new Map<string, Set<HeaderField>>();
  for (const [word, field] of lookup) {
    const v = headerVariant(word);
    if (v.length >= 2) variants.set(v, new Set([...(variants.get(v) ?? []), field]));
  }
  const variant = variants.get(headerVariant(h));
  if (variant?.size === 1) return [...variant][0];
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

describe("header variants (签定/签订/签署, 日期/时间, 学籍号/学号, 家长, 服务)", () => {
  it.each([
    ["协议签定日期", "agreement"],
    ["协议签署日期", "agreement"],
    ["协议签定时间", "agreement"],
    ["服务协议签订日期", "agreement"],
    ["课后服务协议签定日期", "agreement"],
    ["签定协议日期", "agreement"],
    ["家长申请时间", "application"],
    ["服务申请日期", "application"],
    ["学籍号码", "id"],
    ["退出申请时间", "withdrawalApplication"],
  ])("reads 「%s」 as %s", (text, field) => expect(headerField(text)).toBe(field));

  it("leaves headers that are no field unread", () => {
    for (const text of ["服务时间", "出生日期", "家长电话", "家长姓名", "服务班级说明"])
      expect(headerField(text)).toBeUndefined();
  });
});

describe("nearHeader", () => {
  it("asks about a header one character from a known one", () => {
    expect(nearHeader("协义签订日期")).toBe("协议签订日期");
    expect(nearHeader("协议签汀日期")).toBe("协议签订日期");
    expect(nearHeader("家庭经济困准")).toBe("家庭经济困难");
  });
  it("leaves alone headers that mean something else", () => {
    for (const h of [
      "签到时间",
      "签退时间",
      "退费日期",
      "缴费日期",
      "联系电话",
      "出生日期",
      "家长签字",
    ])
      expect(nearHeader(h)).toBeUndefined();
  });
});
