import { runCli } from "../support/run-cli";
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { chargeJob } from "../../src/jobs/charge/job";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { generateSchool, gridsToXlsx } from "../support/generate-school";
import { hasLibreOffice, libreOfficeSheets } from "../support/libreoffice";
import { messySchool } from "../support/messy-school";
import { describeWhen } from "../support/needs";

const run = runCli;

const dir = mkdtempSync(path.join(os.tmpdir(), "kehou-city-"));
const inbox = path.join(dir, "报送");
const city = path.join(dir, "全市.xlsx");
/** What each school's own charge sheet says it will collect, in fen, by school. */
const submittedPayable = new Map<string, number>();

beforeAll(async () => {
  mkdirSync(path.join(inbox, "第二批"), { recursive: true });
  for (let i = 1; i <= 12; i++) {
    const grids = generateSchool(40 + i * 5, i, `第${i}学校`);
    if (i === 7) {
      // one student of school 7 is also on school 3's roster
      const roster = grids[1].values as (string | number | null)[][];
      roster[2][0] = "S3000000";
    }
    const wb = await XlsxWorkbook.fromBuffer(await gridsToXlsx(grids));
    const r = await chargeJob(wb); // each school submits its workbook with Kehou's charge sheet
    submittedPayable.set(`第${i}学校`, r.totals.payable);
    writeFileSync(path.join(inbox, i > 8 ? "第二批" : "", `school-${i}.xlsx`), await wb.toBuffer());
  }
  writeFileSync(
    path.join(inbox, "corrupt.xlsx"),
    readFileSync(path.join(inbox, "school-1.xlsx")).subarray(0, 3000)
  );
  writeFileSync(
    path.join(inbox, "old.xls"),
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0])
  );
  writeFileSync(
    path.join(inbox, "notes.xlsx"),
    await gridsToXlsx([{ name: "Sheet1", values: [["会议记录"]] }])
  );
  writeFileSync(path.join(inbox, "last-year.xlsx"), await messySchool());
  writeFileSync(
    path.join(dir, "expected.txt"),
    [...Array.from({ length: 12 }, (_, i) => `第${i + 1}学校`), "第13学校"].join("\n")
  );
}, 120_000);

describe("kehou consolidate", () => {
  let json: ReturnType<typeof JSON.parse>;
  beforeAll(async () => {
    const r = await run(
      "consolidate",
      inbox,
      "-o",
      city,
      "--expect",
      path.join(dir, "expected.txt"),
      "--json"
    );
    expect(r.code).toBe(0);
    json = JSON.parse(r.out);
  }, 120_000);

  it("consolidates every school, folders walked recursively, for the month most schools report", () => {
    expect(json.month).toBe("2023-05");
    expect(json.schools).toHaveLength(12);
  });

  it("gives totals equal to the sum of each school's own charge sheet, to the fen", () => {
    const sum = [...submittedPayable.values()].reduce((a, b) => a + b, 0);
    expect(Math.round(Number(json.totals.payable) * 100)).toBe(sum);
    for (const s of json.schools)
      expect(Math.round(Number(s.payable) * 100)).toBe(submittedPayable.get(s.school));
  });

  it("lists bad files as errors with clear messages, and is not stopped by them", () => {
    const errors = Object.fromEntries(
      json.errors.map((e: { file: string; message: string }) => [path.basename(e.file), e.message])
    );
    expect(errors["corrupt.xlsx"]).toMatch(/已损坏/);
    expect(errors["old.xls"]).toMatch(/另存为 \.xlsx/);
    expect(errors["notes.xlsx"]).toMatch(/不是学校工作簿/);
  });

  it("finds the same student in two schools, a school that did not submit, and a month that differs", () => {
    const rules = json.findings.map(
      (f: { rule: string; message: string }) => `${f.rule}: ${f.message}`
    );
    expect(rules).toContainEqual(
      expect.stringMatching(/^CITY_DUPLICATE_STUDENT: 学号 S\*{6}0 同时出现在 第7学校 和 第3学校/)
    );
    expect(rules).toContain("CITY_NOT_SUBMITTED: 第13学校 没有报送 2023-05 的工作簿");
    expect(rules).toContainEqual(
      expect.stringMatching(/^CITY_MONTH_DIFFERS: 「.*last-year\.xlsx」是 2021-05 的数据/)
    );
  });

  it("writes 汇总, 政府补助 and 问题 with no student names or whole ids", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(city);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["汇总", "政府补助", "问题", "图表"]);
    const everything = JSON.stringify(wb.worksheets.map((w) => w.getSheetValues()));
    expect(everything).not.toMatch(/学生\d+/);
    expect(everything).not.toMatch(/S\d{7}/);
  });

  it("shows ids with --with-names", async () => {
    const r = await run(
      "consolidate",
      inbox,
      "-o",
      path.join(dir, "named.xlsx"),
      "--with-names",
      "--json"
    );
    expect(
      JSON.parse(r.out).findings.some((f: { message: string }) => f.message.includes("S3000000"))
    ).toBe(true);
  });

  it("exits 1 only when no file could be read", async () => {
    const r = await run(
      "consolidate",
      path.join(inbox, "corrupt.xlsx"),
      "-o",
      path.join(dir, "none.xlsx")
    );
    expect(r.code).toBe(1);
  });
});

describeWhen(hasLibreOffice, "LibreOffice (soffice)", "the city workbook in LibreOffice", () => {
  it("recalculates the city totals to the same figures", () => {
    const sheets = libreOfficeSheets(city);
    const rows = sheets["汇总"];
    const header = rows[2];
    const total = rows.find((r) => r[0] === "全市合计")!;
    const sum = [...submittedPayable.values()].reduce((a, b) => a + b, 0);
    expect(Math.round(Number(total[header.indexOf("应缴金额")]) * 100)).toBe(sum);
    const subsidy = sheets["政府补助"];
    expect(subsidy.find((r) => r[0] === "全市合计")).toBeDefined();
  }, 120_000);
});

describeWhen(
  existsSync(path.join(__dirname, "..", "..", "dist", "node", "cli", "consolidate-worker.js")),
  "the compiled program (npm run build)",
  "kehou consolidate as shipped, reading on worker threads",
  () => {
    it("gives the same city as reading the files in turn", async () => {
      const bin = path.join(__dirname, "..", "..", "bin", "kehou.js");
      const threaded = spawnSync(
        process.execPath,
        [bin, "consolidate", inbox, "-o", path.join(dir, "threads.xlsx"), "--force", "--json"],
        { encoding: "utf8" }
      );
      expect(threaded.status).toBe(0);
      const inTurn = await run(
        "consolidate",
        inbox,
        "-o",
        path.join(dir, "in-turn.xlsx"),
        "--force",
        "--json"
      );
      const strip = (j: {
        schools: unknown[];
        totals: unknown;
        errors: unknown[];
        findings: unknown[];
      }) => [j.schools, j.totals, j.errors, j.findings];
      expect(strip(JSON.parse(threaded.stdout))).toEqual(strip(JSON.parse(inTurn.out)));
    }, 120_000);
  }
);
