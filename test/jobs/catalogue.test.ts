import { readFileSync } from "fs";
import { JOBS, ribbonJobs } from "../../src/jobs/catalogue";
import { COMMANDS } from "../../src/cli/main";
import { MemoryWorkbook } from "../../src/workbook/memory-workbook";
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
