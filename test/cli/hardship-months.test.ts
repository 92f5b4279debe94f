import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "fs";
import os from "os";
import path from "path";
import { runCli } from "../support/run-cli";
import { hardshipMonthly } from "../support/slip-schools";

const dir = mkdtempSync(path.join(os.tmpdir(), "kehou-hardship-"));
const inbox = path.join(dir, "报送");
const school = path.join(inbox, "school.xlsx");
beforeAll(async () => {
  mkdirSync(inbox);
  writeFileSync(school, await hardshipMonthly());
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("hardship students in 按月收取 (§三(五)2, SPEC §5)", () => {
  it("waives what a paying family would pay after the refund tiers, not the whole month", async () => {
    const r = await runCli("charge", school, "--json");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    const s = (id: string) => json.students.find((x: { id: string }) => x.id === id);
    expect(s("P1")).toMatchObject({ gross: "184.00", refund: "92.00", payable: "92.00" });
    expect(s("H1")).toMatchObject({
      gross: "184.00",
      refund: "92.00",
      waived: "92.00",
      payable: "0.00",
      governmentShare: "46.00",
    });
    // A month nobody attended, refunded on application: nothing is waived, the city owes nothing.
    expect(s("H2")).toMatchObject({
      gross: "184.00",
      refund: "184.00",
      waived: "0.00",
      payable: "0.00",
      governmentShare: "0.00",
    });
    expect(json.totals).toMatchObject({ waived: "92.00", governmentShare: "46.00" });
  });

  it("gives the city's 政府补助 on the corrected waiver through consolidation", async () => {
    const r = await runCli("consolidate", inbox, "-o", path.join(dir, "city.xlsx"), "--json");
    expect(r.code).toBe(0);
    const city = JSON.parse(r.out);
    expect(city.totals).toMatchObject({
      waived: "92.00",
      governmentShare: "46.00",
      payable: "92.00",
    });
  });
});
