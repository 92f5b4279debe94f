import { spawnSync } from "child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import path from "path";
import { zipSync } from "fflate";
import { MARKS_SHEET } from "../../src/jobs/workbook-port";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { namedSchool } from "../support/city-fixtures";
import { gridsToXlsx } from "../support/generate-school";
import { hasLibreOffice } from "../support/libreoffice";
import { describeWhen } from "../support/needs";
import {
  convert,
  encryptedOds,
  encryptedXlsx,
  passwordXls,
  sampleWorkbooks,
  suiteDir,
  truncated,
} from "../support/other-formats";
import { runCli } from "../support/run-cli";

type Json = Record<string, unknown> & { findings: { rule: string }[] };

/** The money and findings of `kehou charge FILE --json`. */
async function charged(file: string): Promise<Json> {
  const r = await runCli("charge", file, "--json");
  expect([r.code, r.err]).toEqual([0, ""]);
  return JSON.parse(r.out);
}

/**
 * LibreOffice computes a formula saved without a result when it converts a file, so the
 * converted twin has a value where the .xlsx has a FORMULA_NOT_CALCULATED finding.
 */
const calculatedByLibreOffice = (j: Json): Json => ({
  ...j,
  findings: j.findings.filter((f) => f.rule !== "FORMULA_NOT_CALCULATED"),
});

