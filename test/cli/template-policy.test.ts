import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { runCli } from "../support/run-cli";

const keshi = path.join(__dirname, "..", "fixtures", "example-keshi.json");
let dir: string;
beforeAll(() => (dir = mkdtempSync(path.join(os.tmpdir(), "kehou-template-policy-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The 设置 rows of a written template: key, value, 说明. */
async function settingsOf(file: string): Promise<readonly (readonly unknown[])[]> {
  const wb = await XlsxWorkbook.fromBuffer(readFileSync(file));
  return (await wb.readSheets()).find((g) => g.name === "设置")!.values;
}

describe("kehou template --policy", () => {
  it("writes the city's template: its id in 政策, its numbers in the instructions", async () => {
    const out = path.join(dir, "示例市.xlsx");
    const r = await runCli("template", "-o", out, "--month", "2024-05", "--policy", keshi);
    expect([r.code, r.err]).toEqual([0, ""]);
    const rows = await settingsOf(out);
    expect(rows.find((row) => row[0] === "政策")?.[1]).toBe("example-keshi");
    expect(rows.find((row) => row[0] === "高中上浮")).toBeUndefined();
    expect(rows.find((row) => row[0] === "小学结束时间")?.[2]).toContain("小学80分钟");
    // Charged under the same policy, the template's own 政策 raises no warning.
    const charged = await runCli("charge", out, "--policy", keshi, "--json");
    expect(charged.out).not.toContain("POLICY_OTHER_THAN_GIVEN");
  });

  it("writes the same template for the default's id as without --policy", async () => {
    const plain = path.join(dir, "plain.xlsx");
    const named = path.join(dir, "named.xlsx");
    await runCli("template", "-o", plain, "--month", "2024-05");
    await runCli("template", "-o", named, "--month", "2024-05", "--policy", "suifenhe-2021");
    expect(await settingsOf(named)).toEqual(await settingsOf(plain));
  });

  it("refuses an invalid profile file (exit 1, nothing written) and an empty --policy (exit 2)", async () => {
    const bad = path.join(dir, "bad.json");
    writeFileSync(bad, '{"id": "x"}');
    const out = path.join(dir, "bad.xlsx");
    const r = await runCli("template", "-o", out, "--policy", bad);
    expect(r.code).toBe(1);
    expect(r.err).toContain("未通过检查");
    expect(() => readFileSync(out)).toThrow();
    expect((await runCli("template", "-o", out, "--policy", "")).code).toBe(2);
  });

  it("lists --policy in its usage", async () => {
    expect((await runCli("template", "--help")).out).toContain("--policy");
  });
});
