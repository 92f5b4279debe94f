import { fileSentence } from "../../../src/findings/messages/file-sentence";

describe("the sentence said of a file Kehou could not read", () => {
  it("names the file before a reason that does not", () => {
    expect(fileSentence("学校.xlsx", "工作簿超过 200 MB，已拒绝打开")).toBe(
      "无法读取「学校.xlsx」：工作簿超过 200 MB，已拒绝打开"
    );
    expect(fileSentence("报送/学校.xlsx", "无法计算此工作簿")).toBe(
      "无法读取「报送/学校.xlsx」：无法计算此工作簿"
    );
  });

  it("keeps a reason that names the file, by its name or the last part of its path", () => {
    const csv =
      "「学校.xlsx」是 CSV 文本，不是 .xlsx 工作簿：请在 Excel 或 WPS 中打开后另存为 .xlsx 再试";
    expect(fileSentence("学校.xlsx", csv)).toBe(csv);
    expect(fileSentence("报送/五月/学校.xlsx", csv)).toBe(csv);
    expect(fileSentence("C:\\报送\\学校.xlsx", csv)).toBe(csv);
  });

  it("does not take another file's name for this one's", () => {
    expect(fileSentence("学校.xlsx", "「旧学校.xlsx」是空文件")).toBe(
      "无法读取「学校.xlsx」：「旧学校.xlsx」是空文件"
    );
  });

  it("speaks English where the English UI is chosen", () => {
    expect(fileSentence("a.xlsx", "x", "en")).toBe("Cannot read “a.xlsx”: x");
  });
});
