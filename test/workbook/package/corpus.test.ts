import { mkdtempSync, readFileSync } from "fs";
import os from "os";
import path from "path";
import { chargeChartPlan } from "../../../src/jobs/charge/charge-charts";
import { breachesJob } from "../../../src/jobs/breaches/job";
import { chargeJob } from "../../../src/jobs/charge/job";
import { validateJob } from "../../../src/jobs/validate";
import type { WorkbookPort } from "../../../src/jobs/workbook-port";
import { BrowserHost } from "../../../src/taskpane/host";
import * as xlsxModule from "../../../src/workbook/xlsx-workbook";
import { XlsxWorkbook } from "../../../src/workbook/xlsx-workbook";
import {
  addedTokens,
  additionsOnly,
  isIndexPart,
  nameClashes,
  partsOf,
  text,
} from "../../support/package-parts";
import { runCli } from "../../support/run-cli";

/**
 * The corpus: workbooks made by other programs (LibreOffice with a chart, an image,
 * conditional formats, validation, a defined name, comments, a hyperlink and print settings;
 * exceljs with images, validation and frozen panes; a hand-assembled .xlsm with a
 * vbaProject.bin and a chartsheet). Made by scripts/fixtures/.
 */
export const CORPUS: string[] = [
  "libreoffice-extras.xlsx",
  "exceljs-images.xlsx",
  "macro-chartsheet.xlsm",
];
const fixture = (name: string) => path.join(__dirname, "../../fixtures", name);

/** What is wrong with `out` as `input` plus Kehou's parts, or [] (user sheets may differ only as `allow` says). */
export function changesBeyondAdditions(
  input: Map<string, Uint8Array>,
  out: Map<string, Uint8Array>,
  allow: (name: string, before: string, after: string) => boolean = () => false
): string[] {
  const wrong: string[] = [];
  for (const [name, before] of input) {
    const after = out.get(name);
    if (!after) wrong.push(`${name} is gone`);
    else if (isIndexPart(name) || /_rels\/sheet\d+\.xml\.rels$/.test(name)) {
      const why = Buffer.compare(before, after) === 0 ? undefined : additionsOnly(before, after);
      if (why) wrong.push(`${name}: ${why}`);
    } else if (Buffer.compare(before, after) !== 0 && !allow(name, text(before), text(after)))
      wrong.push(`${name} changed`);
  }
  return wrong;
}

/**
 * A user's sheet changed only by highlighting: `s` attributes, elements for never-typed cells
 * (and their rows) and Kehou's notes drawing; the school's notes and their drawing only added to.
 */
const onlyStyles = (name: string, before: string, after: string) => {
  if (/^xl\/(comments\d+\.xml|drawings\/vmlDrawing\d+\.vml)$/.test(name)) {
    const added = addedTokens(before, after);
    const kehou = name.endsWith(".vml") ? "<x:ClientData" : "<author>Kehou</author>";
    return typeof added !== "string" && added.join("").includes(kehou);
  }
  if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) return false;
  const unstyled = (xml: string) => xml.replace(/\ss="\d+"/g, "");
  const added = addedTokens(unstyled(before), unstyled(after));
  return (
    typeof added !== "string" &&
    added.every((t) =>
      /^<c r="[A-Z]+\d+"\/>$|^<row r="\d+">$|^<\/row>$|^<legacyDrawing r:id="rIdKehouVml"\/>$/.test(
        t
      )
    )
  );
};

/**
 * [Content_Types].xml is a set of Default and Override entries whose order means nothing
 * (ECMA-376 Part 2, §10.1.2): a re-run that replaces Kehou's chart parts lists them last.
 */
const contentTypes = (bytes: Uint8Array) =>
  (text(bytes).match(/<(Default|Override)\b[^>]*>/g) ?? []).sort().join("\n");

function samePackage(a: Map<string, Uint8Array>, b: Map<string, Uint8Array>): string[] {
  const names = [...new Set([...a.keys(), ...b.keys()])];
  return names.filter((n) => {
    const [x, y] = [a.get(n), b.get(n)];
    if (!x || !y) return true;
    if (n === "[Content_Types].xml") return contentTypes(x) !== contentTypes(y);
    return Buffer.compare(x, y) !== 0;
  });
}

