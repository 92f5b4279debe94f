import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { CONSOLE_TEXT } from "../../../src/findings/messages/console";
import { formatMessage } from "../../../src/findings/messages/format";
import { readErrorMessage, writeErrorMessage } from "../../../src/cli/file-errors";
import { helpText } from "../../../src/cli/main";

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sources(join(dir, d.name)) : d.name.endsWith(".ts") ? [join(dir, d.name)] : []
  );
}

describe("the command line's words in the one message table", () => {
  it("is imported by the command line only, so the pane's first load never carries it", () => {
    const importers = sources("src")
      .filter((f) =>
        /from "[./]*(findings\/)?messages\/console"|from "\.\/console"/.test(
          readFileSync(f, "utf8")
        )
      )
      .map((f) => f.split("\\").join("/"))
      .filter((f) => !f.startsWith("src/cli/") && f !== "src/findings/messages/table.ts");
    expect(importers).toEqual([]);
  });

  it("says why a file could not be written or read in the Chinese it always has", () => {
    expect(writeErrorMessage({ code: "ENOSPC" }, "收费表.xlsx", false)).toBe(
      "无法写出「收费表.xlsx」：磁盘空间不足，请腾出空间后重试"
    );
    expect(writeErrorMessage({ code: "EWHAT" }, "收费表.xlsx", false)).toBe(
      "无法写出「收费表.xlsx」：写入失败（EWHAT），请换一个输出位置后重试"
    );
    expect(readErrorMessage(new Error("x"), "学校.xlsx")).toBe("无法读取「学校.xlsx」（未知原因）");
    expect(readErrorMessage({ code: "ENOENT" }, "学校.xlsx")).toBe("找不到文件「学校.xlsx」");
  });

  it("words the same reasons in English with the same values", () => {
    expect(formatMessage(CONSOLE_TEXT.writeFailed, { target: "a.xlsx", code: "EIO" }, "en")).toBe(
      "Cannot write “a.xlsx”: writing failed (EIO); choose another place and try again"
    );
  });

  it("writes kehou --help from the table, the default policy as a parameter", () => {
    const lines = helpText().split("\n");
    expect(lines[0]).toBe(
      "kehou — 课后服务管理（默认政策 suifenhe-2021；--policy 换成本市的政策文件）"
    );
    expect(lines).toContain(formatMessage(CONSOLE_TEXT.helpExitCodes));
    expect(formatMessage(CONSOLE_TEXT.helpTitle, { policy: "x-2024" }, "en")).toBe(
      "kehou — after-school service administration (default policy x-2024; --policy for your city's policy file)"
    );
  });

  it("words a command's summary line with its figures as parameters", () => {
    const params = { school: "一小", students: 8, payable: "193.00", government: "24.00" };
    expect(formatMessage(CONSOLE_TEXT.citySchool, params)).toBe(
      "  一小：8 人，应缴 ¥193.00，政府分担 ¥24.00"
    );
    expect(formatMessage(CONSOLE_TEXT.citySchool, params, "en")).toBe(
      "  一小: 8 students, payable ¥193.00, government ¥24.00"
    );
  });
});
