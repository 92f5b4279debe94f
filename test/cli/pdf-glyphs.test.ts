import { execFileSync } from "child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { PROFILE_SETTINGS, sheetsToPdf } from "../../src/cli/pdf";
import { computeCharges } from "../../src/jobs/charge/compute";
import { chargeSheet } from "../../src/jobs/charge/sheet";
import type { OutputCell, OutputSheet } from "../../src/jobs/output-sheet";
import { sampleSchoolSheets } from "../../src/jobs/sample-school";
import { readSchoolWorkbook } from "../../src/jobs/school-workbook";
import { LIBREOFFICE_METRICS } from "../../src/jobs/wrap-height";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { hasLibreOffice } from "../support/libreoffice";
import { describeWhen } from "../support/needs";
import { glyphOutlines, hasPoppler, pdfFonts, renderPage } from "../support/pdf-render";

const dir = mkdtempSync(path.join(os.tmpdir(), "kehou-glyphs-"));
const artifacts = path.join(__dirname, "..", "..", "test-artifacts");

/** A student's name of Hanzi whose Simplified Chinese and Japanese forms differ (今's last stroke, 直, 写). */
const NAME = "今直写";

/**
 * The sheets printed by LibreOffice as Kehou prints them (its workbook, its profile) but with
 * Asian text in the given language: what the installed CJK font draws for that language,
 * Simplified Chinese or Japanese, at the very sizes Kehou's PDF uses.
 */
async function printedIn(locale: string, sheets: readonly OutputSheet[]): Promise<string> {
  const work = path.join(dir, locale);
  mkdirSync(path.join(work, "profile", "user"), { recursive: true });
  writeFileSync(
    path.join(work, "profile", "user", "registrymodifications.xcu"),
    PROFILE_SETTINGS.replace("<value>zh-CN</value>", `<value>${locale}</value>`)
  );
  const book = XlsxWorkbook.empty(LIBREOFFICE_METRICS);
  await book.writeSheets(sheets);
  const xlsx = path.join(work, "sheets.xlsx");
  writeFileSync(xlsx, await book.toBuffer());
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${path.join(work, "profile")}`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      work,
      xlsx,
    ],
    { stdio: "pipe", timeout: 120_000 }
  );
  return path.join(work, "sheets.pdf");
}

/** The sample school with its first student renamed, every sheet alike. */
function schoolWithName(): OutputSheet[] {
  const rename = (row: readonly OutputCell[]) => row.map((c) => (c === "张小明" ? NAME : c));
  return sampleSchoolSheets().map((s) => ({ ...s, rows: s.rows.map(rename) }));
}

describeWhen(
  hasLibreOffice && hasPoppler,
  "LibreOffice (soffice) and poppler (pdftocairo, pdffonts)",
  "kehou --pdf: the glyphs of Chinese text",
  () => {
    jest.setTimeout(240_000);

    it("prints a charge copy in Simplified Chinese glyph forms, not Japanese, on a machine whose locale is Japanese", async () => {
      const school = XlsxWorkbook.empty();
      await school.writeSheets(schoolWithName());
      const result = computeCharges(readSchoolWorkbook(await school.readSheets()));
      const sheet = chargeSheet(result);
      expect(sheet.rows.some((r) => r.includes(NAME))).toBe(true);
      const pdf = path.join(dir, "收费.pdf");
      const saved = { ...process.env };
      // A Japanese locale would make LibreOffice's Asian text Japanese: Kehou's own profile
      // must override it.
      Object.assign(process.env, { LANG: "ja_JP.UTF-8", LC_ALL: "ja_JP.UTF-8" });
      try {
        await sheetsToPdf([sheet], pdf);
      } finally {
        process.env = saved;
      }
      const sc = glyphOutlines(await printedIn("zh-CN", [sheet]));
      const jp = glyphOutlines(await printedIn("ja-JP", [sheet]));
      const scOnly = [...sc].filter((g) => !jp.has(g));
      const jpOnly = [...jp].filter((g) => !sc.has(g));
      // The font draws these Hanzi differently per language, or the test would prove nothing.
      expect(scOnly.length).toBeGreaterThanOrEqual(2);
      expect(jpOnly.length).toBeGreaterThanOrEqual(2);
      const printed = glyphOutlines(pdf);
      expect(scOnly.filter((g) => !printed.has(g))).toEqual([]);
      expect(jpOnly.filter((g) => printed.has(g))).toEqual([]);
      // pdffonts shows a CJK face embedded, but cannot tell SC from JP here: fonts-noto-cjk's
      // .ttc holds one CFF table for all its faces (SC, TC, HK, JP, KR), whose name is
      // NotoSansCJKjp-…, and LibreOffice names the embedded subset after it, whichever face
      // and language it drew from. The outlines above are what a reader sees.
      expect(pdfFonts(pdf).some((f) => /CJK|Han|Hei|Song|DengXian/i.test(f))).toBe(true);
      mkdirSync(artifacts, { recursive: true });
      renderPage(pdf, 1, path.join(artifacts, "charge-sheet-sc-glyphs.png"));
    });
  }
);
