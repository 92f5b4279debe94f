import { strFromU8 } from "fflate";
import { chargeChartPlan } from "../../../src/jobs/charge/charge-charts";
import { chargeJob } from "../../../src/jobs/charge/job";
import { chartedBytes } from "../../support/written-bytes";
import { XlsxWorkbook } from "../../../src/workbook/xlsx-workbook";
import { generateSchool, gridsToXlsx } from "../../support/generate-school";
import { partsOf } from "../../support/package-parts";

const overrides = (xml: string) => (xml.match(/<Override [^>]*\/>/g) ?? []).sort();

describe("charts written with Kehou's sheet (one pass)", () => {
  it("make the same package as grafting them onto the written copy", async () => {
    const source = await gridsToXlsx(generateSchool(60, 3));
    const charged = async () => {
      const wb = await XlsxWorkbook.fromBuffer(source);
      const result = await chargeJob(wb, { write: true });
      return { wb, plan: chargeChartPlan(result, result.sheetNames[0]) };
    };
    const once = await charged();
    const grafted = await charged();
    const a = partsOf(await once.wb.toBuffer([once.plan]));
    const b = partsOf(chartedBytes(await grafted.wb.toBuffer(), [grafted.plan]));
    expect(once.plan?.charts.length).toBe(2);
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    expect(a.has("xl/charts/chart2.xml") && a.has("xl/drawings/drawing1.xml")).toBe(true);
    for (const [name, bytes] of a) {
      const [x, y] = [strFromU8(bytes), strFromU8(b.get(name)!)];
      // The graft declares the r: prefix again on the <drawing> it inserts; the order of the
      // content types' overrides follows the order the parts were added.
      if (name === "[Content_Types].xml") expect(overrides(x)).toEqual(overrides(y));
      else expect(x).toBe(y.replace(/<drawing xmlns:r="[^"]*" /, "<drawing "));
    }
  });

  it("go to the graft where the sheet is not one Kehou writes now, or has its drawing", async () => {
    const wb = await XlsxWorkbook.fromBuffer(await gridsToXlsx(generateSchool(5, 4)));
    const result = await chargeJob(wb, { write: true });
    const plan = chargeChartPlan(result, result.sheetNames[0])!;
    const bytes = await wb.toBuffer([
      plan,
      { ...plan, sheet: "名册" },
      { ...plan, sheet: "没有" },
      plan,
    ]);
    const names = [...partsOf(bytes).keys()];
    // 名册 grafted; 没有 missing and the charge sheet's second plan (it has its drawing) left out
    expect(names.filter((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n))).toHaveLength(2);
    expect(names.filter((n) => n.startsWith("xl/charts/"))).toHaveLength(2 * plan.charts.length);
  });
});
