import { mkdtempSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { runCli } from "../support/run-cli";
import { demoWithAgreementHeader } from "../support/slip-schools";

const dir = mkdtempSync(path.join(os.tmpdir(), "kehou-headers-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function demoWith(header: string | null): Promise<string> {
  const file = path.join(dir, `${header ?? "无协议列"}.xlsx`);
  writeFileSync(file, await demoWithAgreementHeader(header));
  return file;
}

type JsonFinding = { rule: string; sheet: string; cell: string; message: string };
async function chargeOf(file: string) {
  const r = await runCli("charge", file, "--json");
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as { totals: { payable: string }; findings: JsonFinding[] };
}

describe("roster headers as schools type them (§三(六) 签订服务协议后方可参加)", () => {
  it("reads 协议签定日期 and 服务协议签署时间 as the agreement: the demo's payable stays 193.00", async () => {
    const typed = await chargeOf(await demoWith("协议签订日期"));
    expect(typed.totals.payable).toBe("193.00");
    for (const variant of ["协议签定日期", "服务协议签署时间"])
      expect((await chargeOf(await demoWith(variant))).totals.payable).toBe("193.00");
  });

  it("says at its cell, in charge, notices, breaches and validate, a header one character off", async () => {
    const file = await demoWith("协义签订日期");
    const charge = await chargeOf(file);
    const near = charge.findings.filter((f) => f.rule === "HEADER_NEAR_MISS");
    expect(near).toEqual([
      expect.objectContaining({
        sheet: "学生名册",
        cell: expect.stringMatching(/^[A-Z]+\d+$/),
        message: expect.stringContaining("「协义签订日期」是否为「协议签订日期」？"),
      }),
    ]);
    const cell = near[0].cell;
    const breaches = JSON.parse((await runCli("breaches", file, "--json")).out);
    expect(breaches.findings).toContainEqual(
      expect.objectContaining({ rule: "HEADER_NEAR_MISS", sheet: "学生名册", cell })
    );
    const validate = await runCli("validate", file);
    expect(validate.out).toContain("「协义签订日期」是否为「协议签订日期」？");
    const notices = await runCli("notices", file);
    expect(notices.out).toContain("「协义签订日期」是否为「协议签订日期」？");
  });

  it("says once in charge and breaches that a roster without an agreement column could not be checked", async () => {
    const file = await demoWith(null);
    const missing = (findings: JsonFinding[]) =>
      findings.filter((f) => f.rule === "HEADER_COLUMN_MISSING" && f.message.includes("协议"));
    expect(missing((await chargeOf(file)).findings)).toHaveLength(1);
    const breaches = JSON.parse((await runCli("breaches", file, "--json")).out);
    expect(missing(breaches.findings)).toHaveLength(1);
  });
});
