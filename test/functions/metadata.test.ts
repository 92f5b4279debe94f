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
      ["REFUND", "退费"],
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
  it("refuses a function without a translation", () => {
    const extra = JSON.stringify({ functions: [{ id: "NEW", name: "NEW", parameters: [] }] });
    expect(() => localizeFunctions(extra, translations)).toThrow("no zh-CN translation for NEW");
  });
});
