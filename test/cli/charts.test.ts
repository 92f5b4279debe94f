import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { strFromU8, unzipSync } from "fflate";
import { generateSchool, gridsToXlsx } from "../support/generate-school";
import { runCli } from "../support/run-cli";

const dir = mkdtempSync(path.join(os.tmpdir(), "kehou-cli-charts-"));

/** The chart parts of a written workbook and the sheet names holding a drawing. */
function charts(file: string): { charts: string[]; drawn: string[] } {
  const parts = unzipSync(readFileSync(file));
  const sheetsWithDrawing = Object.keys(parts).filter(
    (k) => /^xl\/worksheets\/sheet\d+\.xml$/.test(k) && /<drawing /.test(strFromU8(parts[k]))
  );
  return {
    charts: Object.keys(parts).filter((k) => /^xl\/charts\/chart\d+\.xml$/.test(k)),
    drawn: sheetsWithDrawing,
  };
}

describe("kehou writes native charts", () => {
  it("consolidate: the city workbook has a 图表 sheet with five charts", async () => {
    const inbox = path.join(dir, "报送");
    mkdirSync(inbox);
    for (const i of [1, 2, 3])
      writeFileSync(
        path.join(inbox, `school-${i}.xlsx`),
        await gridsToXlsx(generateSchool(12 + i, i, `第${i}学校`))
      );
    const city = path.join(dir, "全市.xlsx");
    const r = await runCli("consolidate", inbox, "-o", city);
    expect(r.code).toBe(0);
    expect(charts(city).charts).toHaveLength(5);
    expect(strFromU8(unzipSync(readFileSync(city))["xl/workbook.xml"])).toContain('name="图表"');
  }, 60_000);

  it("charge -o: the copy's charge sheet carries two charts; the input is untouched", async () => {
    const input = path.join(dir, "学校.xlsx");
    writeFileSync(input, await gridsToXlsx(generateSchool(30, 4, "第四学校")));
    const before = readFileSync(input);
    const output = path.join(dir, "收费表.xlsx");
    const r = await runCli("charge", input, "-o", output);
    expect(r.code).toBe(0);
    const written = charts(output);
    expect(written.charts).toHaveLength(2);
    expect(written.drawn).toHaveLength(1);
    expect(readFileSync(input).equals(before)).toBe(true);
  }, 60_000);
});
