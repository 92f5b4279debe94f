import ExcelJS from "exceljs";
import type { OutputSheet } from "../../src/jobs/output-sheet";
import { sampleSchoolSheets } from "../../src/jobs/sample-school";
import type { CellValue, SheetGrid } from "../../src/sheets/grid";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { gridsToXlsx } from "./generate-school";

/**
 * Small school workbooks with the slips schools really make (a header one character off, dates
 * typed 5.7, a 1904 workbook, hardship months, a wrong month …), as .xlsx bytes, for the
 * command line's tests and the page's job path alike.
 */

/** The demo workbook with its roster's 协议签订日期 header typed otherwise, or left out (null). */
export async function demoWithAgreementHeader(header: string | null): Promise<Uint8Array> {
  const sheets = sampleSchoolSheets().map((s): OutputSheet => {
    if (s.name !== "学生名册") return s;
    const at = s.columns.findIndex((c) => c.header === "协议签订日期");
    if (header !== null)
      return { ...s, columns: s.columns.map((c, i) => (i === at ? { ...c, header } : c)) };
    return {
      ...s,
      columns: s.columns.filter((_, i) => i !== at),
      rows: s.rows.map((r) => r.filter((_, i) => i !== at)),
    };
  });
  const wb = XlsxWorkbook.empty();
  await wb.writeSheets(sheets);
  return wb.toBuffer();
}

/**
 * A one-student school whose attendance headers are typed the Chinese way into General cells
 * (5.7, which Excel and WPS store as the number 5.7; 5.10 stored as 5.1).
 */
export function dottedSchool(
  month: string,
  headers: CellValue[],
  marks: CellValue[]
): Promise<Buffer> {
  return gridsToXlsx([
    {
      name: "设置",
      values: [
        ["学校名称", "点号日期小学"],
        ["月份", month],
        ["收费公示日期", "2021-04-15"],
      ],
    },
    {
      name: "名册",
      values: [
        ["学号", "姓名", "班级", "年级", "协议签订日期"],
        ["D1", "甲", "一班", "一年级", "2021-04-20"],
      ],
    },
    {
      name: "考勤",
      values: [
        ["学号", "姓名", ...headers],
        ["D1", "甲", ...marks],
      ],
    },
  ]);
}

/** An Excel time of day or duration: a fraction of a day, the same in either date system. */
const time = (h: number, m: number) => (h * 60 + m) / 1440;

/**
 * One school month whose dates are Excel dates and whose attendance is typed as times: a 1:00
 * duration on 8 May 2023, a 17:30 sign-out on the 9th and, on the 10th, 90 minutes typed as a
 * number in the sign-out column's h:mm format (4½ hours, 18.00). exceljs writes a Date as the
 * serial of the workbook's date system (1,462 days less in 1904) and a number as typed, as
 * Excel does.
 */
export async function timedSchool(date1904: boolean): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = date1904;
  const s = wb.addWorksheet("设置");
  s.addRow(["学校名称", "一九零四小学"]);
  s.addRow(["收费公示日期", new Date(Date.UTC(2023, 3, 20))]);
  s.addRow(["月份", "2023-05"]);
  s.getCell("B2").numFmt = "yyyy-mm-dd";
  const r = wb.addWorksheet("名册");
  r.addRow(["学号", "姓名", "班级", "年级", "协议签订日期"]);
  r.addRow(["A1", "甲", "一班", "一年级", new Date(Date.UTC(2023, 3, 20))]);
  r.getCell("E2").numFmt = "yyyy-mm-dd";
  const a = wb.addWorksheet("5月考勤");
  const day = (d: number) => new Date(Date.UTC(2023, 4, d));
  a.addRow(["学号", "姓名", day(8), day(9), day(10)]);
  a.addRow(["A1", "甲", time(1, 0), time(17, 30), 90]);
  for (const c of ["C1", "D1", "E1"]) a.getCell(c).numFmt = "m月d日";
  a.getCell("C2").numFmt = "[h]:mm";
  a.getCell("D2").numFmt = "h:mm";
  a.getCell("E2").numFmt = "h:mm";
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The 23 school days of March 2022 (no holiday that month). */
const MARCH_2022 = Array.from(
  { length: 31 },
  (_, i) => `2022-03-${String(i + 1).padStart(2, "0")}`
).filter((d) => ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()));
const ticks = (n: number): CellValue[] => MARCH_2022.map((_, i) => (i < n ? "√" : null));

