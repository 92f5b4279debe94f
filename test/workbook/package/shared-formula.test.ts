import ExcelJS from "exceljs";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { saveSettingsForm } from "../../../src/jobs/settings-form";
import { BrowserHost } from "../../../src/taskpane/host";
import { writtenSheet } from "../../../src/workbook/package/cell-writes";
import { movedFormula } from "../../../src/workbook/package/shared-formula";
import * as xlsxModule from "../../../src/workbook/xlsx-workbook";
import { hasLibreOffice, libreOfficeSheets } from "../../support/libreoffice";
import { worksheet } from "../../support/mini-package";
import { describeWhen } from "../../support/needs";

describe("movedFormula", () => {
  it.each([
    ["数据!A1+$B$2", 1, 0, "数据!A2+$B$2"],
    ["'A1 表'!B2", 1, 0, "'A1 表'!B3"],
    ['"A1"&B2', 0, 1, '"A1"&C2'],
    ["LOG10(A1)*$A1+A$1", 2, 1, "LOG10(B3)*$A3+B$1"],
    ["SUM(A1:B2)", 1, 0, "SUM(A2:B3)"],
  ])("moves %s by %i rows and %i columns to %s", (text, rows, cols, moved) =>
    expect(movedFormula(text, rows, cols)).toBe(moved)
  );

  it.each([["SUM(A:A)"], ["SUM(1:1)"], ["表1[金额]"]])("does not move %s", (text) =>
    expect(movedFormula(text, 1, 0)).toBeUndefined()
  );

  it("does not move a reference off the sheet", () => {
    expect(movedFormula("A1", -1, 0)).toBeUndefined();
  });
});

describe("a shared formula's master typed over", () => {
  const group =
    `<sheetData><row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="str"><f t="shared" ref="B2:B4" si="0">数据!A1&amp;""</f><v>旧</v></c></row>` +
    `<row r="3"><c r="B3" t="str"><f t="shared" si="0"/><v>据实收取</v></c></row>` +
    `<row r="4"><c r="B4" t="str"><f t="shared" si="0"/><v>2021-05</v></c></row></sheetData>`;

  it("hands the group to the next cell, its formula moved there, as Excel does", () => {
    const out = writtenSheet(worksheet(group), [{ row: 1, col: 1, value: "新小学" }]);
    expect(out).toContain('<c r="B2" t="inlineStr"><is><t>新小学</t></is></c>');
    expect(out).toContain(
      '<c r="B3" t="str"><f t="shared" ref="B3:B4" si="0">数据!A2&amp;""</f><v>据实收取</v></c>'
    );
    expect(out).toContain('<c r="B4" t="str"><f t="shared" si="0"/><v>2021-05</v></c>');
  });
});

describeWhen(
  hasLibreOffice,
  "LibreOffice (soffice)",
  "the settings form over a filled-down formula",
  () => {
    jest.setTimeout(180_000);

    it("keeps the settings the formula gives, as LibreOffice works them out", async () => {
      const wb = new ExcelJS.Workbook();
      const data = wb.addWorksheet("数据");
      data.addRows([["旧小学"], ["据实收取"], ["2021-05"]]);
      const ws = wb.addWorksheet("设置");
      ws.addRows([["学校名称"], ["收费方式"], ["月份"]]);
      ws.fillFormula("B1:B3", "数据!A1", ["旧小学", "据实收取", "2021-05"] as unknown as number[]);
      const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
      const host = new BrowserHost(async () => xlsxModule);
      await host.open("学校.xlsx", bytes.buffer.slice(0) as ArrayBuffer);
      await host.run((w) => saveSettingsForm(w, { 学校名称: "新小学" }));
      const saved = (await host.copy())!.bytes;
      const dir = mkdtempSync(path.join(os.tmpdir(), "kehou-shared-formula-"));
      try {
        const file = path.join(dir, "saved.xlsx");
        writeFileSync(file, saved);
        expect(libreOfficeSheets(file)["设置"].map((r) => r.slice(0, 2))).toEqual([
          ["学校名称", "新小学"],
          ["收费方式", "据实收取"],
          ["月份", "2021-05"],
        ]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
);