describeWhen(
  hasLibreOffice,
  "LibreOffice (soffice)",
  "kehou on .xls, .et and .ods made by LibreOffice from the sample workbooks",
  () => {
    jest.setTimeout(240_000);
    const dir = suiteDir("kehou-formats-");
    let xlsx: string[] = [];
    let xls: string[] = [];
    let et: string[] = [];
    let ods: string[] = [];
    /** The demo school as Kehou's copy of it, with its charge sheets, saved by LibreOffice as .xls. */
    let chargedXls = "";
    /** Four schools of one city, as .xlsx, and converted (.xls for the second and third, .ods for the fourth). */
    const schools = ["第一小学", "第二小学", "第三中学", "第四中学"];
    const city: { xlsx: string[]; xls: string[]; ods: string[] } = { xlsx: [], xls: [], ods: [] };

    beforeAll(async () => {
      xlsx = await sampleWorkbooks(dir);
      const twins = path.join(dir, "twins");
      mkdirSync(twins);
      for (const [i, school] of schools.entries()) {
        const file = path.join(twins, `${school}.xlsx`);
        writeFileSync(file, await gridsToXlsx(namedSchool(`绥芬河市${school}`, i + 1)));
        city.xlsx.push(file);
      }
      // One LibreOffice run per format: a conversion costs seconds.
      const charged = path.join(dir, "收费后.xlsx");
      expect((await runCli("charge", xlsx[0], "-o", charged)).code).toBe(0);
      const all = [...xlsx, ...city.xlsx, charged];
      const [allXls, allOds] = [convert(all, "xls", dir), convert(all, "ods", dir)];
      const n = xlsx.length;
      [xls, city.xls, chargedXls] = [allXls.slice(0, n), allXls.slice(n, n + 4), allXls[n + 4]];
      [ods, city.ods] = [allOds.slice(0, n), allOds.slice(n, n + 4)];
      // The city's folder in the four formats: .xlsx, .xls, .xls named .et, .ods.
      const mixed = path.join(dir, "mixed");
      mkdirSync(mixed);
      copyFileSync(city.xlsx[0], path.join(mixed, "第一小学.xlsx"));
      copyFileSync(city.xls[1], path.join(mixed, "第二小学.xls"));
      copyFileSync(city.xls[2], path.join(mixed, "第三中学.et"));
      copyFileSync(city.ods[3], path.join(mixed, "第四中学.ods"));
      et = xls.map((f) => {
        const copy = f.replace(/\.xls$/, ".et");
        copyFileSync(f, copy);
        return copy;
      });
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it("charges each .xls, .et and .ods to the fen what its .xlsx twin charges, with the same findings", async () => {
      for (let i = 0; i < xlsx.length; i++) {
        const twin = calculatedByLibreOffice(await charged(xlsx[i]));
        for (const file of [xls[i], et[i], ods[i]])
          expect([path.basename(file), await charged(file)]).toEqual([path.basename(file), twin]);
      }
    });

    it("writes a new .xlsx with -o: the school's sheets as values plus Kehou's sheets", async () => {
      const out = path.join(dir, "学校.xlsx");
      const r = await runCli("charge", ods[0], "-o", out, "--json");
      expect([r.code, r.err]).toEqual([0, ""]);
      const copy = await (await XlsxWorkbook.fromBuffer(readFileSync(out))).readSheets();
      const school = await (await XlsxWorkbook.fromBuffer(readFileSync(xlsx[0]))).readSheets();
      for (const sheet of school) {
        const copied = copy.find((g) => g.name === sheet.name)!;
        // LibreOffice stores no empty text: a "" of the .xlsx is a blank in the .ods.
        const plain = (g: typeof sheet) =>
          g.values.map((row) => {
            const r = row.map((v) => (v === "" ? null : v));
            while (r.length > 0 && r[r.length - 1] === null) r.pop();
            return r;
          });
        expect([sheet.name, plain(copied)]).toEqual([sheet.name, plain(sheet)]);
      }
      expect(copy.map((g) => g.name)).toEqual(
        expect.arrayContaining(["收费表 2021-05", "收费问题清单"])
      );
      // The copy charges what the .ods charged.
      expect(await charged(out)).toEqual(await charged(ods[0]));
    });

    it("replaces Kehou's sheets of an earlier run saved as .xls, never adding a second", async () => {
      const out = path.join(dir, "再次.xlsx");
      const r = await runCli("charge", chargedXls, "-o", out, "--json");
      expect([r.code, r.err]).toEqual([0, ""]);
      const names = (await (await XlsxWorkbook.fromBuffer(readFileSync(out))).readSheets()).map(
        (g) => g.name
      );
      expect(names).toEqual(["设置", "学生名册", "5月考勤", "收费表 2021-05", "收费问题清单"]);
    });

    it("marks the copied values with --highlight", async () => {
      const out = path.join(dir, "标记.xlsx");
      const r = await runCli("breaches", xls[2], "--highlight", "-o", out, "--json");
      expect([r.code, r.err]).toEqual([0, ""]);
      const twin = path.join(dir, "标记-twin.xlsx");
      const marked2 = await runCli("breaches", xlsx[2], "--highlight", "-o", twin, "--json");
      expect(marked2.code).toBe(0);
      // The twin's formulas saved without a result are marked too; LibreOffice computed them.
      const uncalculated = JSON.parse(marked2.out).counts.FORMULA_NOT_CALCULATED ?? 0;
      const marks = async (file: string) => {
        const wb = await XlsxWorkbook.fromBuffer(readFileSync(file));
        return (await wb.readSheets()).find((g) => g.name === MARKS_SHEET)?.values.length ?? 0;
      };
      const marked = await marks(out);
      expect(marked).toBeGreaterThan(0);
      expect(marked).toBe((await marks(twin)) - uncalculated);
    });

    it("consolidates a folder mixing the four formats to the totals of its .xlsx twin folder", async () => {
      const mixed = path.join(dir, "mixed");
      const consolidated = async (folder: string) => {
        const out = path.join(dir, `${path.basename(folder)}-city.xlsx`);
        const r = await runCli("consolidate", folder, "-o", out, "--json");
        expect([r.code, r.err]).toEqual([0, ""]);
        return JSON.parse(r.out);
      };
      const [a, b] = [await consolidated(path.dirname(city.xlsx[0])), await consolidated(mixed)];
      expect(b.errors).toEqual([]);
      expect(b.totals).toEqual(a.totals);
      expect(b.totals.schools).toBe(4);
    });

    describeWhen(
      existsSync(path.join(__dirname, "..", "..", "dist", "node", "cli", "consolidate-worker.js")),
      "the compiled program (npm run build)",
      "as shipped, on the reader threads",
      () => {
        // One reader: this thread reads the .xlsx and .ods, a thread is started for the .xls/.et.
        it.each(["1", "2"])(
          "consolidates the mixed folder to the same city as reading the files in turn (%s reader)",
          async (threads) => {
            const mixed = path.join(dir, "mixed");
            const bin = path.join(__dirname, "..", "..", "bin", "kehou.js");
            const out = path.join(dir, `threads-${threads}.xlsx`);
            const threaded = spawnSync(
              process.execPath,
              [bin, "consolidate", mixed, "-o", out, "--force", "--json"],
              { encoding: "utf8", env: { ...process.env, KEHOU_READER_THREADS: threads } }
            );
            expect([threaded.status, threaded.stderr]).toEqual([0, ""]);
            const inTurn = await runCli("consolidate", mixed, "-o", out, "--force", "--json");
            const { totals, errors, schools } = JSON.parse(threaded.stdout);
            const expected = JSON.parse(inTurn.out);
            expect({ totals, errors, schools }).toEqual({
              totals: expected.totals,
              errors: expected.errors,
              schools: expected.schools,
            });
            expect(errors).toEqual([]);
          }
        );
      }
    );

    it("refuses an encrypted file of each kind with how to remove the password, exit 1", async () => {
      const files = {
        "加密.xls": passwordXls(readFileSync(xls[0])),
        "加密.et": passwordXls(readFileSync(xls[0])),
        "加密.ods": encryptedOds(readFileSync(ods[0])),
        "加密.xlsx": encryptedXlsx(),
      };
      for (const [name, bytes] of Object.entries(files)) {
        const file = path.join(dir, name);
        writeFileSync(file, bytes);
        const r = await runCli("charge", file, "-o", path.join(dir, `${name}-out.xlsx`));
        expect([name, r.code, r.err]).toEqual([
          name,
          1,
          expect.stringMatching(new RegExp(`^「${name}」设有打开密码.*(删除密码|取消勾选)`)),
        ]);
      }
    });

    it("refuses a truncated file of each kind as damaged, exit 1, never 70", async () => {
      const files = {
        "半截.xls": truncated(xls[0]),
        "半截.et": truncated(et[0]),
        "半截.ods": truncated(ods[0]),
        "半截.xlsx": truncated(xlsx[0]),
      };
      for (const [name, bytes] of Object.entries(files)) {
        const file = path.join(dir, name);
        writeFileSync(file, bytes);
        for (const job of ["validate", "charge", "breaches"]) {
          const r = await runCli(job, file, "-o", path.join(dir, `${job}-${name}-out.xlsx`));
          expect([name, job, r.code, r.err]).toEqual([
            name,
            job,
            1,
            expect.stringMatching(/已损坏|不完整/),
          ]);
        }
      }
    });

    it("reads an .ods renamed .xlsx by its bytes, and names an .xlsb renamed .xlsx, with -o", async () => {
      const renamed = path.join(dir, "改名.xlsx");
      copyFileSync(ods[0], renamed);
      const out = path.join(dir, "改名-out.xlsx");
      const r = await runCli("charge", renamed, "-o", out, "--json");
      expect([r.code, r.err]).toEqual([0, ""]);
      expect(JSON.parse(r.out).totals).toEqual((await charged(xlsx[0])).totals);

      const xlsb = path.join(dir, "二进制.xlsx");
      writeFileSync(
        xlsb,
        zipSync({
          "[Content_Types].xml": new TextEncoder().encode("<Types/>"),
          "xl/workbook.bin": new Uint8Array(16),
        })
      );
      for (const job of ["validate", "charge", "breaches"]) {
        const b = await runCli(job, xlsb, "-o", path.join(dir, `${job}-xlsb-out.xlsx`));
        expect([job, b.code, b.err]).toEqual([job, 1, expect.stringContaining("（.xlsb）")]);
      }
    });
  }
);
