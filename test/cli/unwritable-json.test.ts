import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { unwritableOf } from "../support/dialects";
import { messySchool } from "../support/messy-school";
import { runCli } from "../support/run-cli";

describe("--json on a run refused because Kehou cannot write the copy", () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(path.join(os.tmpdir(), "kehou-unwritable-json-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ["charge", "-o", "out-charge.xlsx"],
    ["breaches", "--highlight", "-o", "out-breaches.xlsx"],
    ["validate", "-o", "out-validate.xlsx"],
    ["notice", "-o", "out-notice.xlsx"],
  ])(
    "%s prints the refused run's JSON, as other refusals do (exit 1)",
    async (command, ...rest) => {
      const input = path.join(dir, "u.xlsx");
      writeFileSync(input, unwritableOf(await messySchool()));
      const args = rest.map((a) => (a.endsWith(".xlsx") ? path.join(dir, a) : a));
      const r = await runCli(command, input, ...args, "--json");
      expect(r.code).toBe(1);
      const json = JSON.parse(r.out);
      expect(json).toMatchObject({ refused: true, policy: null });
      expect(json.findings).toEqual([
        expect.objectContaining({
          rule: "WORKBOOK_UNWRITABLE",
          severity: "error",
          message: r.err.trim(),
        }),
      ]);
      expect(r.err).toContain("没有写出任何文件");
      expect(readdirSync(dir).filter((f) => f.includes("out-"))).toEqual([]);
    }
  );
});

describe("--json on a run refused because Kehou cannot read the workbook", () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(path.join(os.tmpdir(), "kehou-unreadable-json-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(["charge", "breaches", "validate", "notice", "notices"])(
    "%s prints the refused run's JSON with the sentence said on standard error (exit 1)",
    async (command) => {
      const input = path.join(dir, "名册.xlsx");
      writeFileSync(input, "学号,姓名\nS1,张三\n");
      const r = await runCli(command, input, "--json");
      expect(r.code).toBe(1);
      expect(r.err).toContain("「名册.xlsx」是 CSV 文本");
      const json = JSON.parse(r.out);
      expect(json).toMatchObject({ refused: true, policy: null });
      expect(json.findings).toEqual([
        expect.objectContaining({ rule: "WORKBOOK_UNREADABLE", message: r.err.trim() }),
      ]);
    }
  );
});
