import { runCli } from "../support/run-cli";
import { createHash } from "crypto";
import { promises as fsp } from "fs";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { messySchool } from "../support/messy-school";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";

const dir = mkdtempSync(path.join(os.tmpdir(), "kehou-paths-"));
const real = path.join(dir, "real");
const school = path.join(real, "s.xlsx");
const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

beforeAll(async () => {
  mkdirSync(real);
  symlinkSync(real, path.join(dir, "link"));
  writeFileSync(school, await messySchool());
});
afterEach(() => jest.restoreAllMocks());

describe("kehou never writes over its input", () => {
  it("refuses -o that reaches the input through a symlinked folder, even with --force", async () => {
    const before = sha(school);
    const r = await runCli("charge", school, "-o", path.join(dir, "link", "s.xlsx"), "--force");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/输出文件不能与输入文件相同/);
    expect(sha(school)).toBe(before);
  });

  it("refuses -o that is a hard link to the input", async () => {
    const hard = path.join(dir, "hard.xlsx");
    await fsp.link(school, hard);
    const r = await runCli("validate", school, "-o", hard, "--force");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/输出文件不能与输入文件相同/);
  });
});

describe("kehou publishes exclusively", () => {
  it("does not replace a file created at -o during the run", async () => {
    const out = path.join(dir, "raced.xlsx");
    const realLink = fsp.link.bind(fsp);
    // Another program creates the output after the start-up check, before the publish.
    jest.spyOn(fsp, "link").mockImplementation(async (a, b) => {
      writeFileSync(out, "another program's");
      return realLink(a, b);
    });
    const r = await runCli("charge", school, "-o", out);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^无法写出「.*raced\.xlsx」：.*未覆盖/);
    expect(r.out).not.toMatch(/已写出/);
    expect(readFileSync(out, "utf8")).toBe("another program's");
    expect(readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });
});

describe("kehou says what went wrong with a file in one Chinese line", () => {
  it("a missing output folder: exit 1, no stack", async () => {
    const r = await runCli("charge", school, "-o", path.join(dir, "nodir", "out.xlsx"));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^无法写出「.*out\.xlsx」：文件夹不存在/);
    expect(r.err.split("\n")).toHaveLength(1);
  });

  it("an output that is a folder: exit 1", async () => {
    const folder = path.join(dir, "folder.xlsx");
    mkdirSync(folder);
    const r = await runCli("charge", school, "-o", folder, "--force");
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^无法写出「.*folder\.xlsx」：这是一个文件夹/);
  });

  it("an unreadable input says 没有读取权限, not 找不到文件", async () => {
    // Root reads any file, so the permission error is made for it.
    jest
      .spyOn(fsp, "stat")
      .mockRejectedValueOnce(Object.assign(new Error("EACCES"), { code: "EACCES" }));
    const r = await runCli("charge", school);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/没有读取权限/);
    expect(r.err).not.toMatch(/找不到/);
  });

  it("a .csv is asked to be saved as .xlsx", async () => {
    const csv = path.join(dir, "名册.csv");
    writeFileSync(csv, "学号,姓名\nS1,张三\n");
    const r = await runCli("validate", csv);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/另存为 \.xlsx/);
  });

  it("a truncated workbook is described without the zip library's English", async () => {
    const bytes = readFileSync(school);
    const cut = path.join(dir, "cut.xlsx");
    writeFileSync(cut, bytes.subarray(0, bytes.length - 200));
    const r = await runCli("charge", cut);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/已损坏/);
    expect(r.err.replace(/「[^」]*」|Excel|WPS|\.xlsx/g, "")).not.toMatch(/[A-Za-z]{4,}/);
  });
});

describe("each job keeps its own findings sheet", () => {
  it("breaches on charge's output keeps 收费问题清单 and adds 违规问题清单", async () => {
    const charged = path.join(dir, "charged.xlsx");
    const checked = path.join(dir, "checked.xlsx");
    expect((await runCli("charge", school, "-o", charged)).code).toBe(0);
    expect((await runCli("breaches", charged, "-o", checked)).code).toBe(0);
    const names = (await (await XlsxWorkbook.fromBuffer(readFileSync(checked))).readSheets()).map(
      (s) => s.name
    );
    expect(names).toEqual(expect.arrayContaining(["收费问题清单", "违规问题清单"]));
  });
});
