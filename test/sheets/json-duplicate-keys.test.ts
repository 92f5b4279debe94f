import { duplicateKeys } from "../../src/sheets/json-duplicate-keys";

describe("duplicateKeys", () => {
  it("finds a key written twice in one object, with its path, line and column", () => {
    const json = '{\n  "rates": { "primary": 100,\n    "primary": 10, "junior": 100 }\n}';
    expect(duplicateKeys(json)).toEqual([{ field: "rates.primary", line: 3, column: 5 }]);
  });

  it("names a repeat inside a list by its index, and a repeated top-level key", () => {
    const json = '{"id":"a","tiers":[{"upTo":1},{"upTo":2,"upTo":3}],"id":"b"}';
    expect(duplicateKeys(json).map((d) => d.field)).toEqual(["tiers[1].upTo", "id"]);
  });

  it("takes the same key in two objects, and quotes, braces and escapes inside strings", () => {
    const json = '{"a":{"x":1},"b":{"x":"}\\",{\\"x\\":"},"c":[1,true,null,-2.5e3]}';
    expect(duplicateKeys(json)).toEqual([]);
  });
});
