import { runCli } from "../support/run-cli";
import { createHash } from "crypto";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { messySchool } from "../support/messy-school";

const run = runCli;

const dir = mkdtempSync(path.join(os.tmpdir(), "kehou-cli-"));
const school = path.join(dir, "school.xlsx");
const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

beforeAll(async () => writeFileSync(school, await messySchool()));

describe("kehou charge", () => {
  it("prints one JSON object with money as strings", async () => {
    const r = await run("charge", school, "--json");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual([
      "school",
      "month",
      "mode",
      "policy",
      "students",
      "classes",
      "totals",
      "findings",
    ]);
    expect(json.totals.payable).toBe("195.00");
    expect(Object.keys(json.students[0])).toEqual(
      expect.arrayContaining([
        "id",
        "name",
        "class",
        "grade",
        "stage",
        "days",
        "minutes",
        "billableMinutes",
        "gross",
        "waived",
        "payable",
        "governmentShare",
        "schoolShare",
      ])
    );
    expect(Object.keys(json.findings[0])).toEqual(
      expect.arrayContaining(["rule", "severity", "sheet", "cell", "message"])
    );
  });

  it("writes a copy with -o and leaves the input byte-identical", async () => {
    const before = sha(school);
    const out = path.join(dir, "charged.xlsx");
    const r = await run("charge", school, "-o", out);
    expect(r.code).toBe(0);
    expect(r.out).toContain("195.00");
    expect(sha(school)).toBe(before);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "参数",
      "学生信息",
      "5月考勤",
      "收费表 2021-05",
      "收费问题清单",
    ]);
  });

  it("does not overwrite an existing output without --force, nor the input ever", async () => {
    const out = path.join(dir, "exists.xlsx");
    writeFileSync(out, "keep me");
    expect((await run("charge", school, "-o", out)).code).toBe(2);
    expect(readFileSync(out, "utf8")).toBe("keep me");
    expect((await run("charge", school, "-o", out, "--force")).code).toBe(0);
    expect((await run("charge", school, "-o", school, "--force")).code).toBe(2);
  });

  it("takes --month and refuses a malformed one", async () => {
    expect(
      JSON.parse((await run("charge", school, "--month", "2021-05", "--json")).out).month
    ).toBe("2021-05");
    const bad = await run("charge", school, "--month", "5月");
    expect([bad.code, bad.err]).toEqual([2, "--month 应写成 YYYY-MM，如 2021-05（收到「5月」）"]);
  });

  it("exits 1 with a clear message for files it cannot read", async () => {
    const xls = path.join(dir, "old.xls.xlsx");
    writeFileSync(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    const csv = path.join(dir, "data.xlsx");
    writeFileSync(csv, "学号,姓名\n1,张三\n");
    const truncated = path.join(dir, "truncated.xlsx");
    writeFileSync(truncated, readFileSync(school).subarray(0, 2000));
    expect(await run("charge", path.join(dir, "missing.xlsx"))).toMatchObject({
      code: 1,
      err: expect.stringContaining("找不到文件"),
    });
    expect(await run("charge", xls)).toMatchObject({
      code: 1,
      err: expect.stringContaining("另存为 .xlsx"),
    });
    expect(await run("charge", csv)).toMatchObject({
      code: 1,
      err: expect.stringContaining("不是 .xlsx 工作簿"),
    });
    expect(await run("charge", truncated)).toMatchObject({
      code: 1,
      err: expect.stringContaining("已损坏"),
    });
  });

  it("exits 2 on usage errors", async () => {
    expect((await run("charge")).code).toBe(2);
    expect((await run("charge", school, "--bogus")).code).toBe(2);
  });
});

describe("kehou validate", () => {
  it("prints the findings list in JSON", async () => {
    const r = await run("validate", school, "--json");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.students).toBe(7);
    expect(json.findings.map((f: { rule: string }) => f.rule)).toContain("ROSTER_PRIORITY_COUNTS");
  });
});

describe("kehou template", () => {
  it("writes a blank workbook that validate and charge can read, with pick-lists", async () => {
    const file = path.join(dir, "blank.xlsx");
    expect((await run("template", "-o", file, "--month", "2021-09")).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["设置", "学生名册", "9月考勤"]);
    const roster = wb.getWorksheet("学生名册")!;
    expect(roster.getCell("F4").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"是,否"'],
    });
    expect(roster.getCell("E4").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"小学,初中,高中"'],
    });
    expect(wb.getWorksheet("9月考勤")!.getRow(3).values).toContain("30");
    // 学号 typed into the template keeps its zeros: the column is text-formatted
    expect(roster.getColumn(1).numFmt).toBe("@");
    expect(wb.getWorksheet("9月考勤")!.getColumn(1).numFmt).toBe("@");
    const v = await run("validate", file, "--json");
    // The one thing a blank template asks first: the school's name (SPEC §11).
    expect(JSON.parse(v.out).findings.map((f: { rule: string }) => f.rule)).toEqual([
      "SCHOOL_NAME_MISSING",
      "ROSTER_PRIORITY_COUNTS",
    ]);
  });
  it("needs -o", async () => expect((await run("template")).code).toBe(2));
});

describe("kehou demo", () => {
  it("writes the sample school and its charge sheet and prints the totals", async () => {
    const r = await run("demo");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/合计\s+8\s+3615\s+241\.00\s+48\.00\s+193\.00\s+24\.00\s+24\.00/);
    const written = /收费表已写出：(.+?\.xlsx)/.exec(r.out)![1];
    expect(existsSync(written)).toBe(true);
  });

  it("suggests a command whose output goes to the demo's temporary folder, not the checkout", async () => {
    const r = await run("demo");
    const folder = path.dirname(/示例学校工作簿：(.+?\.xlsx)/.exec(r.out)![1]);
    const hint = /kehou charge "[^"]+" -o "([^"]+)"/.exec(r.out);
    expect(hint).not.toBeNull();
    expect(path.dirname(hint![1])).toBe(folder);
    expect(folder.startsWith(os.tmpdir())).toBe(true);
  });

  it("adds no folder to the temp directory when run again: it replaces its one folder", async () => {
    const folder = async () =>
      path.dirname(/示例学校工作簿：(.+?\.xlsx)/.exec((await run("demo")).out)![1]);
    const first = await folder();
    writeFileSync(path.join(first, "left-over.txt"), "");
    expect(await folder()).toBe(first);
    expect(readdirSync(first)).not.toContain("left-over.txt");
  });

  // The demo's one folder is the demo's to keep for the user, but not the test run's.
  afterAll(() => rmSync(path.join(os.tmpdir(), "kehou-demo"), { recursive: true, force: true }));
});
