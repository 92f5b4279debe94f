import { findHeaderRow } from "../../src/sheets/header-row";
import type { SheetGrid } from "../../src/sheets/grid";
import { findSchoolSheets } from "../../src/sheets/workbook-sheets";

const settings: SheetGrid = { name: "设置", values: [["学校名称", "一小"]] };
const roster: SheetGrid = {
  name: "名册",
  values: [
    ["学号", "姓名", "年级"],
    ["S1", "甲", "一年级"],
  ],
};
const attendance: SheetGrid = {
  name: "5月考勤",
  values: [
    ["学号", "姓名", "2023-05-08", "2023-05-09", "2023-05-10"],
    ["S1", "甲", "√", "√", ""],
  ],
};
const owned: SheetGrid = { name: "收费表", values: [["Kehou"]] };

describe("findSchoolSheets", () => {
  it("gives the header row it found in each sheet it looked at, and none for a sheet it skipped", () => {
    const found = findSchoolSheets([settings, roster, attendance, owned], (g) => g === owned);
    expect([...found.headers.keys()]).toEqual([settings, roster, attendance]);
    expect(found.headers.get(settings)).toBeUndefined();
    expect(found.headers.get(roster)).toEqual(findHeaderRow(roster));
    expect(found.headers.get(attendance)).toBe(found.attendance[0].header);
    expect(found.headers.has(owned)).toBe(false);
  });
});
