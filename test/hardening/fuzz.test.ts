import fc from "fast-check";
import { evaluate } from "../../src/functions/evaluate";
import type { ExcelScalar } from "../../src/functions/excel-value";
import { analyseSchool } from "../../src/jobs/breaches/analyse";
import { parseCivilDate } from "../../src/policy/civil-date";
import { parseGrade } from "../../src/policy/grade";
import { parseSchoolSystem } from "../../src/policy/school-system";
import { parseStage } from "../../src/policy/stage";
import { parseTimeOfDay } from "../../src/policy/time-of-day";
import { parseAttendanceCell } from "../../src/sheets/attendance-cell";
import { parseDateHeader, parseYearMonth, monthInText } from "../../src/sheets/date-header";
import type { CellValue, SheetGrid } from "../../src/sheets/grid";
import { headerField } from "../../src/sheets/header-synonyms";
import { ruleOf } from "../../src/findings/finding-rules";
import { readDays } from "../../src/sheets/settings";
import { parseYesNo } from "../../src/sheets/yes-no";

/** Cell values as schools type them, and as the worst of them do. */
const CJK = [
  "课",
  "后",
  "服",
  "务",
  "小学",
  "初中",
  "高中",
  "年级",
  "班",
  "√",
  "×",
  "时",
  "分",
  "钟",
  "小时",
  "月",
  "日",
  "年",
  "假",
  "到",
  "是",
  "否",
  "１",
  "２",
  "０",
  "：",
  "－",
  "～",
  "至",
  "（",
  "）",
  "🙂",
  "👩‍🏫",
  " ",
  "\u3000",
  "\n",
];
const cjkText = fc
  .array(fc.constantFrom(...CJK, "1", "2", "3", "0", ":", "-", "/", ".", "%", "=", "+", "@"), {
    maxLength: 12,
  })
  .map((a) => a.join(""));
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: fc.double() },
  { weight: 3, arbitrary: fc.integer({ min: -100000, max: 3_000_000 }) },
  { weight: 2, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) },
  { weight: 2, arbitrary: fc.integer({ min: 36526, max: 73050 }) },
  { weight: 4, arbitrary: cjkText },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ minLength: 1000, maxLength: 5000 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "#N/A",
      "#VALUE!",
      "#REF!",
      "#DIV/0!",
      "#NAME?",
      "=SUM(A1:A3)",
      "+1",
      "-",
      "@x",
      '=HYPERLINK("http://x")'
    ),
  },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) }
);

describe("every cell and header parser, and every custom function, on 100,000 generated values", () => {
  it("never throws: an unreadable value is an answer, a finding or an Excel error", () => {
    let errors = 0;
    fc.assert(
      fc.property(cell, (v) => {
        const text = v === null ? "" : String(v);
        const scalar = typeof v === "number" || typeof v === "string" ? v : text;
        parseAttendanceCell(v);
        parseDateHeader(v, "General");
        parseDateHeader(v, "yyyy-mm-dd");
        headerField(text);
        parseYesNo(v);
        parseTimeOfDay(scalar);
        parseCivilDate(scalar);
        parseGrade(text, "6-3");
        parseGrade(text, "5-4");
        parseStage(text);
        parseSchoolSystem(text);
        parseYearMonth(text);
        monthInText(text);
        readDays(v);
        const args: ExcelScalar[] = [v];
        for (const id of ["SERVICEFEE", "REFUND", "WAIVERSHARE", "ENDTIMECHECK"]) {
          for (const r of [
            evaluate(id, [[[v, 120]]]),
            evaluate(id, [...args, v, v]),
            evaluate(id, [60, v, v]),
          ]) {
            if (r.kind === "error") {
              errors++;
              expect(r.message.length).toBeGreaterThan(0);
            }
          }
        }
      }),
      { numRuns: 100_000 }
    );
    expect(errors).toBeGreaterThan(0);
  }, 240_000);
});

describe("whole workbooks of generated cells", () => {
  const grid = (name: string, header: CellValue[]) =>
    fc
      .array(fc.array(cell, { minLength: header.length, maxLength: header.length }), {
        maxLength: 8,
      })
      .map((rows): SheetGrid => ({ name, values: [header, ...rows] }));
  it("read, charge and check without an exception escaping", () => {
    fc.assert(
      fc.property(
        grid("设置", ["项目", "值"]).map((g) => ({
          ...g,
          values: g.values.map((r, i) =>
            i === 0
              ? r
              : [["学制", "收费方式", "月份", "高中上浮", "停课日期", "高中结束时间"][i % 6], r[1]]
          ),
        })),
        grid("名册", [
          "学号",
          "姓名",
          "年级",
          "班级",
          "困难家庭",
          "协议签订日期",
          "退出日期",
          "应收金额",
        ]),
        grid("5月考勤", ["学号", "姓名", "2023-05-08", "5/9", 10, "5月11日", "合计"]),
        grid("活动安排", ["日期", "班级", "开始时间", "结束时间", "活动内容", "时长", "合作机构"]),
        (settings, roster, attendance, activities) => {
          const { charges, breaches } = analyseSchool([settings, roster, attendance, activities], {
            month: "2023-05",
          });
          for (const f of [...charges.findings, ...breaches]) {
            const keys = [...ruleOf(f.rule).zh.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
            for (const key of keys)
              expect([f.rule, key, f.params?.[key] !== undefined]).toEqual([f.rule, key, true]);
            expect(f.message.length).toBeLessThan(400);
          }
          expect(charges.totals.payable).toBe(
            charges.totals.gross - charges.totals.waived - charges.totals.refund
          );
        }
      ),
      { numRuns: 400 }
    );
  }, 120_000);
});
