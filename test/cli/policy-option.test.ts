import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { runCli } from "../support/run-cli";

const keshi = path.join(__dirname, "..", "fixtures", "example-keshi.json");
let dir: string;
let school: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "kehou-policy-"));
  school = path.join(dir, "学校.xlsx");
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet("设置");
  [
    ["学校名称", "示例学校"],
    ["月份", "2021-05"],
  ].forEach((r) => s.addRow(r));
  const roster = wb.addWorksheet("名册");
  roster.addRow(["学号", "姓名", "班级", "年级"]);
  roster.addRow(["P1", "甲", "一班", "一年级"]);
  const att = wb.addWorksheet("考勤");
  att.addRow(["学号", "姓名", "5/10", "5/11", "5/12"]);
  att.addRow(["P1", "甲", "100分钟", "79分钟", "40分钟"]);
  writeFileSync(school, Buffer.from(await wb.xlsx.writeBuffer()));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("kehou … --policy FILE.json", () => {
  it("charges by whole 课时 as the profile says (2 + 1 + 1 课时 × 3.00)", async () => {
    const r = await runCli("charge", school, "--policy", keshi, "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).students[0]).toMatchObject({ gross: "12.00" });
  });

  it("charges by Suifenhe's minute without it (219 minutes × 4 ÷ 60)", async () => {
    const r = await runCli("charge", school, "--json");
    expect(JSON.parse(r.out).students[0]).toMatchObject({ gross: "14.60" });
  });

  it("takes a built-in profile's id", async () => {
    const r = await runCli("charge", school, "--policy", "suifenhe-2021", "--json");
    expect(JSON.parse(r.out).students[0]).toMatchObject({ gross: "14.60" });
  });

  it("names the policy applied in charge and breaches --json: id, title, and the file", async () => {
    const title = "示例市中小学课后服务管理办法（整课时示例）";
    for (const command of ["charge", "breaches"]) {
      const fromFile = JSON.parse((await runCli(command, school, "--policy", keshi, "--json")).out);
      expect(fromFile.policy).toEqual({ id: "example-keshi", title, file: keshi });
      const builtIn = JSON.parse(
        (await runCli(command, school, "--policy", "suifenhe-2021", "--json")).out
      );
      expect(builtIn.policy).toEqual({
        id: "suifenhe-2021",
        title: expect.stringContaining("绥芬河"),
      });
      // Without --policy: the workbook's (here the default, its 设置 names none).
      const named = JSON.parse((await runCli(command, school, "--json")).out);
      expect(named.policy).toEqual(builtIn.policy);
    }
  });

  it("refuses an invalid profile file with its fields, charging nothing (exit 1)", async () => {
    const bad = path.join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ id: "x", rates: { primary: 4.5 } }));
    const r = await runCli("charge", school, "--policy", bad, "--json");
    expect(r.code).toBe(1);
    expect(r.err).toContain("未通过检查");
    expect(r.err).toContain("rates.primary");
    // --json says the refusal on standard output too, as for a 政策 Kehou does not know.
    const json = JSON.parse(r.out);
    expect(json).toMatchObject({ refused: true, policy: null });
    expect(json.findings.map((f: { message: string }) => f.message).join("\n")).toContain(
      "rates.primary"
    );
  });

  it.each(["charge", "validate"])(
    'takes an empty --policy in %s as a usage mistake (exit 2), as -o "" is',
    async (command) => {
      const r = await runCli(command, school, "--policy", "");
      expect([r.code, r.err]).toEqual([2, expect.stringContaining("--policy 后面需要")]);
    }
  );

  it('takes consolidate --policy "" as a usage mistake (exit 2)', async () => {
    const out = path.join(dir, "empty-policy.xlsx");
    const r = await runCli("consolidate", school, "-o", out, "--policy", " ");
    expect([r.code, r.err]).toEqual([2, expect.stringContaining("--policy 后面需要")]);
  });

  it('takes fn --policy "" as a usage mistake (exit 2)', async () => {
    const r = await runCli("fn", "--policy", "", "SERVICEFEE", "120");
    expect([r.code, r.err]).toEqual([2, expect.stringContaining("--policy 后面需要")]);
  });

  it("says a workbook given as --policy is a workbook, in Chinese (exit 1)", async () => {
    const r = await runCli("charge", school, "--policy", school);
    expect([r.code, r.err]).toEqual([1, expect.stringContaining("是一个工作簿，不是政策文件")]);
  });

  it("says a missing file in Chinese (exit 1)", async () => {
    const r = await runCli("charge", school, "--policy", path.join(dir, "none.json"));
    expect([r.code, r.err]).toEqual([1, expect.stringContaining("找不到政策文件")]);
  });

  it("applies one profile to the whole city in consolidation", async () => {
    const out = path.join(dir, "city.xlsx");
    const r = await runCli("consolidate", school, "-o", out, "--policy", keshi, "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).schools[0]).toMatchObject({ school: "示例学校", gross: "12.00" });
  });
});

