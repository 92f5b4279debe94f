import { formatMessage } from "../findings/messages/format";
import { CONSOLE_TEXT } from "../findings/messages/console";
import { spawn, spawnSync, type ChildProcess } from "child_process";
import { promises as fs, mkdirSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import type { OutputSheet } from "../jobs/output-sheet";
import { XlsxWorkbook } from "../workbook/xlsx-workbook";
import { saveXlsx } from "../workbook/xlsx-file";
import { SHEET_FONT } from "../workbook/sheet-font";
import { LIBREOFFICE_METRICS } from "../jobs/wrap-height";
import { publish } from "./output-file";

/** The message when LibreOffice is not on the PATH, saying how to get it. */
export const NO_SOFFICE = formatMessage(CONSOLE_TEXT.noSoffice);

/** How long LibreOffice may take before the PDF is given up: KEHOU_PDF_TIMEOUT seconds, else 120. */
export function pdfTimeoutMs(): number {
  const asked = Number(process.env.KEHOU_PDF_TIMEOUT);
  return Number.isFinite(asked) && asked > 0 ? asked * 1000 : 120_000;
}

/** The message when LibreOffice did not finish in time. */
export function pdfTimeoutText(ms: number): string {
  return formatMessage(CONSOLE_TEXT.pdfTimedOut, { seconds: Math.round(ms / 1000) });
}

/** The LibreOffice program: `soffice` on the PATH, or KEHOU_SOFFICE where it is elsewhere. */
function soffice(): string {
  return process.env.KEHOU_SOFFICE || "soffice";
}

/** Whether LibreOffice runs here. */
export function hasSoffice(): boolean {
  return spawnSync(soffice(), ["--version"], { stdio: "ignore", timeout: 30_000 }).status === 0;
}

/** A font LibreOffice draws in place of another, always, on screen and in print. */
const replaced = (n: number, font: string, by: string) =>
  `<item oor:path="/org.openoffice.Office.Common/Font/Substitution/FontPairs"><node oor:name="_${n}" oor:op="replace">` +
  `<prop oor:name="Always" oor:op="fuse"><value>true</value></prop><prop oor:name="OnScreenOnly" oor:op="fuse"><value>false</value></prop>` +
  `<prop oor:name="ReplaceFont" oor:op="fuse"><value>${font}</value></prop><prop oor:name="SubstituteFont" oor:op="fuse"><value>${by}</value></prop></node></item>`;

/**
 * The private profile's settings. Asian text in Simplified Chinese, so shared Hanzi take their
 * Simplified Chinese shapes whatever the machine's locale (the CJK fonts pick glyphs by language;
 * without it a Japanese locale draws 今 and 直 in their Japanese forms). pdffonts still names
 * the embedded face NotoSansCJKjp-…: fonts-noto-cjk's .ttc shares one CFF table, named for JP,
 * among all its faces, and LibreOffice names the subset after that table. And fonts fixed, so
 * a column holds what Kehou sized its rows for (LIBREOFFICE_METRICS): Calibri, whose digit
 * is the unit of column widths, as Noto Sans Mono CJK SC (a digit of half an em, as Calibri's
 * 7 px against 15 px in Excel, where without it DejaVu Sans's wide digit made columns a
 * quarter wider), and 等线 as Noto Sans CJK SC (Latin included, whose signs 等线 draws full
 * width as this face does).
 */
export const PROFILE_SETTINGS =
  `<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry">` +
  `<item oor:path="/org.openoffice.Office.Linguistic/General"><prop oor:name="DefaultLocale_CJK" oor:op="fuse"><value>zh-CN</value></prop></item>` +
  `<item oor:path="/org.openoffice.Office.Common/Font/Substitution"><prop oor:name="Replacement" oor:op="fuse"><value>true</value></prop></item>` +
  replaced(0, "Calibri", "Noto Sans Mono CJK SC") +
  replaced(1, SHEET_FONT.name, "Noto Sans CJK SC") +
  `</oor:items>\n`;

const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/**
 * While Kehou has `work` (the school's sheets) in the temp folder: a signal, or an exit, stops
 * LibreOffice (its whole process group: soffice starts soffice.bin, which would outlive it),
 * removes the folder and, for a signal, ends Kehou by that same signal.
 */
class TempGuard {
  child?: ChildProcess;
  constructor(readonly folder: string) {
    for (const s of SIGNALS) process.once(s, this.onSignal);
    process.once("exit", this.onExit);
  }
  stopChild(): void {
    const pid = this.child?.pid;
    if (!pid || this.child?.exitCode !== null) return;
    try {
      process.kill(process.platform === "win32" ? pid : -pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
  private readonly onSignal = (signal: NodeJS.Signals) => {
    this.onExit();
    this.release();
    process.kill(process.pid, signal);
  };
  private readonly onExit = () => {
    this.stopChild();
    rmSync(this.folder, { recursive: true, force: true });
  };
  release(): void {
    for (const s of SIGNALS) process.off(s, this.onSignal);
    process.off("exit", this.onExit);
  }
}

/** Runs LibreOffice once and waits at most `ms`: a run that hangs is stopped, with a Chinese message. */
function convert(args: readonly string[], guard: TempGuard, ms: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      guard.stopChild();
      reject(new Error(pdfTimeoutText(ms)));
    }, ms);
    const child = spawn(soffice(), args, {
      stdio: "ignore",
      detached: process.platform !== "win32",
      // LibreOffice's own lock folder and pipe go in the run's folder, removed with it.
      env: { ...process.env, TMPDIR: guard.folder, TMP: guard.folder, TEMP: guard.folder },
    });
    guard.child = child;
    child.on("error", (e) => (clearTimeout(timer), reject(e)));
    child.on("exit", (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(formatMessage(CONSOLE_TEXT.pdfConvertFailed, { code: String(code) })));
    });
  });
}

/** The PDF made but not taken by the file system: its sentence names the path and what to do. */
export class PdfNotWritten extends Error {}

/**
 * Prints Kehou's sheets (only those, not the user's) to a PDF through LibreOffice headless:
 * the sheets go into a workbook of their own, converted in a private profile so a running
 * LibreOffice is not disturbed, and the PDF is published as `-o` is (see publish; `force`
 * replaces a file there). The temporary folder (the school's sheets) is removed on every way
 * out: success, failure, timeout and signals.
 */
export async function sheetsToPdf(
  sheets: readonly OutputSheet[],
  pdf: string,
  force = false
): Promise<void> {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), "kehou-pdf-"));
  const guard = new TempGuard(work);
  try {
    const book = XlsxWorkbook.empty(LIBREOFFICE_METRICS);
    await book.writeSheets(sheets);
    const xlsx = path.join(work, "kehou.xlsx");
    await saveXlsx(book, xlsx);
    const profile = path.join(work, "profile");
    mkdirSync(path.join(profile, "user"), { recursive: true });
    writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), PROFILE_SETTINGS);
    await convert(
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        work,
        xlsx,
      ],
      guard,
      pdfTimeoutMs()
    );
    // Published as the workbook is: atomically, a failure said in Chinese, no temporary left.
    const failed = await publish(await fs.readFile(path.join(work, "kehou.pdf")), pdf, { force });
    if (failed) throw new PdfNotWritten(failed.message);
  } finally {
    guard.stopChild();
    guard.release();
    await fs.rm(work, { recursive: true, force: true });
  }
}
