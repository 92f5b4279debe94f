import { FILE_TEXT } from "../../../src/findings/messages/file";
import { formatMessage } from "../../../src/findings/messages/format";
import { fileMessage, otherFormatLimit } from "../../../src/workbook/file-kind";

describe("what every door says of a file Kehou does not read", () => {
  it("says a refused file in the Chinese the doors have always said", () => {
    expect(fileMessage("csv", "名册.xlsx")).toBe(
      "「名册.xlsx」是 CSV 文本，不是 .xlsx 工作簿：请在 Excel 或 WPS 中打开后另存为 .xlsx 再试"
    );
    expect(fileMessage("biffOld", "老.xls")).toBe(
      "「老.xls」是 Excel 2.x–4.0 的旧版工作表（BIFF2–4），Kehou 不读取这种格式：请在 Excel 或 WPS 中打开后另存为 .xlsx 再试"
    );
    expect(fileMessage("otherOffice", "a.pdf", "docPdf")).toBe(
      "「a.pdf」是 PDF 文件，不是工作簿：Kehou 读取 .xlsx、.xlsm、.xls、.et 与 .ods 工作簿"
    );
  });

  it("words the same refusal in English, with the file's name as given", () => {
    expect(formatMessage(FILE_TEXT.zip, { file: "学校.xlsx" }, "en")).toBe(
      "“学校.xlsx” is a zip archive, not a workbook: unzip it and choose the workbook inside"
    );
    expect(
      formatMessage(
        FILE_TEXT.otherOffice,
        { file: "a.docx", document: formatMessage(FILE_TEXT.docWordX, {}, "en") },
        "en"
      )
    ).toBe(
      "“a.docx” is a Word document (.docx), not a workbook: Kehou reads .xlsx, .xlsm, .xls, .et and .ods workbooks"
    );
  });

  it("says the size limit of an .xls with the limit as a number", () => {
    const big = new Uint8Array(201 * 1024 * 1024);
    expect(otherFormatLimit(big, "biff", "大.xls")).toBe(
      "无法读取「大.xls」：工作簿超过 200 MB，已拒绝打开"
    );
  });
});
