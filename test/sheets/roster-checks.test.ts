import { checkRoster, rosterDatesOutOfOrder } from "../../src/sheets/roster-checks";
import { findHeaderRow } from "../../src/sheets/header-row";
import { readRoster } from "../../src/sheets/roster";
import type { SheetGrid } from "../../src/sheets/grid";

const grid: SheetGrid = {
  name: "名册",
  values: [
    ["学号", "姓名", "年级", "申请日期", "批准日期", "协议签订日期"],
    ["S1", "学生1", "三年级", "2023-04-10", "2023-04-12", "2023-04-20"],
    ["S2", "学生2", "三年级", "2023-04-15", "2023-04-12", "2023-04-20"],
    ["S2", "", "三年级", "2023-04-10", "2023-04-12", "2023-04-01"],
    ["", "学生4", "三年级", "2023-04-10", "2023-04-12", "2023-04-20"],
  ],
};
const roster = readRoster(grid, findHeaderRow(grid)!, "6-3").roster;

describe("the enrollment steps out of order, alone", () => {
  it("says each step dated before an earlier one, as the roster's full checks do", () => {
    const alone = rosterDatesOutOfOrder(roster);
    expect(alone.map((f) => [f.cell, f.studentId])).toEqual([
      ["E3", "S2"],
      ["F4", "S2"],
    ]);
    expect(alone).toEqual(
      checkRoster(roster).filter((f) => f.rule === "ROSTER_DATES_OUT_OF_ORDER")
    );
  });

  it("leaves out the ids, names and counts the full checks say", () => {
    const rules = new Set(checkRoster(roster).map((f) => f.rule));
    expect(rules).toEqual(
      new Set([
        "ROSTER_DATES_OUT_OF_ORDER",
        "ROSTER_DUPLICATE_ID",
        "ROSTER_NAME_MISSING",
        "ROSTER_ID_MISSING",
        "ROSTER_PRIORITY_COUNTS",
      ])
    );
    expect(new Set(rosterDatesOutOfOrder(roster).map((f) => f.rule))).toEqual(
      new Set(["ROSTER_DATES_OUT_OF_ORDER"])
    );
  });
});
