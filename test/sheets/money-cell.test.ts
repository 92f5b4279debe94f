import { chargeJob } from "../../src/jobs/charge/job";
import { computeCharges } from "../../src/jobs/charge/compute";
import { withSemesterCap } from "../../src/jobs/charge/semester-cap";
import { readSchoolWorkbook } from "../../src/jobs/school-workbook";
import type { Profile } from "../../src/policy/profile";
import type { CellValue, SheetGrid } from "../../src/sheets/grid";
import { readMoneyCell } from "../../src/sheets/money-cell";
import { readOwnCharges } from "../../src/sheets/own-charges";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { loadSemesterProfile, semesterSchoolXlsx } from "../support/semester-school";

/** Money cells as schools type them, and as a formula or a crafted file leaves them. */
const CELLS: CellValue[] = [
  86.67,
  "86.67",
  " 86.67 ",
  "¥86.67",
  "￥86.67",
  "86.67元",
  "1,234.50",
  "８６.６７",
  "86.675",
  "1e2",
  "1E+2",
  -5,
  "-5",
  0,
  "",
  null,
  true,
  "abc",
  999999.99,
  1_000_000,
  "1000000",
  1e300,
  Infinity,
];

/** What the roster's own 应收金额 column reads each cell as: the amount, "unreadable" (said), or "none". */
function ownReading(v: CellValue): string {
  const own = readOwnCharges([
    {
      name: "名册",
      values: [
        ["学号", "姓名", "年级", "应收金额"],
        ["S1", "学生1", "三年级", v],
      ],
    },
  ]);
  if (own.findings.length > 0) return "unreadable";
  return own.charges.length > 0 ? own.charges[0].amount.toString() : "none";
}

/** A cap of one fen: April's 135.00 is always lowered, so its finding says what March counted. */
const tinyCap = (): Profile => {
  const p = loadSemesterProfile();
  return { ...p, caps: { ...p.caps, perSemesterFen: 1 } };
};

let march: SheetGrid[];
beforeAll(async () => {
  const wb = await XlsxWorkbook.fromBuffer(await semesterSchoolXlsx([3, 4]));
  await chargeJob(wb, { month: "2021-03", profile: loadSemesterProfile() });
  march = await wb.readSheets();
});

/** What the semester cap reads 甲's March 应缴 as: its fen as a finding says it, or "unreadable". */
function capReading(v: CellValue): string {
  const grids = march.map((g) => {
    if (g.name !== "收费表 2021-03") return g;
    const head = g.values.findIndex((r) => r.includes("应缴金额"));
    const col = g.values[head].indexOf("应缴金额");
    return {
      ...g,
      values: g.values.map((r) => (r[0] === "P1" ? r.map((x, j) => (j === col ? v : x)) : r)),
    };
  });
  const april = withSemesterCap(
    computeCharges(readSchoolWorkbook(grids, "2021-04", tinyCap())),
    grids
  );
  const f = april.findings.filter((x) => x.studentId === "P1");
  if (f.some((x) => x.rule === "CHARGE_SEMESTER_CAP_EARLIER_UNREADABLE")) return "unreadable";
  const capped = f.find((x) => x.rule === "CHARGE_SEMESTER_CAP");
  return String(capped?.params?.before);
}

describe("reading a money cell", () => {
  it("reads text as schools type it, the exponent form, and a negative as an amount", () => {
    const amount = (v: CellValue) => {
      const r = readMoneyCell(v);
      return r.kind === "amount" ? r.amount.toString() : r.kind;
    };
    expect(["８６.６７", "￥1,234.50", "86.67元", "1.5E+2", "-5", " ", null].map(amount)).toEqual([
      "86.67",
      "1234.5",
      "86.67",
      "150",
      "-5",
      "blank",
      "blank",
    ]);
    expect(["abc", true, 1_000_000, "-1000000", 1e300, Infinity, "¥"].map(amount)).toEqual(
      Array(7).fill("unreadable")
    );
  });

  it("is one reading in the school's own columns: what is no amount is said, never dropped", () => {
    expect(CELLS.map(ownReading)).toEqual([
      ...["86.67", "86.67", "86.67", "86.67", "86.67", "86.67", "1234.5", "86.67", "86.675"],
      ...["100", "100", "-5", "-5", "0", "none", "none", "unreadable", "unreadable", "999999.99"],
      ...["unreadable", "unreadable", "unreadable", "unreadable"],
    ]);
  });

  it("is the same reading of an earlier month's 应缴 for the semester cap, where a negative or a blank is not counted", () => {
    expect(CELLS.map(capReading)).toEqual([
      ...["86.67", "86.67", "86.67", "86.67", "86.67", "86.67", "1234.50", "86.67", "86.68"],
      ...["100.00", "100.00", "unreadable", "unreadable", "0.00", "unreadable", "unreadable"],
      ...["unreadable", "unreadable", "999999.99", "unreadable", "unreadable"],
      ...["unreadable", "unreadable"],
    ]);
  });
});
