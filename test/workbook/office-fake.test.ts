import { FakeContext, FakeExcel } from "../support/office-fake";
import { typedInput } from "../support/office-fake-input";

/** The strict fake itself behaves as Excel documents, or the adapter's tests prove nothing. */
describe("the strict Office fake", () => {
  it("converts typed input unless the cell is text", () => {
    expect(typedInput("2021001", "General").value).toBe(2021001);
    expect(typedInput("00123", "General").value).toBe(123);
    expect(typedInput("230103201501011234", "General").value).toBe(230103201501011000);
    expect(typedInput("10%", "General")).toEqual({ value: 0.1, format: "0%" });
    expect(typedInput("2021-05-06", "General")).toEqual({ value: 44322, format: "yyyy/m/d" });
    expect(typedInput("TRUE", "General").value).toBe(true);
    expect(typedInput("17:30", "General").value).toBeCloseTo(17.5 / 24);
    expect(typedInput("=1+1", "General").formula).toBe("=1+1");
    expect(typedInput("'00123", "General").value).toBe("00123");
    for (const t of ["00123", "10%", "2021-05-06", "TRUE", "=1+1"])
      expect(typedInput(t, "@").value).toBe(t);
    expect(typedInput("张三", "General").value).toBe("张三");
  });

  it("fails at sync, not before, and a failed batch does nothing after the failure", async () => {
    const excel = new FakeExcel();
    excel.seed("设置", [["学校名称"]]);
    const ctx = new FakeContext(excel);
    ctx.workbook.worksheets.add("设置");
    ctx.workbook.worksheets.add("新表");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    expect(excel.has("新表")).toBe(false);
    ctx.workbook.worksheets.getItem("不存在");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    ctx.workbook.worksheets.add("a/b");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("answers isNullObject and loaded properties only after a sync", async () => {
    const ctx = new FakeContext(new FakeExcel());
    const ws = ctx.workbook.worksheets.getItemOrNullObject("无");
    expect(() => ws.isNullObject).toThrow(/PropertyNotLoaded/);
    const range = ctx.workbook.worksheets.add("表").getRange("B2:C3");
    range.load("values");
    // The point here is reading before the sync, which the Office lint rule forbids.
    // eslint-disable-next-line office-addins/call-sync-after-load
    const values = () => range.values;
    expect(values).toThrow(/PropertyNotLoaded/);
    await ctx.sync();
    expect(ws.isNullObject).toBe(true);
    expect(values()).toEqual([
      ["", ""],
      ["", ""],
    ]);
    expect(() => range.numberFormat).toThrow(/PropertyNotLoaded/);
  });

  it("refuses a response over 5 MB as ResponsePayloadSizeLimitExceeded, a request as RequestPayloadSizeLimitExceeded, and notes without ExcelApi 1.18", async () => {
    const excel = new FakeExcel();
    excel.seed(
      "大表",
      Array.from({ length: 120_000 }, (_, i) => [`学生${i}`, "一年级1班", i, "√"])
    );
    const ctx = new FakeContext(excel);
    const range = ctx.workbook.worksheets.getItem("大表").getUsedRangeOrNullObject(true);
    range.load("values,numberFormat");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    const big = ctx.workbook.worksheets.add("写");
    big.getRangeByIndexes(0, 0, 100_000, 2).values = Array.from({ length: 100_000 }, (_, i) => [
      `学生${i}的一段很长的说明文字`,
      "一年级1班的备注也很长",
    ]);
    await expect(ctx.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    void ctx.workbook.notes;
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("keeps table names unique in the workbook and refuses to delete a very hidden sheet", async () => {
    const excel = new FakeExcel();
    const ctx = new FakeContext(excel);
    ctx.workbook.worksheets.add("一").tables.add("A1:B2", true).name = "T";
    await ctx.sync();
    ctx.workbook.worksheets.add("二").tables.add("A1:B2", true).name = "t";
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    const ws = ctx.workbook.worksheets.getItem("一");
    ws.visibility = "VeryHidden";
    ws.delete();
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  it("refuses edits on a protected sheet", async () => {
    const excel = new FakeExcel();
    excel.seed("名册", [["学号"]]).protected = true;
    const ctx = new FakeContext(excel);
    ctx.workbook.worksheets.getItem("名册").getRange("A2").values = [["S1"]];
    await expect(ctx.sync()).rejects.toMatchObject({ code: "AccessDenied" });
  });
});
