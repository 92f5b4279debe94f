import { readFileSync } from "fs";
import path from "path";

const { skipsLine } = require("../support/skips-summary.js");

const root = path.join(__dirname, "..", "..");

describe(".ci/run and skipped suites", () => {
  it(".ci/run exports CI=true before it runs anything", () => {
    const script = readFileSync(path.join(root, ".ci", "run"), "utf8");
    const exportAt = script.search(/^export CI=true$/m);
    expect(exportAt).toBeGreaterThan(0);
    expect(exportAt).toBeLessThan(script.indexOf("npm ci"));
  });

  it("sums up skipped suites in one line, grouped by what is missing", () => {
    const line: string = skipsLine([
      { name: "dist/ after npm run build", what: "the add-in build (npm run build)" },
      { name: "the page in chromium", what: "chromium" },
      { name: "the city workbook in LibreOffice", what: "LibreOffice (soffice)" },
      { name: "the charge in LibreOffice", what: "LibreOffice (soffice)" },
    ]);
    expect(line).not.toContain("\n");
    expect(line).toMatch(/^Skipped 4 suite\(s\)/);
    expect(line).toContain(
      "LibreOffice (soffice) missing: the city workbook in LibreOffice, the charge in LibreOffice"
    );
    expect(line).toContain("the add-in build (npm run build) missing");
  });

  it("runs property tests on a fixed seed", () => {
    const fc = require("fast-check");
    expect(fc.readConfigureGlobal().seed).toBe(
      process.env.KEHOU_SEED && process.env.KEHOU_SEED !== "random"
        ? Number(process.env.KEHOU_SEED)
        : process.env.KEHOU_SEED === "random"
          ? expect.any(Number)
          : 20210401
    );
  });
});
