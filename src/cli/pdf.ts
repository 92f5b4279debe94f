import { spawn, spawnSync } from "child_process";
import { promises as fs } from "fs";
import os from "os";
import path from "path";
import type { OutputSheet } from "../jobs/output-sheet";
import { XlsxWorkbook } from "../workbook/xlsx-workbook";
import { saveXlsx } from "../workbook/xlsx-file";

/** The message when LibreOffice is not on the PATH, saying how to get it. */
export const NO_SOFFICE =
  "未找到 LibreOffice（soffice 命令），无法生成 PDF。请安装 LibreOffice（https://zh-cn.libreoffice.org/ ；" +
  "Debian/Ubuntu：sudo apt-get install libreoffice-calc-nogui fonts-noto-cjk），并确保 soffice 在 PATH 中；" +
  "或用 Excel、WPS 打开生成的工作簿直接打印。";

/** The LibreOffice program: `soffice` on the PATH, or KEHOU_SOFFICE where it is elsewhere. */
function soffice(): string {
  return process.env.KEHOU_SOFFICE || "soffice";
}

/** Whether LibreOffice runs here. */
export function hasSoffice(): boolean {
  return spawnSync(soffice(), ["--version"], { stdio: "ignore" }).status === 0;
}

/**
 * Prints Kehou's sheets (only those, not the user's) to a PDF through LibreOffice headless:
 * the sheets go into a workbook of their own, converted in a private profile so a running
 * LibreOffice is not disturbed, and the PDF is renamed into place.
 */
export async function sheetsToPdf(sheets: readonly OutputSheet[], pdf: string): Promise<void> {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), "kehou-pdf-"));
  try {
    const book = XlsxWorkbook.empty();
    await book.writeSheets(sheets);
    const xlsx = path.join(work, "kehou.xlsx");
    await saveXlsx(book, xlsx);
    const profile = `file://${path.join(work, "profile")}`;
    await new Promise<void>((resolve, reject) => {
      const child = spawn(
        soffice(),
        [
          `-env:UserInstallation=${profile}`,
          "--headless",
          "--convert-to",
          "pdf",
          "--outdir",
          work,
          xlsx,
        ],
        { stdio: "ignore" }
      );
      child.on("error", reject);
      child.on("exit", (code) =>
        code === 0 ? resolve() : reject(new Error(`LibreOffice 转换 PDF 失败（退出码 ${code}）`))
      );
    });
    const temp = path.join(path.dirname(pdf), `.${path.basename(pdf)}.${process.pid}.tmp`);
    await fs.copyFile(path.join(work, "kehou.pdf"), temp);
    await fs.rename(temp, pdf);
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}
