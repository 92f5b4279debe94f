import {
  computeFailure,
  inChinese,
  NO_CHINESE_REASON,
} from "../../../src/jobs/consolidate/chinese-reason";
import { gatherOne } from "../../../src/jobs/consolidate/job";

const CJK = /[\u4e00-\u9fff]/;

describe("reasons in Chinese", () => {
  it("says a stack overflow as a workbook nested too deep, without the engine's English", () => {
    let overflow: unknown;
    const deep = (n: number): number => deep(n + 1) + 1;
    try {
      deep(0);
    } catch (e) {
      overflow = e;
    }
    const text = computeFailure(overflow);
    expect(text).toMatch(/^无法计算此工作簿：其中的数据嵌套过深/);
    expect(text).not.toMatch(/Maximum|stack/i);
  });

  it("says a computing failure whole, with the Chinese the failure said in brackets", () => {
    expect(computeFailure(new Error("缺少工作表 名册"))).toBe(
      "无法计算此工作簿（缺少工作表 名册）：计算时出现内部错误，请学校检查工作簿后重新报送，或把此文件交给 Kehou 维护人员"
    );
    expect(NO_CHINESE_REASON).toBe(
      "无法读取此文件：文件可能已损坏或不是学校工作簿，请学校在 Excel 或 WPS 中打开后另存为 .xlsx 再报送"
    );
  });

  it("gives a workbook that cannot be computed a Chinese error entry", async () => {
    const g = await gatherOne({
      file: "深.xlsx",
      load: () => Promise.reject(new TypeError("Cannot read properties of undefined")),
    });
    expect("error" in g && g.error).toMatch(CJK);
    expect("error" in g && g.error).not.toMatch(/Cannot|undefined/);
  });

  it("leaves out English in brackets and after a colon, keeping paths and file names", () => {
    expect(inChinese("文件可能已损坏或不是 .xlsx（End of data reached）")).toBe(
      "文件可能已损坏或不是 .xlsx"
    );
    expect(
      inChinese("读取此文件时读取线程异常退出（Worker terminated due to reaching memory limit）")
    ).toBe("读取此文件时读取线程异常退出");
    expect(inChinese("「a.xlsx」是指向报送文件夹之外（/etc/passwd）的链接")).toBe(
      "「a.xlsx」是指向报送文件夹之外（/etc/passwd）的链接"
    );
    expect(inChinese("无法读取：invalid zip data")).toBe("无法读取");
    expect(inChinese("无法读取文件夹（EACCES），其中的文件未汇总")).toBe(
      "无法读取文件夹（EACCES），其中的文件未汇总"
    );
  });

  it("says a reason with no Chinese in Chinese", () => {
    expect(inChinese("Maximum call stack size exceeded")).toBe(NO_CHINESE_REASON);
  });
});
