import { validateJob } from "../../../src/jobs/validate";
import type { SheetGrid } from "../../../src/sheets/grid";
import { MemoryWorkbook } from "../../support/memory-workbook";

/** A school whose roster's 困难家庭 of 甲 (E2) and settings' 学制 (B2) are formulas saved without a value. */
const school: SheetGrid[] = [
  {
    name: "设置",
    values: [
      ["学校名称", "测试学校"],
      ["学制", null],
    ],
    uncalculated: ["B2"],
  },
  {
    name: "名册",
    values: [
      ["学号", "姓名", "年级", "学段", "困难家庭"],
      ["S1", "甲", "三年级", "小学", null],
    ],
    uncalculated: ["E2"],
  },
];

describe("validate says the formulas it read as blank", () => {
  it("at each cell of the roster and the settings, as charge does", async () => {
    const r = await validateJob(new MemoryWorkbook(school), { write: false });
    expect(
      r.findings
        .filter((f) => f.rule === "FORMULA_NOT_CALCULATED")
        .map((f) => `${f.sheet}!${f.cell}`)
    ).toEqual(["设置!B2", "名册!E2"]);
  });
});
