import { mkdtempSync, readFileSync } from "fs";
import os from "os";
import path from "path";
import { hasLibreOffice, libreOfficeNotes, libreOfficeSheets } from "../../support/libreoffice";
import { describeWhen } from "../../support/needs";
import { partsOf, text } from "../../support/package-parts";
import { runCli } from "../../support/run-cli";

const CORPUS = ["libreoffice-extras.xlsx", "exceljs-images.xlsx", "macro-chartsheet.xlsm"];

describeWhen(
  hasLibreOffice,
  "LibreOffice (soffice)",
  "the corpus copies opened by LibreOffice",
  () => {
    jest.setTimeout(180_000);

    it.each(CORPUS)(
      "opens %s charged and highlighted, with Kehou's totals and the school's own sheets and charts",
      async (name) => {
        const dir = mkdtempSync(path.join(os.tmpdir(), "kehou-corpus-lo-"));
        const ext = path.extname(name);
        const input = path.join(__dirname, "../../fixtures", name);
        const charged = path.join(dir, `charged${ext}`);
        const marked = path.join(dir, `marked${ext}`);
        const run = await runCli("charge", input, "-o", charged, "--json");
        expect(run.code).toBe(0);
        const payable = JSON.parse(run.out).totals.payable as string;
        expect((await runCli("breaches", charged, "--highlight", "-o", marked)).code).toBe(0);

        const sheets = libreOfficeSheets(marked);
        const before = Object.keys(libreOfficeSheets(input));
        expect(Object.keys(sheets)).toEqual(
          expect.arrayContaining([...before, "收费问题清单", "违规问题清单"])
        );
        const chargeSheet = Object.keys(sheets).find((s) => s.startsWith("收费表"))!;
        const rows = sheets[chargeSheet];
        const total = rows.find((r) => r[0] === "学校合计")!;
        // LibreOffice recalculates every formula on load: these are its own sums.
        expect(Number(total[rows[2].indexOf("应缴金额")])).toBe(Number(payable));

        const parts = partsOf(readFileSync(marked));
        const chartLinks = [...parts]
          .filter(([n]) => n.startsWith("xl/drawings/_rels/"))
          .map(([, b]) => text(b))
          .join("");
        // The school's own chart (none in the exceljs fixture) is still linked from its drawing.
        if (name !== "exceljs-images.xlsx") expect(chartLinks).toContain("charts/chart1.xml");
      }
    );

    it("shows the school's notes and Kehou's beside them on a highlighted sheet", async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), "kehou-corpus-lo-"));
      const marked = path.join(dir, "marked.xlsx");
      const input = path.join(__dirname, "../../fixtures/libreoffice-extras.xlsx");
      expect((await runCli("breaches", input, "--highlight", "-o", marked)).code).toBe(0);
      const notes = libreOfficeNotes(marked);
      expect(notes["5月考勤"]).toEqual(
        expect.arrayContaining(["考勤由班主任填写", "家长来电，晚接"])
      );
      expect(notes["5月考勤"].filter((n) => n.startsWith("Kehou："))).toHaveLength(1);
      expect(notes["名册"].filter((n) => n.startsWith("Kehou："))).toHaveLength(2);
      expect(notes["学校统计"]).toEqual(["学校自己的批注"]);
    });
  }
);
