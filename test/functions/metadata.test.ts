import { readFileSync } from "fs";
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import translations from "../../src/functions/locale/zh-CN.json";
import { functionCatalog } from "../../src/functions/catalog";
const { localizeFunctions } = require("../../scripts/localize-functions");

interface Metadata {
  functions: {
    id: string;
    name: string;
    description: string;
    parameters: { name: string; description: string; optional?: boolean }[];
    options?: { volatile?: boolean };
  }[];
}

let english: Metadata;
let chinese: Metadata;

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(
    [path.join(__dirname, "../../src/functions/functions.ts")],
    true
  );
  expect(result.errors).toEqual([]);
  english = JSON.parse(result.metadataJson);
  chinese = JSON.parse(localizeFunctions(result.metadataJson, translations));
}, 60_000);

describe("custom-function metadata generated from the JSDoc", () => {
  it("declares the four functions of SPEC §7", () => {
    expect(english.functions.map((f) => f.id)).toEqual([
      "SERVICEFEE",
      "REFUND",
      "WAIVERSHARE",
      "ENDTIMECHECK",
    ]);
  });
  it("makes ENDTIMECHECK volatile, so a blank date (today) is worked out again each day", () => {
    const volatile = english.functions.filter((f) => f.options?.volatile).map((f) => f.id);
    expect(volatile).toEqual(["ENDTIMECHECK"]);
    expect(chinese.functions.find((f) => f.id === "ENDTIMECHECK")!.options?.volatile).toBe(true);
  });
  it("matches the evaluator's parameters, names and optionality", () => {
    for (const spec of functionCatalog()) {
      const meta = english.functions.find((f) => f.id === spec.id)!;
      expect(meta.parameters.map((p) => p.name)).toEqual(spec.params.map((p) => p.name));
      expect(meta.parameters.map((p) => Boolean(p.optional))).toEqual(
        spec.params.map((p) => p.optional)
      );
    }
  });
});

describe("zh-CN metadata made from the English one", () => {
  it("keeps the ids and gives Chinese names", () => {
    expect(chinese.functions.map((f) => [f.id, f.name])).toEqual([
      ["SERVICEFEE", "课后服务费"],
      ["REFUND", "退费金额"],
      ["WAIVERSHARE", "减免分担"],
      ["ENDTIMECHECK", "结束时间检查"],
    ]);
  });
  it("describes every function and parameter in Chinese", () => {
    for (const f of chinese.functions) {
      expect(f.description).toMatch(/[\u4e00-\u9fff]/);
      f.parameters.forEach((p) => expect(p.description).toMatch(/[\u4e00-\u9fff]/));
    }
  });
  it("names every function as Excel requires: a letter first, three characters or more", () => {
    for (const f of chinese.functions) {
      expect([f.id, f.name]).toEqual([f.id, expect.stringMatching(/^\p{L}[\p{L}\p{N}_.]{2,}$/u)]);
    }
  });
  it("makes the manifest's zh-CN Get Started text name the Chinese functions Excel registers", () => {
    const manifest = readFileSync(path.join(__dirname, "../../manifest.xml"), "utf8");
    const text =
      /id="GetStarted.Description"[^>]*>\s*<bt:Override Locale="zh-CN" Value="([^"]*)"/.exec(
        manifest
      )![1];
    for (const f of chinese.functions) expect(text).toContain(f.name);
    expect(text).not.toMatch(/SERVICEFEE|REFUND|WAIVERSHARE|ENDTIMECHECK/);
  });
  it("refuses a function without a translation", () => {
    const extra = JSON.stringify({ functions: [{ id: "NEW", name: "NEW", parameters: [] }] });
    expect(() => localizeFunctions(extra, translations)).toThrow("no zh-CN translation for NEW");
  });
});
