import { execFileSync, spawnSync } from "child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import os from "os";
import path from "path";

/** Whether poppler's pdftoppm and pdftotext are on this machine. */
export const hasPoppler = spawnSync("pdftoppm", ["-v"]).status === 0;

/** Exports an .xlsx to PDF with LibreOffice headless (a fresh profile); returns the PDF's path. */
export function xlsxToPdf(file: string): string {
  const work = mkdtempSync(path.join(os.tmpdir(), "kehou-pdf-"));
  const profile = path.join(work, "profile");
  mkdirSync(path.join(profile, "user"), { recursive: true });
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      work,
      file,
    ],
    { stdio: "pipe", timeout: 180_000 }
  );
  return path.join(work, `${path.basename(file, path.extname(file))}.pdf`);
}

/** The 1-based number of the first PDF page whose text holds `text`, or 0. */
export function pageWith(pdf: string, text: string): number {
  const pages = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).split("\f");
  return pages.findIndex((p) => p.replace(/\s+/g, "").includes(text.replace(/\s+/g, ""))) + 1;
}

/**
 * A page rendered to RGB pixels with pdftoppm (at 40 DPI unless said), saved as a PNG when
 * `png` is named.
 */
export function renderPage(
  pdf: string,
  page: number,
  png?: string,
  dpi = 40
): { width: number; height: number; rgb: Buffer } {
  const base = path.join(path.dirname(pdf), `page-${page}`);
  const args = ["-f", String(page), "-l", String(page), "-r", String(dpi), "-singlefile"];
  execFileSync("pdftoppm", [...args, pdf, base]);
  if (png) {
    execFileSync("pdftoppm", [...args.slice(0, 4), "-r", "80", "-singlefile", "-png", pdf, base]);
    writeFileSync(png, readFileSync(`${base}.png`));
  }
  const ppm = readFileSync(`${base}.ppm`);
  // P6 header: magic, width, height, max value, each followed by one whitespace byte.
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 50).toString("latin1"))!;
  return {
    width: Number(header[1]),
    height: Number(header[2]),
    rgb: ppm.subarray(header[0].length),
  };
}

/**
 * The share of coloured pixels (bars, lines: not white, grey or black text) in a region of a
 * rendered page, given as fractions of its width and height.
 */
export function colouredShare(
  image: { width: number; height: number; rgb: Buffer },
  region: { x0: number; y0: number; x1: number; y1: number }
): number {
  const { width, height, rgb } = image;
  let coloured = 0;
  let all = 0;
  for (let y = Math.floor(region.y0 * height); y < Math.floor(region.y1 * height); y++)
    for (let x = Math.floor(region.x0 * width); x < Math.floor(region.x1 * width); x++) {
      const i = (y * width + x) * 3;
      const [r, g, b] = [rgb[i], rgb[i + 1], rgb[i + 2]];
      if (Math.max(r, g, b) - Math.min(r, g, b) > 40) coloured++;
      all++;
    }
  return all === 0 ? 0 : coloured / all;
}

/**
 * The outlines of the glyphs a PDF draws (poppler's SVG rendering defines each glyph once, in
 * its own coordinates at the size it is drawn), so two PDFs can be compared glyph by glyph:
 * the same character drawn from another face, or another language's form, is another outline.
 */
export function glyphOutlines(pdf: string): Set<string> {
  const svg = execFileSync("pdftocairo", ["-svg", pdf, "-"], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  const outlines = new Set<string>();
  for (const symbol of svg.matchAll(/<symbol\b[^>]*>([\s\S]*?)<\/symbol>/g))
    for (const d of symbol[1].matchAll(/\sd="([^"]+)"/g)) outlines.add(d[1]);
  return outlines;
}

/** The fonts a PDF embeds, as pdffonts names them (subset prefix removed). */
export function pdfFonts(pdf: string): string[] {
  return execFileSync("pdffonts", [pdf], { encoding: "utf8" })
    .split("\n")
    .slice(2)
    .filter((line) => line.trim() !== "")
    .map((line) => line.split(/\s+/)[0].replace(/^[A-Z]{6}\+/, ""));
}
