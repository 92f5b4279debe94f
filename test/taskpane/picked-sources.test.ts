import { mkdtempSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { fileSource } from "../../src/cli/file-source";
import { consolidateJob, type WorkbookSource } from "../../src/jobs/consolidate/job";
import { pickedSources } from "../../src/taskpane/picked-sources";
import { pickedGrids } from "../../src/workbook/open-refusal";
import type { XlsOdsReader } from "../../src/workbook/xls-ods-grids";
import { messySchool } from "../support/messy-school";
import { partText, repackage } from "../support/repackage";

const reader = async () => require("../../src/workbook/xls-ods-grids") as XlsOdsReader;
const ROSTER = "xl/worksheets/sheet2.xml";

/** Files the cell reader refuses, not the file-kind check: each says why in its own words. */
async function refusedFiles(): Promise<[string, Uint8Array][]> {
  const school = await messySchool();
  return [
    [
      "gbk.xlsx",
      repackage(school, (p) =>
        p.set(ROSTER, partText(p, ROSTER).replace('encoding="UTF-8"', 'encoding="GBK"'))
      ),
    ],
    ["not-xml.xlsx", repackage(school, (p) => p.set(ROSTER, "学号,姓名\nS1,张三\n"))],
    ["missing.xlsx", repackage(school, (p) => p.delete(ROSTER))],
  ];
}

const errorsOf = async (sources: WorkbookSource[]) =>
  (await consolidateJob(sources)).errors.map((e) => `${path.basename(e.file)}|${e.message}`);

describe("the pane's 汇总 says a file the cell reader refuses as the command line does", () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(path.join(os.tmpdir(), "kehou-picked-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("gives each refusal the command line's words, never 「可能已损坏」", async () => {
    const files = await refusedFiles();
    const picked = files.map(([name, bytes]) => ({
      name,
      arrayBuffer: async () => new Uint8Array(bytes).buffer,
    }));
    const pane = await errorsOf(pickedSources(picked, (b, n) => pickedGrids(b, n, reader)));
    const cli = await errorsOf(
      files.map(([name, bytes]) => {
        writeFileSync(path.join(dir, name), bytes);
        return fileSource(path.join(dir, name));
      })
    );
    expect(pane).toEqual(cli);
    expect(pane).toHaveLength(3);
    expect(pane[0]).toMatch(/^gbk\.xlsx\|无法读取「gbk\.xlsx」：工作簿的部件 .* 使用 gbk 编码/);
    expect(pane[1]).toMatch(/部件不是 XML/);
    for (const line of pane) expect(line).not.toMatch(/可能已损坏|部件是空的/);
  });
});
