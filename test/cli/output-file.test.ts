import { promises as fsp } from "fs";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "fs";
import os from "os";
import path from "path";
import { publish, removeStaleTemps, sameFile } from "../../src/cli/output-file";
import { writeErrorMessage } from "../../src/cli/file-errors";

const dir = mkdtempSync(path.join(os.tmpdir(), "kehou-publish-"));
const bytes = new TextEncoder().encode("PK fake workbook");

afterEach(() => jest.restoreAllMocks());

describe("sameFile", () => {
  it("sees one file through a symlinked folder", async () => {
    mkdirSync(path.join(dir, "real"));
    symlinkSync(path.join(dir, "real"), path.join(dir, "link"));
    writeFileSync(path.join(dir, "real", "s.xlsx"), "x");
    expect(await sameFile(path.join(dir, "real/s.xlsx"), path.join(dir, "link/s.xlsx"))).toBe(true);
    expect(await sameFile(path.join(dir, "real/s.xlsx"), path.join(dir, "link/t.xlsx"))).toBe(
      false
    );
  });

  it("sees a hard link as the same file", async () => {
    const a = path.join(dir, "a.xlsx");
    writeFileSync(a, "x");
    await fsp.link(a, path.join(dir, "hard.xlsx"));
    expect(await sameFile(a, path.join(dir, "hard.xlsx"))).toBe(true);
  });
});

describe("publish", () => {
  it("writes the bytes and leaves no temporary file", async () => {
    const target = path.join(dir, "out1.xlsx");
    expect(await publish(bytes, target, { force: false })).toBeUndefined();
    expect(readFileSync(target)).toEqual(Buffer.from(bytes));
    expect(readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });

  it("does not replace a file that appeared during the run without force", async () => {
    const target = path.join(dir, "out2.xlsx");
    writeFileSync(target, "someone else's");
    const failed = await publish(bytes, target, { force: false });
    expect(failed?.message).toMatch(/^无法写出「.*out2\.xlsx」：.*--force/);
    expect(readFileSync(target, "utf8")).toBe("someone else's");
    expect(readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });

  it("replaces it with force", async () => {
    const target = path.join(dir, "out3.xlsx");
    writeFileSync(target, "old");
    expect(await publish(bytes, target, { force: true })).toBeUndefined();
    expect(readFileSync(target)).toEqual(Buffer.from(bytes));
  });

  it("of two runs to one target without force, exactly one writes", async () => {
    const target = path.join(dir, "out4.xlsx");
    const results = await Promise.all([
      publish(bytes, target, { force: false }),
      publish(new TextEncoder().encode("second"), target, { force: false }),
    ]);
    expect(results.filter((r) => r === undefined)).toHaveLength(1);
  });

  it("flushes the temporary file to disk before it is linked", async () => {
    const order: string[] = [];
    const realOpen = fsp.open.bind(fsp);
    jest.spyOn(fsp, "open").mockImplementation(async (...args: Parameters<typeof fsp.open>) => {
      const handle = await realOpen(...args);
      const sync = handle.sync.bind(handle);
      handle.sync = async () => (order.push("sync"), sync());
      return handle;
    });
    const realLink = fsp.link.bind(fsp);
    jest
      .spyOn(fsp, "link")
      .mockImplementation(async (a, b) => (order.push("link"), realLink(a, b)));
    await publish(bytes, path.join(dir, "out5.xlsx"), { force: false });
    expect(order.slice(0, 2)).toEqual(["sync", "link"]);
  });

  it.each([
    ["ENOENT", /文件夹不存在/],
    ["EISDIR", /文件夹/],
    ["EACCES", /没有写入权限/],
    ["EROFS", /磁盘只读/],
    ["ENOSPC", /磁盘空间不足/],
  ])("says %s in one Chinese line and removes the temporary file", async (code, text) => {
    jest.spyOn(fsp, "link").mockRejectedValue(Object.assign(new Error(code), { code }));
    const failed = await publish(bytes, path.join(dir, "out6.xlsx"), { force: false });
    expect(failed?.message).toMatch(text);
    expect(failed?.message.replace(/「.*」/, "")).not.toMatch(/\n|(?<![.-])[A-Za-z]{5,}/);
    expect(readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });

  it("publishes exclusively where the file system has no hard links (FAT, exFAT)", async () => {
    jest.spyOn(fsp, "link").mockRejectedValue(Object.assign(new Error("EPERM"), { code: "EPERM" }));
    const target = path.join(dir, "fat.xlsx");
    expect(await publish(bytes, target, { force: false })).toBeUndefined();
    expect(readFileSync(target)).toEqual(Buffer.from(bytes));
    const again = await publish(bytes, target, { force: false });
    expect(again?.message).toMatch(/未覆盖/);
  });

  it("names a missing folder for real", async () => {
    const failed = await publish(bytes, path.join(dir, "nodir", "out.xlsx"), { force: false });
    expect(failed?.message).toBe(
      writeErrorMessage({ code: "ENOENT" }, path.join(dir, "nodir", "out.xlsx"), false)
    );
  });
});

describe("removeStaleTemps", () => {
  it("removes a killed run's temporary file older than this run, and nothing else", async () => {
    const target = path.join(dir, "stale.xlsx");
    const stale = path.join(dir, ".stale.xlsx.kehou-999999999-1.tmp");
    const mine = path.join(dir, "stale-user-file.tmp");
    writeFileSync(stale, "half");
    writeFileSync(mine, "user's");
    const old = new Date(Date.now() - 3_600_000 * 24);
    utimesSync(stale, old, old);
    utimesSync(mine, old, old);
    await removeStaleTemps(target);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(mine)).toBe(true);
  });

  it("keeps a temporary file newer than this run (another run's, in progress)", async () => {
    const target = path.join(dir, "fresh.xlsx");
    const fresh = path.join(dir, ".fresh.xlsx.kehou-999999999-1.tmp");
    writeFileSync(fresh, "in progress");
    const soon = new Date(Date.now() + 60_000);
    utimesSync(fresh, soon, soon);
    await removeStaleTemps(target);
    expect(existsSync(fresh)).toBe(true);
  });
});
