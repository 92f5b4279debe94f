/**
 * One contender of the floor benchmark (bench/floor.bench.ts) in its own process, so its time
 * and peak memory are its own. `node --import tsx bench/floor-run.ts MODE DIR` prints
 * {ms, cpuMs, maxRssMB} as JSON. The modes:
 * - `inflate`: the sheet and string parts inflated (Node's zlib), nothing read;
 * - `floor`: those parts inflated, decoded and every cell value and shared string scanned in
 *   one JS thread: what any reader must at least do;
 * - `kehou-1`, `kehou`: the compiled `kehou consolidate DIR -o OUT` with one reader thread, and
 *   with its default threads;
 * - `sheetjs`, `exceljs`: each library merely reading every file.
 */
import { readdirSync, readFileSync, rmSync } from "fs";
import path from "path";
import { inflateRawSync } from "zlib";

/** A zip's entries whose names `wanted` accepts, as their compressed bytes (central directory walked). */
function zipParts(
  bytes: Buffer,
  wanted: (name: string) => boolean
): { name: string; raw: Buffer }[] {
  let eocd = bytes.length - 22;
  while (eocd >= 0 && bytes.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  const count = bytes.readUInt16LE(eocd + 10);
  let at = bytes.readUInt32LE(eocd + 16);
  const parts: { name: string; raw: Buffer }[] = [];
  for (let i = 0; i < count; i++) {
    const nameLength = bytes.readUInt16LE(at + 28);
    const name = bytes.toString("utf8", at + 46, at + 46 + nameLength);
    const packed = bytes.readUInt32LE(at + 20);
    const local = bytes.readUInt32LE(at + 42);
    if (wanted(name)) {
      const from = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
      parts.push({ name, raw: bytes.subarray(from, from + packed) });
    }
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return parts;
}

const isCellPart = (name: string) =>
  /^xl\/worksheets\/[^/]+\.xml$/.test(name) || name === "xl/sharedStrings.xml";

/** Every `<open>…</v|t>` text of `xml`, visited: a checksum of lengths and first characters. */
function scan(xml: string, open: string, close: string): number {
  let sum = 0;
  for (let at = xml.indexOf(open); at >= 0; at = xml.indexOf(open, at)) {
    const from = xml.indexOf(">", at) + 1;
    const to = xml.indexOf(close, from);
    if (to < 0) break;
    sum += to - from + (to > from ? xml.charCodeAt(from) : 0);
    at = to + close.length;
  }
  return sum;
}

/** The floor: inflate, decode, and visit every value (`<v>`) and every string (`<t>`). */
function floor(files: readonly string[], decode: boolean): number {
  const utf8 = new TextDecoder();
  let sum = 0;
  for (const file of files)
    for (const part of zipParts(readFileSync(file), isCellPart)) {
      const data = inflateRawSync(part.raw);
      if (!decode) {
        sum += data.length;
        continue;
      }
      const xml = utf8.decode(data);
      sum += part.name.endsWith("sharedStrings.xml")
        ? scan(xml, "<t", "</t>")
        : scan(xml, "<v", "</v>");
    }
  return sum;
}

/** The compiled `kehou consolidate` (with its reader threads), as the bureau runs it. */
async function kehou(dir: string): Promise<void> {
  // Loaded as bin/kehou.js loads it: from its bundle and code cache where the build made them.
  const cli = path.join(__dirname, "..", "dist", "node", "cli");
  const { main } =
    require(path.join(cli, "cached-bundle.js")).bundledMain(cli) ??
    require(path.join(cli, "main.js"));
  const out = path.join(dir, "..", `kehou-floor-city-${process.pid}.xlsx`);
  const silent = { out: () => undefined, err: (t: string) => process.stderr.write(t) };
  try {
    const code = await main(["consolidate", dir, "-o", out, "--force"], silent);
    if (code !== 0) throw new Error(`kehou consolidate exited ${code}`);
  } finally {
    rmSync(out, { force: true });
  }
}

async function main(): Promise<void> {
  const [mode, dir] = process.argv.slice(2);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => path.join(dir, f));
  let sink: unknown;
  const before = process.resourceUsage();
  const startCpuMs = (before.userCPUTime + before.systemCPUTime) / 1000;
  const start = process.hrtime.bigint();
  if (mode === "inflate") sink = floor(files, false);
  else if (mode === "floor") sink = floor(files, true);
  else if (mode === "kehou-1" || mode === "kehou") await kehou(dir);
  else if (mode === "sheetjs") {
    const XLSX = await import("@e965/xlsx");
    sink = files.map((f) => XLSX.read(readFileSync(f), { type: "buffer" }).SheetNames.length);
  } else if (mode === "exceljs") {
    const ExcelJS = (await import("exceljs")).default;
    for (const file of files) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      sink = wb.worksheets.length;
    }
  } else throw new Error(`unknown mode ${mode}`);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (sink === -1) process.stderr.write("");
  // CPU time of every thread, which a machine busy with other work inflates less than time.
  const usage = process.resourceUsage();
  const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000 - startCpuMs;
  process.stdout.write(JSON.stringify({ ms, cpuMs, maxRssMB: usage.maxRSS / 1024 }));
}

void main();
