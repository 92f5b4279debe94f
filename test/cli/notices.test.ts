import { execFileSync } from "child_process";
import { createHash } from "crypto";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { chargeJob } from "../../src/jobs/charge/job";
import { sampleSchoolSheets } from "../../src/jobs/sample-school";
import { fenText } from "../../src/policy/fen";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { hasLibreOffice } from "../support/libreoffice";
import { describeWhen } from "../support/needs";
import { runCli } from "../support/run-cli";

const dir = mkdtempSync(path.join(os.tmpdir(), "kehou-notices-"));
const school = path.join(dir, "示例学校.xlsx");
const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

beforeAll(async () => {
  const wb = XlsxWorkbook.empty();
  await wb.writeSheets(sampleSchoolSheets());
  writeFileSync(school, await wb.toBuffer());
});

describe("kehou notice and kehou notices", () => {
  it("write the notice, the letter and the notices into a copy and leave the input byte-identical", async () => {
    const before = sha(school);
    const out = path.join(dir, "公示.xlsx");
    const r = await runCli("notice", school, "-o", out, "--letter");
    expect(r.code).toBe(0);
    expect(r.out).toContain("收费公示、致家长的一封信");
    const out2 = path.join(dir, "通知单.xlsx");
    const n = await runCli("notices", school, "--month", "2021-05", "-o", out2, "--json");
    expect(n.code).toBe(0);
    const json = JSON.parse(n.out.split("\n已写出")[0]);
    const charge = await chargeJob(await XlsxWorkbook.fromBuffer(readFileSync(school)), {
      write: false,
    });
    expect(json.payable).toBe(fenText(charge.totals.payable));
    expect(json.notices).toHaveLength(charge.lines.length);
    const names = (await (await XlsxWorkbook.fromBuffer(readFileSync(out2))).readSheets()).map(
      (g) => g.name
    );
    expect(names).toEqual(expect.arrayContaining(["缴费通知单 2021-05", "缴费通知问题清单"]));
    expect(sha(school)).toBe(before);
  });

  it("says plainly how to get LibreOffice when --pdf has no soffice, and writes nothing", async () => {
    process.env.KEHOU_SOFFICE = path.join(dir, "no-soffice-here");
    try {
      const out = path.join(dir, "无PDF.xlsx");
      const r = await runCli("notices", school, "--pdf", "-o", out);
      expect(r.code).toBe(2);
      expect(r.err).toContain("未找到 LibreOffice");
      expect(r.err).toContain("apt-get install libreoffice-calc-nogui");
      expect(existsSync(out)).toBe(false);
    } finally {
      delete process.env.KEHOU_SOFFICE;
    }
  });
});

describeWhen(hasLibreOffice, "LibreOffice (soffice)", "kehou notices --pdf", () => {
  jest.setTimeout(180_000);
  it("prints each student's name once, three notices a page, totals adding up to the charge sheet's", async () => {
    const out = path.join(dir, "通知单PDF.xlsx");
    const r = await runCli("notices", school, "-o", out, "--pdf");
    expect(r.code).toBe(0);
    const pdf = out.replace(/\.xlsx$/, ".pdf");
    expect(existsSync(pdf)).toBe(true);
    const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
    const pages = text.split("\f").filter((p) => p.trim() !== "");
    const charge = await chargeJob(await XlsxWorkbook.fromBuffer(readFileSync(school)), {
      write: false,
    });
    for (const line of charge.lines) {
      const count = text.split(line.name).length - 1;
      expect([line.name, count]).toEqual([line.name, 1]);
    }
    expect(pages).toHaveLength(Math.ceil(charge.lines.length / 3));
    pages.forEach((page, i) =>
      expect(page.split("学生姓名").length - 1).toBe(Math.min(3, charge.lines.length - 3 * i))
    );
    const amounts = [...text.matchAll(/应缴金额\s+¥([\d,]+\.\d\d)/g)].map((m) =>
      Math.round(Number(m[1].replace(/,/g, "")) * 100)
    );
    expect(amounts).toHaveLength(charge.lines.length);
    expect(amounts.reduce((a, b) => a + b, 0)).toBe(charge.totals.payable);
  });

  it("prints the public notice on one page and the letter with its 回执 on the next", async () => {
    const out = path.join(dir, "公示PDF.xlsx");
    const r = await runCli("notice", school, "-o", out, "--pdf", "--letter");
    expect(r.code).toBe(0);
    const text = execFileSync("pdftotext", ["-layout", out.replace(/\.xlsx$/, ".pdf"), "-"], {
      encoding: "utf8",
    });
    const pages = text.split("\f").filter((p) => p.trim() !== "");
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain("课后服务收费公示");
    expect(pages[0]).toContain("§三(五)3(2)");
    expect(pages[1]).toContain("课后服务回执");
  });
});
