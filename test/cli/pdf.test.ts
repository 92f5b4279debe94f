import { spawn } from "child_process";
import {
  chmodSync,
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
import { sampleSchoolSheets } from "../../src/jobs/sample-school";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { runCli } from "../support/run-cli";

const dir = mkdtempSync(path.join(os.tmpdir(), "kehou-pdftest-"));
const school = path.join(dir, "示例学校.xlsx");
/**
 * A LibreOffice that answers --version and then hangs on every conversion, having made its
 * lock folder in its temporary directory as LibreOffice does (lu….tmp) and said which it is.
 */
const hanging = path.join(dir, "soffice-hangs");
const started = path.join(dir, "started");

beforeAll(async () => {
  const wb = XlsxWorkbook.empty();
  await wb.writeSheets(sampleSchoolSheets());
  writeFileSync(school, await wb.toBuffer());
  writeFileSync(
    hanging,
    `#!/bin/sh\nif [ "$1" = "--version" ]; then exit 0; fi\nmkdir -p "$TMPDIR/lu$$.tmp"\necho "$TMPDIR" > "${started}"\nexec sleep 600\n`
  );
  chmodSync(hanging, 0o755);
});

/** A temp directory of the test's own, so only Kehou's folders can be in it. */
function privateTmp(name: string): string {
  const tmp = path.join(dir, name);
  mkdirSync(tmp);
  return tmp;
}

describe("kehou notice --pdf with a LibreOffice that never finishes", () => {
  it("stops it after the timeout with a Chinese message, exits 1 and leaves no temporary folder", async () => {
    const tmp = privateTmp("timeout");
    const saved = { ...process.env };
    Object.assign(process.env, { KEHOU_SOFFICE: hanging, KEHOU_PDF_TIMEOUT: "1", TMPDIR: tmp });
    try {
      const r = await runCli("notice", school, "-o", path.join(dir, "公示.xlsx"), "--pdf");
      expect(r.code).toBe(1);
      expect(r.err).toContain("LibreOffice 在 1 秒内没有完成 PDF 转换，已停止");
      expect(existsSync(path.join(dir, "公示.pdf"))).toBe(false);
      expect(readdirSync(tmp)).toEqual([]);
      // LibreOffice's own lock folder and pipe went in the run's folder, removed with it.
      expect(readFileSync(started, "utf8")).toMatch(/kehou-pdf-/);
    } finally {
      process.env = saved;
    }
  });

  it("removes its temporary folder when Kehou is stopped by a signal meanwhile", async () => {
    const tmp = privateTmp("signal");
    rmSync(started, { force: true });
    const tsx = path.join(__dirname, "..", "..", "node_modules", ".bin", "tsx");
    const main = path.join(__dirname, "..", "..", "src", "cli", "main.ts");
    const script = `import { main } from ${JSON.stringify(main)};
main(["notice", ${JSON.stringify(school)}, "-o", ${JSON.stringify(path.join(dir, "信号.xlsx"))}, "--pdf"], { out: () => {}, err: () => {} });`;
    const child = spawn(tsx, ["-e", script], {
      env: { ...process.env, KEHOU_SOFFICE: hanging, KEHOU_PDF_TIMEOUT: "300", TMPDIR: tmp },
      stdio: "ignore",
    });
    // Signalled once LibreOffice runs, the school's sheets then being in the folder.
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (existsSync(started) && readdirSync(tmp).some((n) => n.startsWith("kehou-pdf-"))) {
          clearInterval(poll);
          resolve();
        }
      }, 100);
    });
    const ended = new Promise<string>((resolve) =>
      child.on("exit", (code, signal) => resolve(signal ?? String(code)))
    );
    child.kill("SIGTERM");
    // Ended by the signal (tsx, between, reports it as 128 + 15).
    expect(["SIGTERM", "143"]).toContain(await ended);
    expect(readdirSync(tmp).filter((n) => n.startsWith("kehou-"))).toEqual([]);
  }, 60_000);
});
