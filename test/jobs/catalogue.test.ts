import { readFileSync } from "fs";
import { JOBS, ribbonJobs } from "../../src/jobs/catalogue";
import { COMMANDS } from "../../src/cli/main";
import { DEFAULT_PROFILE } from "../../src/policy/profiles";
import { MemoryWorkbook } from "../support/memory-workbook";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { messySchool } from "../support/messy-school";

describe("the job catalogue", () => {
  it("gives every job a CLI command of its id with its summary, in the catalogue's order", () => {
    const jobs = COMMANDS.filter((c) => JOBS.some((j) => j.id === c.name));
    expect(jobs.map((c) => c.name)).toEqual(JOBS.map((j) => j.id));
    for (const c of jobs) expect(c.summary).toBe(JOBS.find((j) => j.id === c.name)!.summary);
  });

  it("names every ExecuteFunction of manifest.xml, and only those", () => {
    const manifest = readFileSync("manifest.xml", "utf8");
    const names = [...manifest.matchAll(/<FunctionName>(\w+)<\/FunctionName>/g)].map((m) => m[1]);
    expect(
      ribbonJobs()
        .map((j) => j.action)
        .sort()
    ).toEqual([...new Set(names)].sort());
  });

  it("labels each ribbon job as manifest.xml's Chinese button does", () => {
    const manifest = readFileSync("manifest.xml", "utf8");
    for (const j of JOBS) expect(manifest).toContain(`Value="${j.label["zh-CN"]}"`);
  });

  it("summarises a charge with the money to the fen", async () => {
    const grids = await (await XlsxWorkbook.fromBuffer(await messySchool())).readSheets();
    const r = await JOBS.find((j) => j.id === "charge")!.run!(new MemoryWorkbook(grids));
    expect(r.message).toContain("应缴合计 ¥195.00");
    expect(r.summary).toMatchObject({ key: "chargeDone", params: { payable: "195.00" } });
    expect(r.sheetNames.length).toBeGreaterThan(0);
  });
});

describe("a 政策 naming rules Kehou does not know (taiyuan-2023, no profile given)", () => {
  const grids = [
    {
      name: "设置",
      values: [
        ["学校名称", "示例学校"],
        ["月份", "2021-05"],
        ["政策", "taiyuan-2023"],
      ],
    },
    {
      name: "名册",
      values: [
        ["学号", "姓名", "班级", "年级"],
        ["P1", "甲", "一班", "一年级"],
      ],
    },
    {
      name: "考勤",
      values: [
        ["学号", "姓名", "5/10"],
        ["P1", "甲", "100分钟"],
      ],
    },
  ];

  it.each(["validate", "charge", "breaches", "notice", "notices"])(
    "refuses %s in every door: an error at the 政策 cell, nothing written",
    async (id) => {
      const wb = new MemoryWorkbook(grids);
      const r = await JOBS.find((j) => j.id === id)!.run!(wb);
      expect(r.findings).toContainEqual(
        expect.objectContaining({
          rule: "POLICY_UNKNOWN",
          severity: "error",
          sheet: "设置",
          cell: "B3",
        })
      );
      expect(r.summary.key).toBe("jobRefused");
      expect(r.message).toContain("未运行，工作簿未改动");
      expect(r.message).toContain("taiyuan-2023");
      expect(r.sheetNames).toEqual([]);
      expect((await wb.readSheets()).map((g) => g.name)).toEqual(["设置", "名册", "考勤"]);
    }
  );

  it("charges under a profile handed to the run, whatever the row says", async () => {
    const r = await JOBS.find((j) => j.id === "charge")!.run!(new MemoryWorkbook(grids), {
      profile: DEFAULT_PROFILE,
    });
    expect(r.summary.key).toBe("chargeDone");
    expect(r.findings.map((f) => f.rule)).toContain("POLICY_OTHER_THAN_GIVEN");
  });
});
