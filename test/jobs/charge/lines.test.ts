import fc from "fast-check";
import {
  classTotals,
  sortLines,
  totalsOf,
  ZERO_CHARGE,
  type ChargeLine,
} from "../../../src/jobs/charge/lines";

const collator = new Intl.Collator("zh-CN", { numeric: true });

/** The plain path: grade, class rank and id worked out in every comparison. */
function sortByCompare(lines: ChargeLine[]): ChargeLine[] {
  const classes = [...new Set(lines.map((l) => l.className))].sort(collator.compare);
  const rank = new Map(classes.map((c, i) => [c, i]));
  const byId = (a: string, b: string) =>
    a.length === b.length ? (a < b ? -1 : a > b ? 1 : 0) : collator.compare(a, b);
  return [...lines].sort(
    (a, b) =>
      (a.grade ?? 99) - (b.grade ?? 99) ||
      rank.get(a.className)! - rank.get(b.className)! ||
      byId(a.id, b.id)
  );
}

describe("sortLines", () => {
  it("orders by keys worked out once as by keys worked out per comparison (fast path = plain path)", () => {
    const line = fc
      .record({
        id: fc.oneof(
          fc.constantFrom("S1", "S10", "S2", "s2", "２", ""),
          fc.string({ maxLength: 4 })
        ),
        name: fc.constantFrom("甲", "乙"),
        className: fc.constantFrom(
          "",
          "二年级2班",
          "二年级10班",
          "初一(3)班",
          "初一（3）班",
          "a",
          "A"
        ),
        grade: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
      })
      .map((r): ChargeLine => ({
        ...ZERO_CHARGE,
        ...r,
        gradeLabel: "",
        hardship: false,
        governmentShare: 0,
        schoolShare: 0,
      }));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (lines) =>
        expect(sortLines([...lines])).toEqual(sortByCompare(lines))
      ),
      { numRuns: 1000 }
    );
  });
});

describe("sortLines with ids of one length", () => {
  it("orders by grade-and-class buckets as by comparing every pair (buckets = plain path)", () => {
    const line = fc
      .record({
        id: fc.constantFrom("S01", "S02", "S10", "s01", "A99", "２０１"),
        name: fc.constant("甲"),
        className: fc.constantFrom("二年级2班", "二年级10班", "初一(3)班", "初一（3）班", ""),
        grade: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
        // Tells apart lines of the same keys, so their kept order is checked too.
        payable: fc.integer({ min: 0, max: 999 }),
      })
      .map((r): ChargeLine => ({
        ...ZERO_CHARGE,
        ...r,
        gradeLabel: "",
        hardship: false,
        governmentShare: 0,
        schoolShare: 0,
      }));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), (lines) =>
        expect(sortLines([...lines])).toEqual(sortByCompare(lines))
      ),
      { numRuns: 1000 }
    );
  });
});

describe("classTotals", () => {
  it("gives each class, in the order first met, the totals of its lines (sums kept as met = totalsOf)", () => {
    const money = fc.integer({ min: 0, max: 100_000 });
    const line = fc
      .record({
        className: fc.constantFrom("一年级1班", "一年级2班", "初一(3)班", ""),
        minutes: fc.double({ min: 0, max: 3000, noNaN: true }),
        billableMinutes: fc.double({ min: 0, max: 3000, noNaN: true }),
        gross: money,
        waived: money,
        refund: money,
        payable: money,
        governmentShare: money,
        schoolShare: money,
      })
      .map((r): ChargeLine => ({
        ...ZERO_CHARGE,
        ...r,
        id: "",
        name: "",
        gradeLabel: "",
        hardship: false,
      }));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (lines) => {
        const names = [...new Set(lines.map((l) => l.className))];
        expect(classTotals(lines)).toEqual(
          names.map((className) => ({
            className,
            totals: totalsOf(lines.filter((l) => l.className === className)),
          }))
        );
      })
    );
  });
});
