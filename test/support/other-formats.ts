import { execFileSync } from "child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import * as XLSX from "@e965/xlsx";
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { sampleSchoolSheets } from "../../src/jobs/sample-school";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { generateSchool, gridsToXlsx } from "./generate-school";
import { messySchool } from "./messy-school";

/**
 * The project's own sample workbooks as .xlsx files in `dir`: the demo's sample school, a
 * generated school and the hand-made messy one (title rows, merges, dates five ways).
 */
export async function sampleWorkbooks(dir: string): Promise<string[]> {
  const demo = XlsxWorkbook.empty();
  await demo.writeSheets(sampleSchoolSheets());
  const files: [string, Uint8Array][] = [
    ["示例学校.xlsx", await demo.toBuffer()],
    ["生成学校.xlsx", await gridsToXlsx(generateSchool(40, 3, "绥芬河市第三小学"))],
    ["手工学校.xlsx", await messySchool()],
  ];
  return files.map(([name, bytes]) => {
    const file = path.join(dir, name);
    writeFileSync(file, bytes);
    return file;
  });
}

/**
 * Converts .xlsx files with LibreOffice headless, one run for all of them (a conversion takes
 * seconds): `xls` is its "MS Excel 97" filter (BIFF8), `ods` its own format, `xlsx` its
 * OOXML (the same document saved as .xlsx, for comparing readers). Returns the converted
 * files, in order. (LibreOffice 7.4 no longer writes BIFF5.)
 */
export function convert(
  files: readonly string[],
  to: "xls" | "ods" | "xlsx",
  dir: string
): string[] {
  const work = mkdtempSync(path.join(dir, "lo-"));
  const out = path.join(work, "out");
  mkdirSync(out);
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${path.join(work, "profile")}`,
      "--headless",
      "--convert-to",
      to,
      "--outdir",
      out,
      ...files,
    ],
    { stdio: "pipe", timeout: 180_000 }
  );
  return files.map((f) => path.join(out, `${path.basename(f, ".xlsx")}.${to}`));
}

/**
 * An .ods as LibreOffice saves it with a password: content.xml's bytes encrypted (here:
 * replaced by noise) and its manifest entry holding <manifest:encryption-data> (ODF 1.2
 * Part 3 §4.8).
 */
export function encryptedOds(ods: Uint8Array): Uint8Array {
  const parts = unzipSync(ods);
  const manifest = strFromU8(parts["META-INF/manifest.xml"]).replace(
    /(<manifest:file-entry manifest:full-path="content.xml"[^>]*?)\s*\/>/,
    `$1><manifest:encryption-data manifest:checksum-type="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k" manifest:checksum="AAAA"><manifest:algorithm manifest:algorithm-name="http://www.w3.org/2001/04/xmlenc#aes256-cbc" manifest:initialisation-vector="AAAA"/><manifest:key-derivation manifest:key-derivation-name="PBKDF2" manifest:key-size="32" manifest:iteration-count="100000" manifest:salt="AAAA"/></manifest:encryption-data></manifest:file-entry>`
  );
  const zippable: Zippable = {
    mimetype: [parts.mimetype, { level: 0 }],
  };
  for (const [name, data] of Object.entries(parts)) {
    if (name === "mimetype") continue;
    zippable[name] =
      name === "META-INF/manifest.xml"
        ? strToU8(manifest)
        : name === "content.xml"
          ? [noise(data.length), { level: 0 }]
          : data;
  }
  return zipSync(zippable);
}

/** Bytes that inflate to nothing readable, as encrypted data does. */
function noise(length: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = 12345;
  for (let i = 0; i < length; i++) out[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
  return out;
}

/**
 * An .xlsx saved with a password as Excel saves it: a compound file holding the
 * `EncryptionInfo` and `EncryptedPackage` streams (MS-OFFCRYPTO §2.3.4), here with noise.
 */
export function encryptedXlsx(): Uint8Array {
  const cfb = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(cfb, "/EncryptionInfo", noise(1024));
  XLSX.CFB.utils.cfb_add(cfb, "/EncryptedPackage", noise(8192));
  return new Uint8Array(XLSX.CFB.write(cfb, { type: "buffer" }) as Buffer);
}

/**
 * An .xls whose workbook stream says it is encrypted: a FILEPASS record (MS-XLS §2.4.117,
 * RC4) right after the globals' BOF, as Excel writes one for a file with an open password.
 */
export function passwordXls(xls: Uint8Array): Uint8Array {
  const cfb = XLSX.CFB.read(xls, { type: "buffer" });
  const entry = XLSX.CFB.find(cfb, "Workbook")!;
  const stream = Buffer.from(entry.content as Uint8Array);
  const bofLength = stream.readUInt16LE(2);
  const at = 4 + bofLength;
  // FILEPASS: wEncryptionType 1 (RC4), then a 52-byte RC4 header (version 1.1, salt, verifier).
  const record = Buffer.alloc(4 + 54);
  record.writeUInt16LE(0x002f, 0);
  record.writeUInt16LE(54, 2);
  record.writeUInt16LE(1, 4);
  record.writeUInt16LE(1, 6);
  record.writeUInt16LE(1, 8);
  entry.content = Buffer.concat([stream.subarray(0, at), record, stream.subarray(at)]);
  entry.size = entry.content.length;
  return new Uint8Array(XLSX.CFB.write(cfb, { type: "buffer" }) as Buffer);
}

/** A file cut to its first half, as an interrupted download or copy leaves it. */
export function truncated(file: string): Uint8Array {
  const bytes = readFileSync(file);
  return bytes.subarray(0, Math.floor(bytes.length / 2));
}

/** A temporary folder for a suite, with `os.tmpdir()` as its parent. */
export function suiteDir(prefix: string): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}
