import { execFileSync, spawnSync } from "child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";

/** Whether LibreOffice (soffice) is on this machine. */
export const hasLibreOffice =
  spawnSync("soffice", ["--version"], { encoding: "utf8" }).status === 0;

/**
 * Opens an .xlsx in LibreOffice headless, an independent spreadsheet engine, with every
 * formula recalculated on load (cached results ignored), and returns each sheet as CSV rows
 * of raw values.
 */
export function libreOfficeSheets(file: string): Record<string, string[][]> {
  const work = mkdtempSync(path.join(os.tmpdir(), "kehou-lo-"));
  const profile = path.join(work, "profile");
  mkdirSync(path.join(profile, "user"), { recursive: true });
  writeFileSync(
    path.join(profile, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>`
  );
  const out = path.join(work, "out");
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
      "--outdir",
      out,
      file,
    ],
    { stdio: "pipe", timeout: 120_000 }
  );
  const base = path.basename(file, path.extname(file));
  const sheets: Record<string, string[][]> = {};
  for (const name of readdirSync(out)) {
    sheets[name.slice(base.length + 1, -4)] = parseCsv(readFileSync(path.join(out, name), "utf8"));
  }
  return sheets;
}

/** A small CSV reader for LibreOffice's output (quotes doubled inside quoted fields). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') ((field += '"'), i++);
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") (row.push(field), (field = ""));
    else if (ch === "\n") (row.push(field), rows.push(row), (row = []), (field = ""));
    else if (ch !== "\r") field += ch;
  }
  if (field !== "" || row.length > 0) (row.push(field), rows.push(row));
  return rows;
}

/**
 * The notes LibreOffice shows on each sheet of a workbook (their text, in its order), read
 * from its own flat ODF export of the file.
 */
export function libreOfficeNotes(file: string): Record<string, string[]> {
  const work = mkdtempSync(path.join(os.tmpdir(), "kehou-lo-notes-"));
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${path.join(work, "profile")}`,
      "--headless",
      "--convert-to",
      "fods",
      "--outdir",
      work,
      file,
    ],
    { stdio: "pipe", timeout: 120_000 }
  );
  const xml = readFileSync(
    path.join(work, `${path.basename(file, path.extname(file))}.fods`),
    "utf8"
  );
  const notes: Record<string, string[]> = {};
  for (const t of xml.matchAll(/<table:table table:name="([^"]+)"([\s\S]*?)<\/table:table>/g)) {
    const texts = [...t[2].matchAll(/<office:annotation\b[\s\S]*?<\/office:annotation>/g)].map(
      ([a]) =>
        [...a.matchAll(/<text:p\b[^>]*>([\s\S]*?)<\/text:p>/g)]
          .map((p) => p[1].replace(/<[^>]+>/g, ""))
          .join("\n")
    );
    if (texts.length > 0) notes[t[1]] = texts;
  }
  return notes;
}

/**
 * The bytes of an .xlsx as LibreOffice headless saves it again (`--convert-to xlsx`), which
 * renumbers styles.xml as WPS does; its temporary folder is removed.
 */
export function libreOfficeResaved(bytes: Uint8Array): Uint8Array {
  const work = mkdtempSync(path.join(os.tmpdir(), "kehou-lo-resave-"));
  try {
    const file = path.join(work, "in.xlsx");
    writeFileSync(file, bytes);
    const out = path.join(work, "out");
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${path.join(work, "profile")}`,
        "--headless",
        "--convert-to",
        "xlsx",
        "--outdir",
        out,
        file,
      ],
      { stdio: "pipe", timeout: 120_000 }
    );
    return new Uint8Array(readFileSync(path.join(out, "in.xlsx")));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
