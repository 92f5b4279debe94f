import { existsSync, readdirSync, readFileSync } from "fs";
import path from "path";
import vm from "vm";
import { parse } from "acorn";
import { chargeJob } from "../../src/jobs/charge/job";
import { sampleSchoolSheets } from "../../src/jobs/sample-school";
import { fenText } from "../../src/policy/fen";
import type { CellValue } from "../../src/sheets/grid";
import { WpsWorkbook } from "../../src/workbook/wps-workbook";
import { XlsxWorkbook } from "../../src/workbook/xlsx-workbook";
import { EtFake } from "../support/et-fake";
import { describeWhen } from "../support/needs";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
const folder = path.join(__dirname, "..", "..", "dist", "wps", `kehou_${version}`);
const built = existsSync(path.join(folder, "main.js"));

/** The callbacks ribbon.xml names (onLoad, onAction, getImage, getEnabled, getLabel …). */
function ribbonCallbacks(): string[] {
  const xml = readFileSync(path.join(folder, "ribbon.xml"), "utf8");
  return [...new Set([...xml.matchAll(/\b(?:on|get)[A-Z]\w*="(\w+)"/g)].map((m) => m[1]))];
}

/** main.js loaded as WPS loads it: a page whose window.Application is the (fake) ET host. */
function loadMain(et: EtFake) {
  const alerts: string[] = [];
  const context = vm.createContext({
    Application: et.app,
    wps: et.app,
    alert: (m: string) => alerts.push(m),
    location: {
      href: `file:///home/u/.local/share/Kingsoft/wps/jsaddons/kehou_${version}/index.html`,
    },
    navigator: { userAgent: "Mozilla/5.0 (X11; Linux x86_64) Chrome/83.0 WPS" },
    console,
    setTimeout,
    clearTimeout,
    queueMicrotask,
    TextEncoder,
    TextDecoder,
  });
  vm.runInContext("this.window = this; this.self = this;", context);
  vm.runInContext(readFileSync(path.join(folder, "main.js"), "utf8"), context);
  return { context: context as Record<string, unknown>, alerts };
}

const trim = (values: readonly (readonly CellValue[])[]) =>
  values.map((row) => {
    const out = row.map((v) => (v === "" ? null : v));
    while (out.length > 0 && out[out.length - 1] === null) out.pop();
    return out;
  });

