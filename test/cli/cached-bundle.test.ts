import { createHash } from "crypto";
import { mkdtempSync, readFileSync, utimesSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { cacheFileOf, freshBundle, loadBundle } from "../../src/cli/cached-bundle";

/** A folder with `bundle.js` of `source`, and its code cache where one is made. */
function folderWith(source: string): { dir: string; bundle: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "kehou-bundle-"));
  const bundle = path.join(dir, "bundle.js");
  writeFileSync(bundle, source);
  return { dir, bundle };
}

// Each function is called so the cache made after the run holds its bytecode.
const answering = (n: number) =>
  `const f = () => ${n}; f(); module.exports = { answer: f, dir: __dirname, file: __filename, req: typeof require };`;

describe("a bundle run from its code cache", () => {
  it("runs as a CommonJS module beside its file, without a cache", () => {
    const { dir, bundle } = folderWith(answering(1));
    const loaded = loadBundle(bundle, cacheFileOf(bundle));
    expect(loaded.cache).toBe("none");
    expect(loaded.exports).toEqual({
      answer: expect.any(Function),
      dir,
      file: bundle,
      req: "function",
    });
    expect((loaded.exports as { answer: () => number }).answer()).toBe(1);
  });

  it("takes the cache made from the same source", () => {
    const { bundle } = folderWith(answering(1));
    writeFileSync(cacheFileOf(bundle), loadBundle(bundle).cacheData());
    const loaded = loadBundle(bundle, cacheFileOf(bundle));
    expect(loaded.cache).toBe("used");
    expect((loaded.exports as { answer: () => number }).answer()).toBe(1);
  });

  it("runs an edited bundle of the same length as it is now, not the cache of the old one", () => {
    const { bundle } = folderWith(answering(1));
    writeFileSync(cacheFileOf(bundle), loadBundle(bundle).cacheData());
    writeFileSync(bundle, answering(2));
    const loaded = loadBundle(bundle, cacheFileOf(bundle));
    expect(loaded.cache).toBe("none");
    expect((loaded.exports as { answer: () => number }).answer()).toBe(2);
  });

  it("compiles the source where V8 rejects the cache (another V8, damaged)", () => {
    const { bundle } = folderWith(answering(3));
    // The source's hash right, V8's part garbled (the source not compiled before in this isolate,
    // whose own compilation cache would be used instead).
    const hash = createHash("sha256").update(readFileSync(bundle, "utf8")).digest();
    writeFileSync(cacheFileOf(bundle), Buffer.concat([hash, Buffer.alloc(64, 7)]));
    const loaded = loadBundle(bundle, cacheFileOf(bundle));
    expect(loaded.cache).toBe("rejected");
    expect((loaded.exports as { answer: () => number }).answer()).toBe(3);
  });

  it("never writes the cache itself", () => {
    const { bundle } = folderWith(answering(4));
    loadBundle(bundle, cacheFileOf(bundle));
    expect(() => readFileSync(cacheFileOf(bundle))).toThrow();
  });
});

describe("which bundle is fresh", () => {
  it("is the bundle made after the module it bundles, not one older nor a missing one", () => {
    const { dir, bundle } = folderWith(answering(1));
    writeFileSync(path.join(dir, "main.js"), "");
    const now = Date.now() / 1000;
    utimesSync(path.join(dir, "main.js"), now - 10, now - 10);
    expect(freshBundle(dir, "bundle.js", "main.js")).toBe(bundle);
    // tsc run again without the bundle step: the compiled module is newer.
    utimesSync(path.join(dir, "main.js"), now + 10, now + 10);
    expect(freshBundle(dir, "bundle.js", "main.js")).toBeUndefined();
    expect(freshBundle(dir, "absent.js", "main.js")).toBeUndefined();
  });
});
