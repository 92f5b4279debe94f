import { readFileSync } from "fs";
import path from "path";
import { findingsDoc } from "../../src/findings/finding-doc";
import { FINDING_RULES } from "../../src/findings/finding-rules";

describe("docs/findings.md", () => {
  it("is the catalogue generated from the rules (run npm run docs after changing a rule)", () => {
    expect(readFileSync(path.join(__dirname, "..", "..", "docs", "findings.md"), "utf8")).toBe(
      findingsDoc()
    );
  });
  it("lists every rule", () => {
    for (const id of Object.keys(FINDING_RULES)) expect(findingsDoc()).toContain(`\`${id}\``);
  });
});
