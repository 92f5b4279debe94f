import { mkdtempSync, readFileSync } from "fs";
import os from "os";
import path from "path";
import { NOTE_KEPT } from "../../../src/jobs/findings-sheet";
import { XlsxWorkbook } from "../../../src/workbook/xlsx-workbook";
import { OpcPackage } from "../../../src/workbook/package/opc-package";
import { readRelationships, resolveTarget } from "../../../src/workbook/package/relationships";
import { REL } from "../../../src/workbook/package/namespaces";
import { sheetEntries } from "../../../src/workbook/package/workbook-index";
import { nameClashes, partsOf, text } from "../../support/package-parts";
import { runCli } from "../../support/run-cli";

/**
 * What the corpus plants for highlighting (scripts/fixtures): the LibreOffice workbook has
 * the school's notes on 5月考勤, one on a cell Kehou marks (D4); the exceljs one has a note
 * on 名册; both leave 名册!I5 (a missing 公示日期, a marked cell) never typed in.
 */
const fixture = (name: string) => path.join(__dirname, "../../fixtures", name);
const dir = mkdtempSync(path.join(os.tmpdir(), "kehou-corpus-notes-"));

/** A sheet's XML and its notes part's, by the sheet's name, in a package. */
function sheetParts(bytes: Uint8Array, sheet: string) {
  const pkg = OpcPackage.read(bytes);
  const part = sheetEntries(pkg).find((e) => e.name === sheet)!.part!;
  const notes = readRelationships(pkg, part).find((r) => r.type === REL.comments);
  return {
    xml: pkg.text(part)!,
    notes: notes && pkg.text(resolveTarget(part, notes.target)),
  };
}

describe("highlighting the corpus", () => {
  jest.setTimeout(60_000);

  it("keeps the school's note on a marked cell, adds Kehou's beside it, and says so in the list", async () => {
    const out = path.join(dir, "lo.xlsx");
    expect(
      (await runCli("breaches", fixture("libreoffice-extras.xlsx"), "--highlight", "-o", out)).code
    ).toBe(0);
    const { notes } = sheetParts(readFileSync(out), "5月考勤");
    expect(notes).toContain("家长来电，晚接");
    expect(notes).toContain("考勤由班主任填写");
    expect(notes!.match(/<comment ref="D4"/g)).toHaveLength(1);
    expect(notes).toMatch(
      /<comment ref="F1" authorId="1"><text><r><t xml:space="preserve">Kehou：/
    );
    const list = (await (await XlsxWorkbook.fromBuffer(readFileSync(out))).readSheets()).find(
      (g) => g.name === "违规问题清单"
    )!;
    const rowOf = (cell: string) =>
      list.values
        .find((r) => r[4] === cell)!
        .map(String)
        .join(" ");
    expect(rowOf("D4")).toContain(NOTE_KEPT);
    expect(rowOf("F1")).not.toContain(NOTE_KEPT);
  });

  it.each(["libreoffice-extras.xlsx", "exceljs-images.xlsx"])(
    "colours and notes a marked cell never typed in (%s)",
    async (name) => {
      const out = path.join(dir, `blank-${name}`);
      expect((await runCli("breaches", fixture(name), "--highlight", "-o", out)).code).toBe(0);
      const before = sheetParts(readFileSync(fixture(name)), "名册");
      const after = sheetParts(readFileSync(out), "名册");
      expect(before.xml).not.toContain('r="I5"');
      const s = /<c r="I5" s="(\d+)"\/>/.exec(after.xml)![1];
      const styles = text(partsOf(readFileSync(out)).get("xl/styles.xml")!);
      const xf = styles.match(/<cellXfs\b[\s\S]*<\/cellXfs>/)![0].match(/<xf\b[^>]*>/g)![Number(s)];
      expect(xf).toMatch(/applyFill="1"/);
      expect(after.notes).toMatch(
        /<comment ref="I5"[^>]*><text><r><t xml:space="preserve">Kehou：/
      );
      if (name === "exceljs-images.xlsx") expect(after.notes).toContain("学号以教务系统为准");
    }
  );

  it("names Kehou's tables so they clash with none of the school's (exceljs-images has two of its names)", async () => {
    const input = fixture("exceljs-images.xlsx");
    const charged = path.join(dir, "charged.xlsx");
    const both = path.join(dir, "both.xlsx");
    expect(nameClashes(partsOf(readFileSync(input)))).toEqual([]);
    expect((await runCli("charge", input, "-o", charged)).code).toBe(0);
    expect((await runCli("breaches", charged, "-o", both)).code).toBe(0);
    const parts = partsOf(readFileSync(both));
    const tables = [...parts]
      .filter(([n]) => n.startsWith("xl/tables/"))
      .map(([, b]) => /\sname="([^"]*)"/.exec(text(b))![1])
      .sort();
    expect(tables).toEqual(
      [
        "Kehou收费表_2023_05_2",
        "Kehou收费问题清单",
        "Kehou违规问题清单_2",
        "kehou收费表_2023_05",
      ].sort()
    );
    expect(nameClashes(parts)).toEqual([]);
  });
});
