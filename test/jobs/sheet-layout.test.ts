import { tablePrint, type OutputSheet } from "../../src/jobs/output-sheet";
import {
  blockAddress,
  FILL_IN_ROWS,
  formRowPoints,
  rangeAddress,
  sheetLayout,
} from "../../src/jobs/sheet-layout";

const sheet = (over: Partial<OutputSheet> = {}): OutputSheet => ({
  name: "收费表",
  title: "收费",
  columns: [
    { header: "学号", width: 12, format: "text" },
    { header: "应缴", width: 10, format: "money" },
  ],
  rows: [
    ["00123", 12.5],
    [7, { formula: "B4*2", result: 25 }],
  ],
  ...over,
});

describe("the layout of an output sheet", () => {
  it("keeps text cells as text and never gives a number or a formula the text format", () => {
    const layout = sheetLayout(sheet());
    expect(layout.formats[3]).toEqual(["@", '"¥"#,##0.00']);
    expect(layout.formats[4]).toEqual(["General", '"¥"#,##0.00']);
    expect(layout.cells[4][1]).toEqual({ formula: "B4*2", result: 25 });
  });

  it("bolds the title in its larger font, the header and the rows after, and freezes down to the header", () => {
    const layout = sheetLayout(sheet({ after: [["合计", 37.5]] }));
    expect(layout.fonts.map((f) => [rangeAddress(f.block), f.size])).toEqual([
      ["A1:B1", 14],
      ["A3:B3", undefined],
      ["A6:B6", undefined],
    ]);
    expect(layout.frozenRows).toBe(3);
  });

  it("makes the header and data rows the table, and puts each pick-list from its own data row", () => {
    const layout = sheetLayout(
      sheet({ table: "收费", validations: [{ col: 1, list: ["是", "否"], rows: 1, from: 1 }] })
    );
    expect(layout.table && rangeAddress(layout.table.block)).toBe("A3:B5");
    expect(layout.validations.map((v) => rangeAddress(v.block))).toEqual(["B5:B5"]);
  });

  it("formats rows ahead under a sheet the school fills in", () => {
    const layout = sheetLayout(sheet({ owned: false }));
    expect(layout.cells.length + layout.blankRows).toBe(3 + FILL_IN_ROWS);
    expect(layout.columnFormats).toEqual(["@", '"¥"#,##0.00']);
  });

  it("prints a table landscape with its header on every page and a page after each break", () => {
    const page = sheetLayout(sheet({ print: tablePrint([4]) })).page!;
    expect(page).toMatchObject({ orientation: "landscape", titleRow: 2, breaksBefore: [5] });
    expect(page.area).toBeUndefined();
  });

  it("prints a form portrait over its rows, its title merged, its frames' edges and amounts planned", () => {
    const form = sheet({
      columns: [
        { header: "项目", width: 10, format: "text" },
        { header: "说明", width: 10, format: "text", wrap: true },
      ],
      rows: [
        ["通知", null],
        ["应缴", "课后服务".repeat(10)],
      ],
      print: {
        firstRow: 3,
        lastRow: 4,
        breaksAfter: [4],
        titleRow: 3,
        frames: [{ firstRow: 4, lastRow: 4 }],
        emphasis: [{ row: 4, col: 1 }],
      },
    });
    const layout = sheetLayout(form);
    const page = layout.page!;
    expect(page.orientation).toBe("portrait");
    expect(rangeAddress(page.area!)).toBe("A4:B5");
    expect(page.title).toMatchObject({ merge: true, size: 16 });
    expect(rangeAddress(page.title!.block)).toBe("A4:B4");
    expect(page.framedRows).toEqual([4]);
    expect(page.edges.get("4,1")).toMatchObject({ left: true, right: true });
    expect(page.emphasis).toEqual([{ row: 4, col: 1, size: 13 }]);
    expect(page.columns.map((c) => [blockAddress(c.block), c.wrap])).toEqual([
      ["A4:A5", false],
      ["B4:B5", true],
    ]);
    const heights = formRowPoints(form, layout);
    expect(heights.get(3)).toBe(30); // the title twice the default
    expect(heights.get(4)).toBe(24); // a framed amount's row
  });
});
