import { execFileSync, spawn, spawnSync } from "child_process";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { generateSchool, gridsToXlsx } from "../support/generate-school";
import { main } from "../../src/cli/main";
import type { Io } from "../../src/cli/io";

function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (t) => out.push(t), err: (t) => err.push(t) };
  return main(argv, io).then((code) => ({ code, out: out.join("\n"), err: err.join("\n") }));
}

describe("kehou fn", () => {
  it("prints money alone with its two decimals", async () => {
    expect(await run("fn", "SERVICEFEE", "[[120,29,45]]")).toEqual({
      code: 0,
      out: "11.00",
      err: "",
    });
    expect((await run("fn", "SERVICEFEE", "100")).out).toBe("6.67");
    expect((await run("fn", "SERVICEFEE", "120", "高中", "0.1")).out).toBe("8.80");
    expect((await run("fn", "SERVICEFEE", "120", "高中", "10%")).out).toBe("8.80");
    expect((await run("fn", "REFUND", "160", "10", "20")).out).toBe("80.00");
    expect((await run("fn", "WAIVERSHARE", "[100]", "学校")).out).toBe("50.00");
  });
  it("keeps the fen of 1e8 yuan and more (Excel's General format would drop them)", async () => {
    expect((await run("fn", "WAIVERSHARE", "246913578.02")).out).toBe("123456789.01");
  });
  it("prints #NUM! for a day of more than 1,440 minutes", async () => {
    const r = await run("fn", "SERVICEFEE", "1441");
    expect([r.code, r.out]).toEqual([1, expect.stringMatching(/^#NUM! .*1440 分钟/)]);
  });
  it("prints a Chinese reason or OK for ENDTIMECHECK", async () => {
    const pilot = await run("fn", "ENDTIMECHECK", "18:00", "小学", "FALSE", "2021-05-10");
    expect(pilot.out).toMatch(/^试行期间小学课后服务应于 17:30 结束，18:00 不符（§三\(二\)）/);
    expect((await run("fn", "ENDTIMECHECK", "18:00", "小学", "FALSE", "2023-05-10")).out).toBe(
      "OK"
    );
  });
  it("prints the Excel error code and message, and exits 1", async () => {
    expect(await run("fn", "SERVICEFEE", "120", "高中", "0.11")).toEqual({
      code: 1,
      out: "#VALUE! 上浮比例不得超过10%",
      err: "",
    });
  });
  it("passes an empty word as a blank argument", async () => {
    expect((await run("fn", "SERVICEFEE", "120", "", "")).out).toBe("8.00");
    expect((await run("fn", "REFUND", "300", "", "20")).out).toBe("300.00");
  });
  it("exits 2 with usage for an unknown function, a missing name or a bad range", async () => {
    expect((await run("fn", "NOPE")).code).toBe(2);
    expect((await run("fn")).code).toBe(2);
    const bad = await run("fn", "SERVICEFEE", "[[120,");
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/不是有效的 JSON 数组/);
    expect((await run("fn", "SERVICEFEE", '[[{"a":1}]]')).code).toBe(2);
  });
});

describe("kehou", () => {
  it("lists every command, the ones to come too, with --help", async () => {
    const help = await run("--help");
    expect(help.code).toBe(0);
    for (const name of ["fn", "demo", "template", "validate", "charge", "breaches", "consolidate"])
      expect(help.out).toContain(name);
  });
  it("exits 2 for an unknown command", async () => {
    const r = await run("frobnicate");
    expect(r.code).toBe(2);
    expect(r.err).toContain("kehou --help");
  });
  it("fn --examples prints the worked examples of SPEC §7", async () => {
    const r = await run("fn", "--examples");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/SERVICEFEE\(\{120,29,45\}\)\s+→\s+11/);
    expect(r.out).toMatch(/REFUND\(160,10,20\)\s+→\s+80/);
  });
});

describe("the installed program (bin/kehou.js over the compiled dist/node)", () => {
  const root = path.join(__dirname, "..", "..");
  beforeAll(() => {
    execFileSync("npx", ["tsc", "-p", "tsconfig.node.json"], { cwd: root, stdio: "inherit" });
  }, 120_000);
  const kehou = (...args: string[]) =>
    spawnSync("node", [path.join(root, "bin", "kehou.js"), ...args], { encoding: "utf8" });

  it("prints 11.00 for SERVICEFEE over [[120,29,45]]", () => {
    const r = kehou("fn", "SERVICEFEE", "[[120,29,45]]");
    expect([r.status, r.stdout]).toEqual([0, "11.00\n"]);
  });
  it("prints OK for 18:00 小学 on 2023-05-10, a reason on 2021-05-10", () => {
    expect(kehou("fn", "ENDTIMECHECK", "18:00", "小学", "FALSE", "2023-05-10").stdout).toBe("OK\n");
    const pilot = kehou("fn", "ENDTIMECHECK", "18:00", "小学", "FALSE", "2021-05-10");
    expect(pilot.stdout).not.toBe("OK\n");
    expect(pilot.stdout).toMatch(/[\u4e00-\u9fff]/);
  });

  it("writes all of a long --json into a pipe its reader drains late", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "kehou-pipe-"));
    try {
      const school = path.join(dir, "school.xlsx");
      writeFileSync(school, await gridsToXlsx(generateSchool(1000, 1)));
      const whole = kehou("charge", school, "--json").stdout;
      expect(whole.length).toBeGreaterThan(6 * 65536);
      // A reader that waits (| less) fills the pipe's 64 KB: the rest must not be dropped at exit.
      const child = spawn("node", [path.join(root, "bin", "kehou.js"), "charge", school, "--json"]);
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), 1000);
      const chunks: Buffer[] = [];
      child.stdout.on("data", (c: Buffer) => chunks.push(c));
      const code = await new Promise((resolve) => child.on("close", resolve));
      expect([code, Buffer.concat(chunks).toString("utf8")]).toEqual([0, whole]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe("kehou fn under --policy", () => {
  const keshi = path.join(__dirname, "..", "fixtures", "example-keshi.json");

  it("cites the profile's clause label for ENDTIMECHECK, not Suifenhe's", async () => {
    const r = await run(
      "fn",
      "ENDTIMECHECK",
      "18:00",
      "小学",
      "FALSE",
      "2024-05-10",
      "--policy",
      keshi
    );
    expect(r.out).toBe("小学课后服务结束时间原则上不晚于 17:30，18:00 超时（第三条）");
    const june = await run(
      "fn",
      "--policy",
      keshi,
      "ENDTIMECHECK",
      "18:40",
      "小学",
      "FALSE",
      "2024-06-10"
    );
    expect(june.out).toBe("小学课后服务结束时间原则上不晚于 18:30，18:40 超时（第三条）");
  });

  it("computes the examples by the policy given, and names it", async () => {
    const r = await run("fn", "--examples", "--policy", keshi);
    expect(r.code).toBe(0);
    expect(r.out.split("\n")[0]).toBe(
      "自定义函数示例（=KEHOU.函数名），按《示例市中小学课后服务管理办法（整课时示例）》（example-keshi）计算："
    );
    // 3.00 a whole 课时 of 40 minutes: 120 minutes are 3 课时, 9.00 (Suifenhe's 4 元 an hour: 8.00)
    expect(r.out).toMatch(/SERVICEFEE\(120\)\s+→\s+9\.00/);
    expect((await run("fn", "--examples")).out).toMatch(/SERVICEFEE\(120\)\s+→\s+8\.00/);
  });
});