describe("kehou consolidate --policy: one policy for the city", () => {
  it("reports a school whose 政策 names another profile", async () => {
    const other = path.join(dir, "其他学校.xlsx");
    const wb = new ExcelJS.Workbook();
    const s = wb.addWorksheet("设置");
    [
      ["学校名称", "另一学校"],
      ["月份", "2021-05"],
      ["政策", "suifenhe-2021"],
    ].forEach((r) => s.addRow(r));
    const roster = wb.addWorksheet("名册");
    roster.addRow(["学号", "姓名", "班级", "年级"]);
    roster.addRow(["Q1", "乙", "一班", "一年级"]);
    const att = wb.addWorksheet("考勤");
    att.addRow(["学号", "姓名", "5/10", "5/11", "5/12"]);
    att.addRow(["Q1", "乙", "80分钟", "", ""]);
    writeFileSync(other, Buffer.from(await wb.xlsx.writeBuffer()));
    const out = path.join(dir, "city2.xlsx");
    const r = await runCli("consolidate", other, "-o", out, "--policy", keshi, "--json");
    const json = JSON.parse(r.out);
    // 80 minutes: 2 课时 of 40 at 3.00, by the city's profile, not the school's
    expect(json.schools[0]).toMatchObject({ school: "另一学校", gross: "6.00" });
    expect(json.findings).toContainEqual(
      expect.objectContaining({ rule: "POLICY_OTHER_THAN_GIVEN", school: "另一学校" })
    );
  });
});

describe("kehou consolidate --policy: the policy file is neither a school nor the output", () => {
  it("reads a profile kept in the schools' folder as the policy, not as a school", async () => {
    const inbox = path.join(dir, "报送");
    mkdirSync(inbox);
    copyFileSync(school, path.join(inbox, "学校.xlsx"));
    const policy = path.join(inbox, "全市政策.json");
    copyFileSync(keshi, policy);
    const out = path.join(dir, "city-inbox.xlsx");
    const r = await runCli("consolidate", inbox, "-o", out, "--policy", policy, "--json");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.schools.map((s: { school: string }) => s.school)).toEqual(["示例学校"]);
    expect(json.schools[0]).toMatchObject({ gross: "12.00" });
    expect(JSON.stringify(json.errors)).not.toContain("全市政策.json");
  });

  it.each([["consolidate"], ["charge"]])(
    "%s refuses -o naming the --policy file as a usage error (exit 2), leaving it unchanged",
    async (command) => {
      const policy = path.join(dir, `${command}-policy.xlsx`);
      copyFileSync(keshi, policy);
      const before = readFileSync(policy);
      const r = await runCli(command, school, "-o", policy, "--policy", policy, "--force");
      expect(r.code).toBe(2);
      expect(r.err).toContain("就是 --policy 政策文件");
      expect(readFileSync(policy)).toEqual(before);
    }
  );
});

describe("kehou fn --policy", () => {
  it("computes by the profile file where the function's policy argument is left out", async () => {
    // 100 minutes: 2 whole 课时 of 40 minutes at 3.00
    const r = await runCli("fn", "--policy", keshi, "SERVICEFEE", "[[100]]");
    expect([r.code, r.out.trim()]).toEqual([0, "6.00"]);
    const s = await runCli("fn", "SERVICEFEE", "[[100]]");
    expect(s.out.trim()).toBe("6.67");
  });

  it("takes --policy=ID after the arguments, and a policy argument typed still wins", async () => {
    const r = await runCli(
      "fn",
      "SERVICEFEE",
      "[[100]]",
      "",
      "",
      "suifenhe-2021",
      `--policy=${keshi}`
    );
    expect(r.out.trim()).toBe("6.67");
  });

  it("refuses a policy file that cannot be found, in Chinese (exit 1)", async () => {
    const r = await runCli("fn", "--policy", path.join(dir, "none.json"), "SERVICEFEE", "120");
    expect([r.code, r.err]).toEqual([1, expect.stringContaining("找不到政策文件")]);
  });
});
