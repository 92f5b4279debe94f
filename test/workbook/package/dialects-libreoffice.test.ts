import { mkdtempSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { prefixedOf, strictOf } from "../../support/dialects";
import { hasLibreOffice, libreOfficeSheets } from "../../support/libreoffice";
import { messySchool } from "../../support/messy-school";
import { describeWhen } from "../../support/needs";
import { runCli } from "../../support/run-cli";

describeWhen(
  hasLibreOffice,
  "LibreOffice (soffice)",
  "Kehou's copy of a Strict or prefixed workbook opened by LibreOffice headless",
  () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "kehou-dialects-lo-"));
    jest.setTimeout(180_000);

    /** LibreOffice's reading of `kehou charge -o` on the school's file made by `dialect`. */
    async function chargedCopy(name: string, dialect: (b: Uint8Array) => Uint8Array) {
      const input = path.join(dir, `${name}.xlsx`);
      writeFileSync(input, dialect(await messySchool()));
      const out = path.join(dir, `${name}-out.xlsx`);
      expect((await runCli("charge", input, "-o", out)).code).toBe(0);
      return libreOfficeSheets(out);
    }

    it("shows the same sheets and the same charge sheet as the transitional workbook's copy", async () => {
      const plain = await chargedCopy("plain", (b) => b);
      expect(plain["收费表 2021-05"].some((row) => row[0] === "学校合计")).toBe(true);
      expect(await chargedCopy("strict", strictOf)).toEqual(plain);
      expect(await chargedCopy("prefixed", prefixedOf)).toEqual(plain);
    });
  }
);
