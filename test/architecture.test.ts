import { existsSync, readdirSync, readFileSync, statSync } from "fs";
import path from "path";

/**
 * The layers of src/, dependencies pointing inward only: policy ← findings ← sheets ← jobs ←
 * workbook ← the doors (functions, taskpane, commands, cli, wps). A folder not named here fails the test
 * until it is given a layer.
 */
const LAYERS: Record<string, number> = {
  policy: 0,
  findings: 1,
  sheets: 2,
  jobs: 3,
  workbook: 4,
  functions: 5,
  taskpane: 5,
  commands: 5,
  cli: 5,
  wps: 5,
};

const SRC = path.join(__dirname, "../src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !name.endsWith(".d.ts") ? [full] : [];
  });
}

/** The src files a file imports (type-only imports included: they tie the files too). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specs = [
    ...text.matchAll(/^\s*(?:import|export)\b[^;'"]*?\bfrom\s*["']([^"']+)["']/gm),
    ...text.matchAll(/^\s*import\s*["']([^"']+)["']/gm),
    ...text.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g),
    ...text.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g),
  ].map((m) => m[1]);
  const out: string[] = [];
  for (const spec of specs) {
    if (!spec.startsWith(".")) continue;
    const base = path.resolve(path.dirname(file), spec);
    const found = [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), base].find(
      (f) => existsSync(f) && statSync(f).isFile()
    );
    if (found && found.startsWith(SRC)) out.push(found);
  }
  return out;
}

const rel = (f: string) => path.relative(SRC, f);
const layerOf = (f: string) => LAYERS[rel(f).split(path.sep)[0]];

const files = sourceFiles(SRC);
const graph = new Map(files.map((f) => [f, importsOf(f)]));

describe("the architecture of src/", () => {
  it("gives every folder of src/ a layer", () => {
    const folders = new Set(files.map((f) => rel(f).split(path.sep)[0]));
    expect([...folders].filter((d) => !(d in LAYERS))).toEqual([]);
  });

  it("has no import that points outward (policy ← sheets ← jobs ← workbook ← doors)", () => {
    const outward: string[] = [];
    for (const [file, imports] of graph)
      for (const to of imports)
        if (layerOf(to) > layerOf(file)) outward.push(`${rel(file)} → ${rel(to)}`);
    expect(outward).toEqual([]);
  });

  it("has no import cycle", () => {
    const cycles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const stack: string[] = [];
    const visit = (f: string) => {
      state.set(f, "open");
      stack.push(f);
      for (const to of graph.get(f) ?? []) {
        if (state.get(to) === "open")
          cycles.push([...stack.slice(stack.indexOf(to)), to].map(rel).join(" → "));
        else if (!state.has(to)) visit(to);
      }
      stack.pop();
      state.set(f, "done");
    };
    for (const f of files) if (!state.has(f)) visit(f);
    expect(cycles).toEqual([]);
  });

  it("keeps zip code in the package layer: only src/workbook/package/ imports a zip library", () => {
    const PACKAGE = path.join("workbook", "package") + path.sep;
    const zipLibrary = /^\s*import\b[^;]*?\bfrom\s*["'](fflate|jszip|zlib|node:zlib)["']/m;
    const outside = files
      .filter((f) => !rel(f).startsWith(PACKAGE))
      .filter((f) => zipLibrary.test(readFileSync(f, "utf8")))
      .map(rel);
    expect(outside).toEqual([]);
  });

  it("keeps XML escaping in the package layer: no file outside src/workbook/package/ writes an entity itself", () => {
    const PACKAGE = path.join("workbook", "package") + path.sep;
    const escaper = /["'`]&(amp|lt|gt|quot|apos);|\.replace\(\/&\//;
    const outside = files
      .filter((f) => !rel(f).startsWith(PACKAGE))
      .filter((f) => escaper.test(readFileSync(f, "utf8")))
      .map(rel);
    expect(outside).toEqual([]);
  });
});
