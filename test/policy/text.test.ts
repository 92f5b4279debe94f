import fc from "fast-check";
import { normalizeFully, normalizeText } from "../../src/policy/text";

describe("normalizeText", () => {
  it.each([
    ["１７：３０ ", "17:30"],
    ["\u3000√\u3000", "√"],
    [" S1000001 ", "S1000001"],
    ["学生12", "学生12"],
    ["ＡＢＣ", "ABC"],
  ])("normalises %j", (text, normal) => expect(normalizeText(text)).toBe(normal));

  it("skips NFKC only where it changes nothing (fast path = plain path)", () => {
    const ascii = fc.integer({ min: 0, max: 0x7f });
    const cjk = fc.integer({ min: 0x4e00, max: 0x9fff });
    const near = fc.constantFrom(0x3000, 0xff10, 0xff1a, 0x2460, 0x2f00, 0xf900, 0x0301, 0x221a);
    const anyChar = fc.integer({ min: 0, max: 0xffff });
    const text = fc
      .array(fc.oneof(ascii, ascii, cjk, cjk, near, anyChar), { maxLength: 12 })
      .map((codes) => String.fromCharCode(...codes));
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: "binary" })), (t) =>
        expect(normalizeText(t)).toBe(normalizeFully(t))
      ),
      { numRuns: 2000 }
    );
  });
});
