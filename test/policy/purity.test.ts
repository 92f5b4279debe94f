import { readdirSync, readFileSync, statSync } from "fs";
import path from "path";

const policyDir = path.join(__dirname, "..", "..", "src", "policy");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : full.endsWith(".ts") ? [full] : [];
  });
}

describe("src/policy", () => {
  const sources = files(policyDir);
  it("imports only itself, decimal.js and the holiday data: no Office, no files, no I/O", () => {
    expect(sources.length).toBeGreaterThan(5);
    for (const file of sources) {
      const imports = [...readFileSync(file, "utf8").matchAll(/from\s+"([^"]+)"/g)].map(
        (m) => m[1]
      );
      for (const spec of imports) {
        if (spec === "decimal.js" || spec === "chinese-days/dist/chinese-days.json") continue;
        expect(spec.startsWith(".")).toBe(true);
        expect(path.resolve(path.dirname(file), spec).startsWith(policyDir)).toBe(true);
      }
      expect(readFileSync(file, "utf8")).not.toMatch(
        /\b(Office|Excel)\.\w|require\(|\bprocess\.\w|\bconsole\.\w|from "(fs|path|child_process)"/
      );
    }
  });
  it("keeps money out of binary floats: no parseFloat or Math.round on amounts", () => {
    for (const file of sources.filter((f) => /money|fee|waiver|refund|allocation/.test(f))) {
      expect(readFileSync(file, "utf8")).not.toMatch(/parseFloat|Math\.round|toFixed\(\d\)\s*\*/);
    }
  });
});