/**
 * A 按月收取 school in March 2022 (23 days × 120 minutes × 4.00 = 184.00 a month): a hardship
 * student H1 and a paying one P1 who both leave after 8 sessions, and a hardship student H2
 * who applied for a refund and never came.
 */
export function hardshipMonthly(): Promise<Buffer> {
  return gridsToXlsx([
    {
      name: "设置",
      values: [
        ["学校名称", "按月困难小学"],
        ["收费方式", "按月收取"],
        ["收费公示日期", "2022-02-20"],
        ["月份", "2022-03"],
      ],
    },
    {
      name: "名册",
      values: [
        ["学号", "姓名", "班级", "年级", "困难家庭", "退费申请", "协议签订日期", "退出日期"],
        ["H1", "困难离校", "一班", "一年级", "是", "", "2022-02-20", "2022-03-10"],
        ["P1", "缴费离校", "一班", "一年级", "", "", "2022-02-20", "2022-03-10"],
        ["H2", "困难未到", "一班", "一年级", "是", "是", "2022-02-20", ""],
      ],
    },
    {
      name: "3月考勤",
      values: [
        ["学号", "姓名", ...MARCH_2022],
        ["H1", "困难离校", ...ticks(8)],
        ["P1", "缴费离校", ...ticks(8)],
        ["H2", "困难未到", ...ticks(0)],
      ],
    },
  ]);
}

/** What a small school month may change. */
export interface SmallSchoolOptions {
  readonly month?: string;
  readonly settings?: CellValue[][];
  readonly roster?: CellValue[][];
  readonly attendance?: CellValue[][];
}

/** A small school month (May 2021 unless told): settings, a roster of two, three days of 60 minutes. */
export function smallSchool(o: SmallSchoolOptions = {}): SheetGrid[] {
  const month = o.month ?? "2021-05";
  const [y, m] = month.split("-").map(Number);
  const before = `${y}-${String(m - 1).padStart(2, "0")}`;
  const day = (d: number) => `${month}-${String(d).padStart(2, "0")}`;
  return [
    {
      name: "设置",
      values: o.settings ?? [
        ["学校名称", "小毛病小学"],
        ["月份", month],
        ["收费公示日期", `${before}-15`],
      ],
    },
    {
      name: "名册",
      values: o.roster ?? [
        ["学号", "姓名", "班级", "年级", "协议签订日期"],
        ["A1", "甲", "一班", "一年级", `${before}-20`],
        ["A2", "乙", "一班", "一年级", `${before}-20`],
      ],
    },
    {
      name: `${m}月考勤`,
      values: o.attendance ?? [
        ["学号", "姓名", day(10), day(11), day(12)],
        ["A1", "甲", 60, 60, 60],
        ["A2", "乙", 60, null, 60],
      ],
    },
  ];
}

/** A March 2027 school (a year the holiday calendar does not cover) with these settings. */
export function schoolIn2027(settings: CellValue[][]): SheetGrid[] {
  return smallSchool({
    month: "2027-03",
    settings,
    roster: [
      ["学号", "姓名", "班级", "年级", "协议签订日期"],
      ["A1", "甲", "一班", "一年级", "2027-02-20"],
    ],
    attendance: [
      ["学号", "姓名", "2027-03-01", "2027-03-02", "2027-03-03"],
      ["A1", "甲", 60, 60, 60],
    ],
  });
}