describeWhen(built, "dist/wps after npm run build", "the built WPS add-in in a VM", () => {
  it("defines every callback ribbon.xml names as a global function", () => {
    const { context } = loadMain(new EtFake());
    const names = ribbonCallbacks();
    expect(names.length).toBeGreaterThanOrEqual(3);
    for (const name of names) expect(typeof context[name]).toBe("function");
  });

  it("begins ribbon.xml with the bytes <customUI and has the tab 课后服务 with every job", () => {
    const xml = readFileSync(path.join(folder, "ribbon.xml"));
    expect(xml.subarray(0, 9).toString()).toBe("<customUI");
    const text = xml.toString("utf8");
    expect(text).toContain('label="课后服务"');
    for (const label of [
      "插入模板",
      "校验名册",
      "生成收费表",
      "检查违规",
      "生成公示",
      "生成缴费通知",
      "汇总报送",
      "打开面板",
      "诊断",
    ])
      expect(text).toContain(`label="${label}"`);
  });

  it("registers the four functions under KEHOU with ASCII names and Chinese descriptions, giving the harness's answers", () => {
    const et = new EtFake();
    const { context } = loadMain(et);
    (context.OnAddinLoad as () => void)();
    expect([...et.functions.keys()].sort()).toEqual([
      "KEHOU.ENDTIMECHECK",
      "KEHOU.REFUND",
      "KEHOU.SERVICEFEE",
      "KEHOU.WAIVERSHARE",
    ]);
    const fee = et.functions.get("KEHOU.SERVICEFEE")!;
    expect((fee.metadata as { description: string }).description).toMatch(/^课后服务费/);
    expect(fee.fn([[120, 29, 45]])).toBe(11);
    expect(fee.fn([120, 29, 45])).toBe(11); // a flat range, should WPS pass one
    expect(et.functions.get("KEHOU.REFUND")!.fn(300, null, 20)).toBe(300);
    // The Excel harness's cases (test/functions/harness.test.ts), as WPS would pass them.
    const fn = (id: string) => et.functions.get(`KEHOU.${id}`)!.fn;
    expect(fn("WAIVERSHARE")([[100, null, "50"]], "学校")).toBe(75);
    expect(fn("WAIVERSHARE")([[100]])).toBe(50);
    expect(fn("REFUND")(300, 10, 20)).toBe(150);
    expect(fn("REFUND")("300", "0", "20")).toBe(300);
    expect(fn("SERVICEFEE")([[null, null]])).toBe(0);
    expect(typeof fn("ENDTIMECHECK")("17:30", "初中", null, null)).toBe("string");
    for (const [id, args] of [
      ["SERVICEFEE", [[["abc"]], "小学", null]],
      ["SERVICEFEE", [[[60]], "高中", 0.11]],
      ["WAIVERSHARE", [[["x"]], null]],
      ["ENDTIMECHECK", ["晚上", "小学", null, null]],
    ] as const)
      expect(fn(id)(...args)).toMatch(/^#VALUE! \S/);
  });

  it("clicking 生成收费表 charges the sample school to the fen, as the file path does, in a bounded number of calls", async () => {
    const file = XlsxWorkbook.empty();
    await file.writeSheets(sampleSchoolSheets());
    const fileWb = await XlsxWorkbook.fromBuffer(await file.toBuffer());
    const fromFile = await chargeJob(fileWb);

    const et = new EtFake();
    await new WpsWorkbook(et.app as unknown as Et.Application).writeSheets(sampleSchoolSheets());
    const { context, alerts } = loadMain(et);
    et.calls = 0;
    await (context.OnAction as (c: { Id: string }) => Promise<void>)({ Id: "kehou.charge" });
    expect(et.calls).toBeLessThanOrEqual(400);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toContain(`应缴合计 ¥${fenText(fromFile.totals.payable)}`);
    for (const name of fromFile.sheetNames) {
      const ours = trim(et.sheet(name).values());
      const theirs = trim((await fileWb.readSheets()).find((s) => s.name === name)!.values);
      // The fake has no calculation engine: a formula cell is compared by being a formula.
      const formula = (v: CellValue) => typeof v === "string" && v.startsWith("=");
      const mask = (rows: CellValue[][]) =>
        rows.map((row, r) =>
          Array.from({ length: Math.max(row.length, ours[r]?.length ?? 0) }, (_, c) =>
            formula(ours[r]?.[c] ?? null) ? "=" : (row[c] ?? null)
          )
        );
      expect(mask(ours)).toEqual(mask(theirs));
    }
  });

  it("runs validate, breaches, notices, the notice and 诊断 from the ribbon without a failure", async () => {
    const et = new EtFake();
    await new WpsWorkbook(et.app as unknown as Et.Application).writeSheets(sampleSchoolSheets());
    const { context, alerts } = loadMain(et);
    for (const id of ["validate", "breaches", "notices", "notice", "diagnose"])
      await (context.OnAction as (c: { Id: string }) => Promise<void>)({ Id: `kehou.${id}` });
    expect(alerts.filter((a) => a.startsWith("运行失败"))).toEqual([]);
    expect(alerts).toHaveLength(5);
    const diagnosis = et.sheet("Kehou诊断").values();
    const rows = diagnosis.map((r) => r[0]);
    expect(rows).toContain("Value2 1×1（A1）");
    expect(rows).toContain("Application.Build");
    expect(et.sheets.map((s) => s.name)).not.toContain("Kehou诊断草稿");
    expect(et.prompts).toBe(0);
  });

  it("shows the pane through CreateTaskPane, once", async () => {
    const et = new EtFake();
    const { context } = loadMain(et);
    const click = context.OnAction as (c: { Id: string }) => Promise<void>;
    await click({ Id: "kehou.pane" });
    await click({ Id: "kehou.pane" });
    expect(et.panes).toHaveLength(1);
    expect(et.panes[0].url).toMatch(/kehou_[\d.]+\/pane\/index\.html$/);
    expect(et.panes[0].visible).toBe(true);
  });
});

/**
 * APIs some WPS builds' embedded Chromium lacks or breaks: crypto.randomUUID (Chromium 92),
 * toLocaleDateString/toLocaleTimeString (throw on Linux builds), structuredClone (98),
 * Object.hasOwn (93), findLast/findLastIndex (97), String.replaceAll (85), Array/String at (92).
 */
const MISSING = new Set([
  "randomUUID",
  "toLocaleDateString",
  "toLocaleTimeString",
  "structuredClone",
  "hasOwn",
  "findLast",
  "findLastIndex",
  "replaceAll",
]);

/**
 * Member names read or called in a script, and free calls (structuredClone(…)), by its parse
 * tree; a member only tested for, as in `Object.hasOwn || fallback`, is not a use.
 */
function usedNames(code: string): Set<string> {
  const names = new Set<string>();
  type Node = {
    type?: string;
    operator?: string;
    left?: Node;
    property?: { type: string; name?: string; value?: unknown };
    computed?: boolean;
    callee?: { type: string; name?: string };
  };
  const visit = (node: unknown): void => {
    if (!node || typeof node !== "object") return;
    if (Array.isArray(node)) return node.forEach(visit);
    const n = node as Node;
    if (
      n.type === "LogicalExpression" &&
      n.operator === "||" &&
      n.left?.type === "MemberExpression"
    )
      return visit((node as { right: unknown }).right);
    if (n.type === "MemberExpression" && n.property) {
      if (!n.computed && n.property.type === "Identifier") names.add(n.property.name!);
      if (n.computed && n.property.type === "Literal" && typeof n.property.value === "string")
        names.add(n.property.value);
    }
    if (n.type === "CallExpression" && n.callee?.type === "Identifier") names.add(n.callee.name!);
    for (const v of Object.values(node)) if (v && typeof v === "object") visit(v);
  };
  visit(parse(code, { ecmaVersion: "latest", sourceType: "script" }));
  return names;
}

describeWhen(
  built,
  "dist/wps after npm run build",
  "the WPS add-in's scripts for older embedded Chromium",
  () => {
    it("main.js and the pane's scripts use no API older embedded Chromium lacks", () => {
      const pane = path.join(folder, "pane");
      const files = [
        path.join(folder, "main.js"),
        // The pane's scripts, the chunks it loads later (charts, the .xlsx reader) included.
        ...readdirSync(pane)
          .filter((f) => f.endsWith(".js"))
          .map((f) => path.join(pane, f)),
      ];
      for (const file of files) {
        const used = usedNames(readFileSync(file, "utf8"));
        expect({
          file: path.basename(file),
          found: [...MISSING].filter((m) => used.has(m)),
        }).toEqual({
          file: path.basename(file),
          found: [],
        });
      }
      expect(readdirSync(pane)).toContain("index.html");
    });
  }
);
