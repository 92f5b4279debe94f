import { copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { decodeList } from "../../src/cli/list-text";
import { generateSchool, gridsToXlsx } from "../support/generate-school";
import { runCli } from "../support/run-cli";

const dir = mkdtempSync(path.join(os.tmpdir(), "kehou-city-words-"));
const inbox = path.join(dir, "报送");

beforeAll(async () => {
  mkdirSync(inbox);
  mkdirSync(path.join(dir, "空"));
  writeFileSync(path.join(inbox, "一小.xlsx"), await gridsToXlsx(generateSchool(6, 1, "一小")));
  writeFileSync(path.join(inbox, "二小.xlsx"), await gridsToXlsx(generateSchool(6, 2, "二小")));
}, 60_000);

const GBK_LIST = Buffer.from([
  0xd2, 0xbb, 0xd0, 0xa1, 0x0d, 0x0a, 0xb6, 0xfe, 0xd0, 0xa1, 0x0d, 0x0a,
]);

describe("messages a bureau can act on", () => {
  it("says which month each file holds when --month asks for another", async () => {
    const r = await runCli(
      "consolidate",
      inbox,
      "-o",
      path.join(dir, "june.xlsx"),
      "--month",
      "2023-06",
      "--json"
    );
    const json = JSON.parse(r.out);
    expect(json.errors.map((e: { message: string }) => e.message).join()).not.toMatch(
      /不是学校工作簿/
    );
    const months = json.findings.filter((f: { rule: string }) => f.rule === "CITY_MONTH_DIFFERS");
    expect(months).toHaveLength(2);
    for (const f of months) expect(f.message).toMatch(/是 2023-05 的数据，汇总月份为 2023-06/);
  }, 60_000);

  it.each([
    ["ANSI (GBK)", GBK_LIST],
    [
      "UTF-8 with BOM",
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("一小\n二小\n")]),
    ],
    ["UTF-8", Buffer.from("一小\r\n二小\r\n")],
    [
      "UTF-16 with BOM",
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("一小\r\n二小\r\n", "utf16le")]),
    ],
  ])(
    "reads an --expect list saved as %s",
    async (what, bytes) => {
      const list = path.join(dir, `${what}.txt`);
      writeFileSync(list, bytes);
      const r = await runCli(
        "consolidate",
        inbox,
        "-o",
        path.join(dir, `${what}.xlsx`),
        "--expect",
        list,
        "--json"
      );
      const missing = JSON.parse(r.out).findings.filter(
        (f: { rule: string }) => f.rule === "CITY_NOT_SUBMITTED"
      );
      expect(missing).toEqual([]);
    },
    60_000
  );

  it("refuses an --expect list that is a workbook instead of reading its bytes as names (exit 2)", async () => {
    const list = path.join(dir, "学校名单.xlsx");
    copyFileSync(path.join(inbox, "一小.xlsx"), list);
    const out = path.join(dir, "expect-workbook.xlsx");
    const r = await runCli("consolidate", inbox, "-o", out, "--expect", list, "--json");
    expect(r.code).toBe(2);
    expect(r.err).toContain("「另存为」文本文件");
    expect(existsSync(out)).toBe(false);
  });

  it("refuses an --expect list that names no school (exit 2), rather than calling every school unlisted", async () => {
    const list = path.join(dir, "空名单.txt");
    writeFileSync(list, "\r\n# 学校名单\r\n");
    const out = path.join(dir, "expect-empty.xlsx");
    const r = await runCli("consolidate", inbox, "-o", out, "--expect", list);
    expect(r.code).toBe(2);
    expect(r.err).toContain("中没有学校");
    expect(existsSync(out)).toBe(false);
  });

  it("decodes GBK that also reads as UTF-8 by its Chinese", () => {
    expect(decodeList(GBK_LIST).split(/\r\n/).filter(Boolean)).toEqual(["一小", "二小"]);
  });

  it("lists an unreadable file under --json beside the schools, refused and why, as the summary does", async () => {
    const batch = path.join(dir, "有坏文件");
    mkdirSync(batch);
    copyFileSync(path.join(inbox, "一小.xlsx"), path.join(batch, "一小.xlsx"));
    writeFileSync(path.join(batch, "坏.xlsx"), Buffer.from("PK\x03\x04 断了"));
    const out = path.join(dir, "with-bad.xlsx");
    const text = await runCli("consolidate", batch, "-o", out);
    const json = JSON.parse(
      (await runCli("consolidate", batch, "-o", out, "--force", "--json")).out
    );
    const bad = path.join(batch, "坏.xlsx");
    expect(json.files).toEqual([
      { file: path.join(batch, "一小.xlsx"), school: "一小", refused: false },
      { file: bad, school: null, refused: true, reason: expect.stringContaining("已损坏") },
    ]);
    expect(text.out).toContain(`未汇总 ${bad}：${json.files[1].reason}`);
  });

  it("says an empty folder holds no workbook, writes nothing and exits 1", async () => {
    const r = await runCli("consolidate", path.join(dir, "空"), "-o", path.join(dir, "empty.xlsx"));
    expect(r.code).toBe(1);
    expect(r.out).not.toContain("全市 ：");
    expect(r.err).toMatch(/没有找到任何工作簿/);
  });
});
