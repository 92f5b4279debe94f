import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { runCli } from "../support/run-cli";

let dir: string;

/** A school of May 2021 whose 设置 names the given 政策. */
async function schoolFile(name: string, school: string, policy: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet("设置");
  [
    ["学校名称", school],
    ["月份", "2021-05"],
    ["政策", policy],
  ].forEach((r) => s.addRow(r));
  const roster = wb.addWorksheet("名册");
  roster.addRow(["学号", "姓名", "班级", "年级"]);
  roster.addRow([`${school}1`, "甲", "一班", "一年级"]);
  const att = wb.addWorksheet("考勤");
  att.addRow(["学号", "姓名", "5/10", "5/11", "5/12"]);
  att.addRow([`${school}1`, "甲", "90分钟", "90分钟", "90分钟"]);
  const file = path.join(dir, name);
  writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
  return file;
}

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "kehou-unknown-policy-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a 政策 that is not built in, without --policy", () => {
  it.each(["validate", "charge", "breaches", "notice", "notices"])(
    "%s refuses: the finding at 设置!B3, no -o written, exit 1",
    async (command) => {
      const file = await schoolFile(`${command}.xlsx`, "太原小学", "taiyuan-2023");
      const out = path.join(dir, `${command}-out.xlsx`);
      const r = await runCli(command, file, "-o", out);
      expect(r.code).toBe(1);
      expect(r.err).toContain("设置!B3");
      expect(r.err).toContain("「taiyuan-2023」不是内置政策");
      expect(r.err).toContain("--policy");
      expect(existsSync(out)).toBe(false);
    }
  );

  it("says the refusal in --json too, with no figures", async () => {
    const file = await schoolFile("json.xlsx", "太原小学", "taiyuan-2023");
    const r = await runCli("charge", file, "--json");
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    expect(json.refused).toBe(true);
    expect(json.students).toBeUndefined();
    expect(json.findings).toContainEqual(
      expect.objectContaining({ rule: "POLICY_UNKNOWN", severity: "error", cell: "B3" })
    );
  });

  it("charges under --policy, the row reported", async () => {
    const file = await schoolFile("given.xlsx", "太原小学", "taiyuan-2023");
    const r = await runCli("charge", file, "--policy", "suifenhe-2021", "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).students[0]).toMatchObject({ gross: "18.00" });
  });

  it("consolidate leaves such a school out, said as an error, and sums the others", async () => {
    const folder = path.join(dir, "city");
    mkdirSync(folder);
    const prev = dir;
    dir = folder;
    await schoolFile("a.xlsx", "甲校", "suifenhe-2021");
    await schoolFile("b.xlsx", "乙校", "taiyuan-2023");
    dir = prev;
    const out = path.join(dir, "city.xlsx");
    const r = await runCli("consolidate", folder, "-o", out, "--json");
    const json = JSON.parse(r.out);
    expect(json.schools.map((s: { school: string }) => s.school)).toEqual(["甲校"]);
    expect(JSON.stringify(json)).toContain("「taiyuan-2023」，不是内置政策");
  });
});
