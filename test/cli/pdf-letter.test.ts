import { mkdirSync, mkdtempSync } from "fs";
import os from "os";
import path from "path";
import { sheetsToPdf } from "../../src/cli/pdf";
import { noticeJob } from "../../src/jobs/notices/job";
import { LETTER_SHEET } from "../../src/jobs/notices/letter";
import { sampleSchoolSheets } from "../../src/jobs/sample-school";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { hasLibreOffice } from "../support/libreoffice";
import { describeWhen } from "../support/needs";
import { hasPoppler, renderPage } from "../support/pdf-render";

const dir = mkdtempSync(path.join(os.tmpdir(), "kehou-letter-"));
const artifacts = path.join(__dirname, "..", "..", "test-artifacts");

/**
 * The top of each line of text on a rendered page, in pixels: where a run of rows holding
 * ink (dark pixels) starts after a blank row.
 */
function lineTops(image: { width: number; height: number; rgb: Buffer }): number[] {
  const tops: number[] = [];
  let inked = false;
  for (let y = 0; y < image.height; y++) {
    let dark = false;
    for (let x = 0; x < image.width && !dark; x++) {
      const i = (y * image.width + x) * 3;
      dark = image.rgb[i] + image.rgb[i + 1] + image.rgb[i + 2] < 3 * 128;
    }
    if (dark && !inked) tops.push(y);
    inked = dark;
  }
  return tops;
}

describeWhen(
  hasLibreOffice && hasPoppler,
  "LibreOffice (soffice) and poppler (pdftoppm)",
  "kehou notice --letter --pdf: the letter's rows",
  () => {
    jest.setTimeout(240_000);

    it("prints 致家长的一封信 with every line one row below the last: no blank rows between its sections", async () => {
      const school = XlsxWorkbook.empty();
      await school.writeSheets(sampleSchoolSheets());
      const result = await noticeJob(school, { letter: true, write: false });
      const letter = result.sheets.filter((s) => s.name === LETTER_SHEET);
      expect(letter).toHaveLength(1);
      const pdf = path.join(dir, "信.pdf");
      await sheetsToPdf(letter, pdf);
      mkdirSync(artifacts, { recursive: true });
      const image = renderPage(pdf, 1, path.join(artifacts, "letter-page.png"), 100);
      // The title (a row of its own, larger) and the line after it aside, line follows line at
      // one row's pitch: a row estimated a line too tall shows as a gap of two.
      const tops = lineTops(image).slice(1);
      const pitches = tops.slice(1).map((t, i) => t - tops[i]);
      expect(pitches.length).toBeGreaterThanOrEqual(30);
      const usual = [...pitches].sort((a, b) => a - b)[Math.floor(pitches.length / 2)];
      const uneven = pitches
        .map((p, i) => ({ line: i + 2, pitch: p }))
        .filter((p) => p.pitch > usual * 1.3 || p.pitch < usual * 0.7);
      expect(uneven).toEqual([]);
    });
  }
);
