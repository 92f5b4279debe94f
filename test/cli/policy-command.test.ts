import { mkdtempSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { BUILT_IN_PROFILES } from "../../src/policy/profiles";
import { readProfileFile } from "../../src/sheets/profile-file";
import { runCli } from "../support/run-cli";

let dir: string;
let school: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "kehou-policy-command-"));
  school = path.join(dir, "学校.xlsx");
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet("设置");
  [
    ["学校名称", "示例学校"],
    ["月份", "2021-05"],
  ].forEach((r) => s.addRow(r));
  const roster = wb.addWorksheet("名册");
  roster.addRow(["学号", "姓名", "班级", "年级", "困难家庭"]);
  roster.addRow(["P1", "甲", "一班", "一年级", ""]);
  roster.addRow(["H1", "乙", "一班", "二年级", "是"]);
  const att = wb.addWorksheet("考勤");
  att.addRow(["学号", "姓名", "5/10", "5/11", "5/12"]);
  att.addRow(["P1", "甲", "100分钟", "29分钟", "√"]);
  att.addRow(["H1", "乙", "√", "√", "45分钟"]);
  writeFileSync(school, Buffer.from(await wb.xlsx.writeBuffer()));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("kehou policy ID", () => {
  it("prints the built-in profile as JSON that --policy reads back as the same profile", async () => {
    const r = await runCli("policy", "suifenhe-2021");
    expect([r.code, r.err]).toEqual([0, ""]);
    const read = readProfileFile(r.out, "本市.json");
    expect(read).toEqual({ ok: true, profile: BUILT_IN_PROFILES["suifenhe-2021"] });
  });

  it("gives the same charge read back from its file as the built-in profile", async () => {
    const file = path.join(dir, "本市.json");
    writeFileSync(file, (await runCli("policy", "suifenhe-2021")).out);
    const fromFile = await runCli("charge", school, "--policy", file, "--json");
    const builtIn = await runCli("charge", school, "--json");
    expect(fromFile.code).toBe(0);
    expect(JSON.parse(fromFile.out).students).toEqual(JSON.parse(builtIn.out).students);
    expect(JSON.parse(builtIn.out).students.length).toBe(2);
  });

  it("lists the built-in profiles without an id, with how to print one", async () => {
    const r = await runCli("policy");
    expect(r.code).toBe(0);
    expect(r.out).toContain("suifenhe-2021");
    expect(r.out).toContain("kehou policy suifenhe-2021 > 本市.json");
  });

  it("suggests the id meant for a typo, and exits 2 with the usage", async () => {
    const r = await runCli("policy", "suifenhe-2012");
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toContain("「suifenhe-2012」不是内置政策，是否要输入 suifenhe-2021？");
    expect(r.err).toContain("用法：kehou policy [ID]");
    expect((await runCli("policy", "taiyuan")).err).toMatch(/^「taiyuan」不是内置政策：可用的有/);
    expect((await runCli("policy", "suifenhe")).err).toContain("是否要输入 suifenhe-2021？");
  });

  it("is listed in kehou --help and has its own --help", async () => {
    expect((await runCli("--help")).out).toContain("kehou policy [ID]");
    const help = await runCli("policy", "--help");
    expect([help.code, help.out]).toEqual([
      0,
      expect.stringContaining("把内置政策原样输出为 JSON"),
    ]);
    expect((await runCli("polciy")).err).toContain("policy");
  });
});
