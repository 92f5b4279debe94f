import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "fs";
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

describe("--json on a run whose copy the file system would not take", () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(path.join(os.tmpdir(), "kehou-not-written-json-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([["charge"], ["breaches", "--highlight"], ["validate"], ["notice"], ["notices"]])(
    "%s prints the refused run's JSON naming the path (exit 1)",
    async (command, ...rest) => {
      const input = path.join(dir, "学校.xlsx");
      writeFileSync(input, await messySchool());
      const out = path.join(dir, "没有的文件夹", "副本.xlsx");
      const r = await runCli(command, input, ...rest, "-o", out, "--json");
      expect(r.code).toBe(1);
      const json = JSON.parse(r.out);
      expect(json).toMatchObject({ refused: true, policy: null });
      expect(json.findings).toEqual([
        expect.objectContaining({ rule: "OUTPUT_UNWRITABLE", message: r.err.trim() }),
      ]);
      expect(r.err).toContain("没有的文件夹");
    }
  );

  it.each([
    // A folder that is there but takes no new file, even from root (sysfs).
    ["a folder that takes no file", () => path.join("/sys", `kehou-${process.pid}-全市.xlsx`)],
    [
      "a missing folder, before anything is read",
      () => path.join(dir, "没有的文件夹", "全市.xlsx"),
    ],
  ])("consolidate prints it too: %s", async (_, target) => {
    const folder = path.join(dir, "报送");
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, "学校.xlsx"), await messySchool());
    const r = await runCli("consolidate", folder, "-o", target(), "--json");
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).findings).toEqual([
      expect.objectContaining({ rule: "OUTPUT_UNWRITABLE", message: r.err.trim() }),
    ]);
  });

  it.each([["charge"], ["consolidate"]])(
    "%s with a --policy that is neither a file nor a built-in id prints it too",
    async (command) => {
      const input = path.join(dir, "学校.xlsx");
      writeFileSync(input, await messySchool());
      const out = path.join(dir, `${command}-副本.xlsx`);
      const r = await runCli(command, input, "--policy", "nosuch-2099", "-o", out, "--json");
      expect(r.code).toBe(1);
      const json = JSON.parse(r.out);
      expect(json).toMatchObject({ refused: true, policy: null });
      expect(json.findings).toEqual([
        expect.objectContaining({
          rule: "PROFILE_UNREADABLE",
          message: "政策文件「nosuch-2099」无法读取：没有这个文件，也没有这个编号的内置政策",
        }),
      ]);
      expect(r.err).toContain("nosuch-2099");
    }
  );
});
