/// <reference types="et-jsapi-declare" />
import type { OutputSheet } from "../jobs/output-sheet";

/** The sheet 诊断 writes: what this WPS gives, for the first school that runs it to send. */
export const DIAGNOSIS_SHEET = "Kehou诊断";
const SCRATCH = "Kehou诊断草稿";

/** JSON of anything a host gives, never throwing (a COM object may refuse to be stringified). */
function json(v: unknown): string {
  if (v === undefined) return "undefined";
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

function attempt(read: () => unknown): [string, string] {
  try {
    const v = read();
    return [typeof v, json(v)];
  } catch (e) {
    return ["throws", String((e as Error)?.message ?? e)];
  }
}

/**
 * 诊断: writes probes into a scratch sheet (one cell, a row, a column, a block, a blank, a
 * date, an error, a merged range), reads back what `Value2`, `NumberFormat` and `MergeCells`
 * give, adds the WPS build, OS, user agent and what the embedded browser lacks, deletes the
 * scratch sheet and returns the findings as a sheet for the port to write. Nothing of the
 * user's is touched.
 */
export function diagnosis(app: Et.Application, userAgent: string): OutputSheet {
  const book = app.ActiveWorkbook;
  const sheets = book.Worksheets;
  const ws = sheets.Add(undefined, sheets.Item(sheets.Count)) as Et.Worksheet;
  const rows: [string, string, string][] = [];
  try {
    ws.Name = SCRATCH;
    ws.Range("A1").Value2 = 1 as unknown as string;
    ws.Range("A2:C2").Value2 = [[1, "文字", true]];
    ws.Range("E1:E3").Value2 = [[1], [2], [3]];
    ws.Range("A4:B5").Value2 = [
      [1, 2],
      [3, 4],
    ];
    ws.Range("A7").NumberFormat = "yyyy-mm-dd";
    ws.Range("A7").Value2 = 44317 as unknown as string; // 2021-05-01
    ws.Range("A8").Formula = "=1/0";
    ws.Range("A10").Value2 = "合并";
    ws.Range("A10:B11").Merge();
    const probe = (label: string, address: string) => {
      const [type, text] = attempt(() => ws.Range(address).Value2 as unknown);
      rows.push([`Value2 ${label}（${address}）`, type, text]);
    };
    probe("1×1", "A1");
    probe("1×N", "A2:C2");
    probe("N×1", "E1:E3");
    probe("N×M", "A4:B5");
    probe("空白", "G1");
    probe("空白区域", "G1:H2");
    probe("日期", "A7");
    probe("错误", "A8");
    probe("合并区域", "A10:B11");
    const format = attempt(() => ws.Range("A1:A7").NumberFormat as unknown);
    rows.push(["NumberFormat 不同格式（A1:A7）", ...format]);
    rows.push([
      "MergeCells（A10:B11）",
      ...attempt(() => ws.Range("A10:B11").MergeCells as unknown),
    ]);
  } finally {
    const alerts = app.DisplayAlerts;
    app.DisplayAlerts = false;
    try {
      ws.Delete();
    } finally {
      app.DisplayAlerts = alerts;
    }
  }
  rows.push(["Application.Build", ...attempt(() => app.Build)]);
  rows.push(["Application.Version", ...attempt(() => app.Version)]);
  rows.push(["Application.OperatingSystem", ...attempt(() => app.OperatingSystem)]);
  rows.push(["Workbook.Date1904", ...attempt(() => book.Date1904)]);
  rows.push(["navigator.userAgent", "string", userAgent]);
  // Whether this browser has crypto.randomUUID, asked without calling it (some builds lack it).
  const c = (globalThis as { crypto?: object }).crypto;
  rows.push(["crypto.randomUUID", c !== undefined && "randomUUID" in c ? "有" : "无", ""]);
  return {
    name: DIAGNOSIS_SHEET,
    title: "Kehou 诊断：本机 WPS 的取值方式（请把本表发给维护者）",
    columns: [
      { header: "项目", width: 34, format: "text" },
      { header: "typeof", width: 12, format: "text" },
      { header: "JSON / 值", width: 60, format: "text" },
    ],
    rows,
  };
}
