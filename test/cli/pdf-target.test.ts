import { createHash } from "crypto";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "fs";
import os from "os";
import path from "path";
import { hasLibreOffice } from "../support/libreoffice";
import { messySchool } from "../support/messy-school";
import { describeWhen } from "../support/needs";
import { runCli } from "../support/run-cli";

const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

describeWhen(hasLibreOffice, "LibreOffice (soffice)", "where --pdf would write", () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(path.join(os.tmpdir(), "kehou-pdf-target-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(["notice", "notices"])(
    "%s never prints over the input, even with --force (a workbook called 学校.pdf)",
    async (command) => {
      const input = path.join(dir, "学校.pdf");
      writeFileSync(input, await messySchool());
      const before = sha(input);
      const out = path.join(dir, "学校.xlsx");
      const r = await runCli(command, input, "-o", out, "--pdf", "--force");
      expect(r.code).toBe(2);
      expect(r.err).toContain("那是输入的工作簿");
      expect(sha(input)).toBe(before);
      expect(existsSync(out)).toBe(false);
    }
  );

  it("prints a macro workbook's copy to OUT.pdf beside OUT.xlsm, never over the copy", async () => {
    const input = path.join(dir, "学校.xlsm");
    writeFileSync(input, await messySchool());
    const out = path.join(dir, "公示.xlsm");
    const r = await runCli("notice", input, "-o", out, "--pdf");
    expect(r.code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
    expect(readFileSync(path.join(dir, "公示.pdf")).subarray(0, 5).toString()).toBe("%PDF-");
  });

  it.each(["notice", "notices"])(
    "%s --json says a PDF the file system would not take among its findings, in Chinese, leaving nothing",
    async (command) => {
      const input = path.join(dir, `拒收-${command}.xlsx`);
      writeFileSync(input, await messySchool());
      const out = path.join(dir, `拒收-${command}-副本.xlsx`);
      mkdirSync(path.join(dir, `拒收-${command}-副本.pdf`));
      const r = await runCli(command, input, "-o", out, "--pdf", "--force", "--json");
      expect(r.code).toBe(1);
      const json = JSON.parse(r.out);
      expect(json.pdf).toBeUndefined();
      expect(json.findings).toContainEqual(
        expect.objectContaining({ rule: "OUTPUT_UNWRITABLE", message: r.err.trim() })
      );
      expect(r.err).not.toMatch(/EISDIR|illegal/);
      expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    }
  );

  it.each(["notice", "notices"])(
    "%s --json prints JSON alone, with the PDF's path",
    async (command) => {
      const input = path.join(dir, `纯-${command}.xlsx`);
      writeFileSync(input, await messySchool());
      const out = path.join(dir, `纯-${command}-副本.xlsx`);
      const r = await runCli(command, input, "-o", out, "--pdf", "--json");
      expect(r.code).toBe(0);
      expect(JSON.parse(r.out).pdf).toBe(path.join(dir, `纯-${command}-副本.pdf`));
    }
  );
});
