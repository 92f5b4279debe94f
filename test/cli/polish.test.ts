import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { writeErrorMessage, readErrorMessage } from "../../src/cli/file-errors";
import { findingsText } from "../../src/cli/findings-text";
import { sampleSchoolSheets } from "../../src/jobs/sample-school";
import type { Finding } from "../../src/findings/finding";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { runCli } from "../support/run-cli";

const dir = mkdtempSync(path.join(os.tmpdir(), "kehou-polish-"));
const school = path.join(dir, "示例学校.xlsx");

beforeAll(async () => {
  const wb = XlsxWorkbook.empty();
  await wb.writeSheets(sampleSchoolSheets());
  writeFileSync(school, await wb.toBuffer());
});

describe("the command line's manners", () => {
  it("prints its version with --version", async () => {
    const version = JSON.parse(readFileSync(path.join(__dirname, "../../package.json"), "utf8"))
      .version as string;
    const r = await runCli("--version");
    expect(r.code).toBe(0);
    expect(r.out).toBe(`kehou ${version}`);
  });

  it("suggests the command meant by a typo", async () => {
    const r = await runCli("chrage", school);
    expect(r.code).toBe(2);
    expect(r.err).toContain("未知命令「chrage」，是不是要用「kehou charge」？");
    expect((await runCli("frobnicate")).err).not.toContain("是不是");
  });

  it("suggests the option meant by a typo", async () => {
    const r = await runCli("charge", school, "--moth", "2021-05");
    expect(r.code).toBe(2);
    expect(r.err).toContain("不认识的选项「--moth」，是不是要用「--month」？");
  });

  it("lists only charge's options in kehou charge --help", async () => {
    const r = await runCli("charge", "--help");
    expect(r.code).toBe(0);
    expect(r.out).toContain("--month YYYY-MM ");
    expect(r.out).toContain("-o OUT.xlsx");
    expect(r.out).not.toContain("consolidate 汇总几个月");
    expect(r.out).not.toContain("--pdf");
    expect((await runCli("notice", "--help")).out).toContain("--letter");
    expect((await runCli("consolidate", "--help")).out).toContain("--expect schools.txt");
  });

  it("refuses -o with an empty name as a usage mistake", async () => {
    const r = await runCli("charge", school, "-o", "");
    expect(r.code).toBe(2);
    expect(r.err).toContain("-o 后面需要一个文件名");
  });

  it("accepts the functions' Chinese names, and says the count a function takes plainly", async () => {
    const fee = await runCli("fn", "课后服务费", "120");
    expect(fee.code).toBe(0);
    expect(fee.out).toBe((await runCli("fn", "SERVICEFEE", "120")).out);
    const refund = await runCli("fn", "REFUND", "100");
    // REFUND takes 3, and the policy as an optional 4th.
    expect(refund.out + refund.err).toContain("REFUND 需要 3 到 4 个参数，实际为 1 个");
  });

  it("names an Office lock file as one", async () => {
    const lock = path.join(dir, "~$示例学校.xlsx");
    writeFileSync(lock, Buffer.alloc(165, 1));
    const r = await runCli("charge", lock);
    expect(r.code).toBe(1);
    expect(r.err).toContain("是 Excel 或 WPS 打开工作簿时留下的锁定文件");
  });

  it("says a file held open by another program is open there", () => {
    expect(writeErrorMessage({ code: "EBUSY" }, "收费表.xlsx", false)).toContain(
      "文件正被另一个程序（如 Excel、WPS）打开"
    );
    expect(readErrorMessage({ code: "EBUSY" }, "学校.xlsx")).toContain("打开");
  });

  it("does not repeat the sheet before a message that names it", () => {
    const f: Finding = {
      rule: "CHARGE_NO_NOTICE_DATE",
      severity: "warning",
      sheet: "设置",
      cell: "",
      message: "设置中没有「收费公示日期」",
    } as unknown as Finding;
    const text = findingsText([f]);
    expect(text).toContain("[警告] 设置中没有「收费公示日期」");
    expect(text).not.toContain("设置 设置");
  });
});
