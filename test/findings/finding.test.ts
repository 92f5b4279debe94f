import fc from "fast-check";
import {
  finding,
  findingAt,
  findingMessage,
  sortFindings,
  type Finding,
} from "../../src/findings/finding";
import { FINDING_RULES, type FindingRuleId } from "../../src/findings/finding-rules";

const RULES = Object.keys(FINDING_RULES) as FindingRuleId[];

/** The plain path: the template's placeholders replaced one by one. */
function messageByReplace(
  rule: FindingRuleId,
  params: Record<string, string | number>,
  locale: "zh-CN" | "en"
): string {
  const stageEn: Record<string, string> = { 小学: "primary", 初中: "junior", 高中: "senior" };
  const template = locale === "en" ? FINDING_RULES[rule].en : FINDING_RULES[rule].zh;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = params[key];
    if (value === undefined) return whole;
    return locale === "en" && key === "stage"
      ? (stageEn[String(value)] ?? String(value))
      : String(value);
  });
}

/** The plain path: every key worked out in every comparison. */
function sortByCompare(findings: readonly Finding[]): Finding[] {
  const order = { error: 0, warning: 1, info: 2 };
  const pos = (cell: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(cell);
    if (!m) return [0, 0];
    return [Number(m[2]), [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0)];
  };
  return [...findings].sort((a, b) => {
    const [ar, ac] = pos(a.cell);
    const [br, bc] = pos(b.cell);
    return (
      order[a.severity] - order[b.severity] || a.sheet.localeCompare(b.sheet) || ar - br || ac - bc
    );
  });
}

describe("findingMessage", () => {
  it("fills a template cut once as the placeholders replaced one by one (fast path = plain path)", () => {
    const value = fc.oneof(
      fc.constantFrom("小学", "初中", "高中", "{value}", "$&", "$1"),
      fc.string({ maxLength: 8 }),
      fc.integer()
    );
    const params = fc.dictionary(
      fc.constantFrom("value", "stage", "date", "sheet", "month", "student", "end", "latest", "x"),
      value
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...RULES),
        params,
        fc.constantFrom("zh-CN", "en"),
        (rule, p, locale) =>
          expect(findingMessage(rule, p, locale as "zh-CN" | "en")).toBe(
            messageByReplace(rule, p, locale as "zh-CN" | "en")
          )
      ),
      { numRuns: 3000 }
    );
  });
});

describe("sortFindings", () => {
  it("sorts by keys worked out once as by keys worked out per comparison (fast path = plain path)", () => {
    const finding = fc.record({
      rule: fc.constantFrom(...RULES),
      severity: fc.constantFrom("error", "warning", "info"),
      sheet: fc.constantFrom(
        "",
        "名册",
        "5月考勤",
        "设置",
        "a",
        "A",
        "ａ",
        "a\u0000",
        "考勤 ",
        "考勤"
      ),
      cell: fc.oneof(
        fc.constantFrom("", "A1", "B2", "AA10", "Z9", "x1", "A01"),
        fc.tuple(fc.constantFrom("A", "C", "AB", "ZZ"), fc.nat(50)).map(([c, r]) => `${c}${r}`)
      ),
      message: fc.string({ maxLength: 3 }),
    }) as fc.Arbitrary<Finding>;
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 40 }), (findings) =>
        expect(sortFindings(findings)).toEqual(sortByCompare(findings))
      ),
      { numRuns: 1000 }
    );
  });
});

describe("findingAt", () => {
  it("is the finding `finding` makes at that cell: the same fields, in the same order", () => {
    const said = finding(
      "SIGNOUT_PAST_WINDOW",
      { sheet: "考勤" },
      { end: "18:40", latest: "17:30", stage: "小学" },
      "warning"
    );
    for (const place of [{ cell: "D7", studentId: "P1" }, { cell: "E9" }]) {
      const made = finding(
        "SIGNOUT_PAST_WINDOW",
        { sheet: "考勤", ...place },
        said.params,
        "warning"
      );
      expect(JSON.stringify(findingAt(said, place))).toBe(JSON.stringify(made));
    }
  });

  it("keeps the finding it was made from as it was", () => {
    const said = finding("CHARGE_NO_NOTICE_DATE", { sheet: "设置" });
    findingAt(said, { cell: "B2", studentId: "P1" });
    expect(said).toEqual(finding("CHARGE_NO_NOTICE_DATE", { sheet: "设置" }));
  });
});