describe.each(CORPUS)("the copy of %s", (name) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "kehou-corpus-"));
  const ext = path.extname(name);
  const input = fixture(name);
  const inputParts = partsOf(readFileSync(input));
  const out = (n: string) => path.join(dir, `${n}${ext}`);
  jest.setTimeout(60_000);

  it.each([["charge"], ["validate"], ["breaches"]])(
    "after `%s -o` is the school's package with parts added, nothing else changed",
    async (job) => {
      expect((await runCli(job, input, "-o", out(job))).code).toBe(0);
      const parts = partsOf(readFileSync(out(job)));
      expect(changesBeyondAdditions(inputParts, parts)).toEqual([]);
      expect(parts.size).toBeGreaterThan(inputParts.size);
      expect(nameClashes(parts)).toEqual([]);
    }
  );

  it("after `breaches --highlight -o` differs in the school's sheets only by marked cells' styles and notes", async () => {
    expect((await runCli("breaches", input, "--highlight", "-o", out("marked"))).code).toBe(0);
    const parts = partsOf(readFileSync(out("marked")));
    expect(changesBeyondAdditions(inputParts, parts, onlyStyles)).toEqual([]);
    const changed = [...inputParts.keys()].filter(
      (n) => Buffer.compare(inputParts.get(n)!, parts.get(n)!) !== 0 && !isIndexPart(n)
    );
    expect(changed.filter((n) => n.startsWith("xl/worksheets/sheet")).length).toBeGreaterThan(0);
  });

  it("is the same package again when a job is re-run on it (Kehou replaces only its own parts)", async () => {
    await runCli("charge", input, "-o", out("c1"));
    await runCli("breaches", out("c1"), "--highlight", "-o", out("c2"));
    expect((await runCli("charge", out("c2"), "-o", out("c3"))).code).toBe(0);
    expect((await runCli("breaches", out("c3"), "--highlight", "-o", out("c4"))).code).toBe(0);
    expect(samePackage(partsOf(readFileSync(out("c2"))), partsOf(readFileSync(out("c4"))))).toEqual(
      []
    );
  });

  it("gets the school's cells back byte for byte when the marks are cleared", async () => {
    await runCli("breaches", input, "--highlight", "-o", out("m1"));
    const wb = await XlsxWorkbook.fromBuffer(readFileSync(out("m1")));
    await wb.markCells([]);
    const parts = partsOf(await wb.toBuffer());
    expect(changesBeyondAdditions(inputParts, parts)).toEqual([]);
  });

  it("is the same from the browser page as from the command line", async () => {
    await runCli("charge", input, "-o", out("cli"));
    const host = new BrowserHost(async () => xlsxModule);
    const bytes = readFileSync(input);
    await host.open(name, bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
    const result = await host.run((wb) => chargeJob(wb, { write: true }));
    // As the pane does after a charge: the download carries the charge sheet's charts.
    host.chartPlans = [chargeChartPlan(result, result.sheetNames[0])];
    const copy = (await host.copy())!;
    expect(copy.name).toBe(`${path.basename(name, ext)}-Kehou${ext}`);
    expect(samePackage(partsOf(copy.bytes), partsOf(readFileSync(out("cli"))))).toEqual([]);
  });

  it("is the same from the browser page for validate, breaches with highlighting and a re-run on its copy", async () => {
    await runCli("validate", input, "-o", out("v-cli"));
    await runCli("breaches", out("v-cli"), "--highlight", "-o", out("b-cli"));
    await runCli("breaches", out("b-cli"), "--highlight", "-o", out("r-cli"));
    const page = async (bytes: Uint8Array, job: (wb: WorkbookPort) => Promise<unknown>) => {
      const host = new BrowserHost(async () => xlsxModule);
      await host.open(
        name,
        bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer
      );
      await host.run(job);
      return (await host.copy())!.bytes;
    };
    const validated = await page(readFileSync(input), (wb) => validateJob(wb));
    const marked = await page(validated, (wb) => breachesJob(wb, { highlight: true }));
    const again = await page(marked, (wb) => breachesJob(wb, { highlight: true }));
    expect(samePackage(partsOf(validated), partsOf(readFileSync(out("v-cli"))))).toEqual([]);
    expect(samePackage(partsOf(marked), partsOf(readFileSync(out("b-cli"))))).toEqual([]);
    expect(samePackage(partsOf(again), partsOf(readFileSync(out("r-cli"))))).toEqual([]);
    expect(samePackage(partsOf(again), partsOf(marked))).toEqual([]);
  });
});

it("keeps a macro workbook a macro workbook: .xlsm, its vbaProject.bin and main content type", async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "kehou-corpus-"));
  const input = fixture("macro-chartsheet.xlsm");
  expect((await runCli("charge", input, "-o", path.join(dir, "out.xlsx"))).code).toBe(2);
  expect((await runCli("charge", input, "-o", path.join(dir, "out.xlsm"))).code).toBe(0);
  const parts = partsOf(readFileSync(path.join(dir, "out.xlsm")));
  expect(parts.get("xl/vbaProject.bin")).toEqual(
    partsOf(readFileSync(input)).get("xl/vbaProject.bin")
  );
  expect(text(parts.get("[Content_Types].xml")!)).toContain("macroEnabled.main+xml");
});
