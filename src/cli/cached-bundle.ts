import { createHash } from "crypto";
import { readFileSync, statSync } from "fs";
import { createRequire } from "module";
import path from "path";
import { Script } from "vm";

/**
 * The command line's code in one file and the reader thread's in another (made from the
 * compiled modules by scripts/node-bundles.js), beside the compiled CLI, each with V8's code
 * cache made at build time by a warm run of it.
 */
export const MAIN_BUNDLE = "main-bundle.js";
export const READER_BUNDLE = "reader-thread.js";

/** The code cache made at build time beside a bundle. */
export const cacheFileOf = (bundle: string) => bundle.replace(/\.js$/, ".cache");

/**
 * The bundle `name` in `dir` where the build made it after compiling `compiled` (the module it
 * bundles); undefined where there is none or it is older (tsc run again without the bundle step:
 * the bundle is of older code).
 */
export function freshBundle(dir: string, name: string, compiled: string): string | undefined {
  const bundle = path.join(dir, name);
  try {
    return statSync(bundle).mtimeMs >= statSync(path.join(dir, compiled)).mtimeMs
      ? bundle
      : undefined;
  } catch {
    return undefined;
  }
}

/** The bundle run as Node runs a CommonJS module. */
const wrap = (source: string) =>
  `(function (exports, require, module, __filename, __dirname) {${source}\n})`;

/**
 * The cache's first 32 bytes: the SHA-256 of the source it was made from. V8 checks a cache
 * against a source by its length only, so an edited bundle of the same length would run the
 * old bytecode.
 */
const sourceHash = (source: string) => createHash("sha256").update(source).digest();

export interface LoadedBundle {
  readonly exports: unknown;
  /** Whether V8 took the cache: "none" where there was none or it was of another source. */
  readonly cache: "used" | "rejected" | "none";
  /** The cache of what has been compiled so far, headed by the source's hash. */
  cacheData(): Buffer;
}

/**
 * Runs the bundle `file`, compiled from the code cache `cacheFile` where it is of this very
 * source and V8 takes it (a cache of another V8 or other flags is rejected, and the source is
 * compiled as usual). The cache is only read here, never written.
 */
export function loadBundle(file: string, cacheFile?: string): LoadedBundle {
  const source = readFileSync(file, "utf8");
  const hash = sourceHash(source);
  let cachedData: Buffer | undefined;
  try {
    const bytes = cacheFile ? readFileSync(cacheFile) : undefined;
    if (bytes && bytes.length > hash.length && bytes.subarray(0, hash.length).equals(hash))
      cachedData = bytes.subarray(hash.length);
  } catch {
    cachedData = undefined;
  }
  const script = new Script(wrap(source), { filename: file, cachedData });
  const module = { exports: {} as unknown };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run(module.exports, createRequire(file), module, file, path.dirname(file));
  return {
    exports: module.exports,
    cache: !cachedData ? "none" : script.cachedDataRejected ? "rejected" : "used",
    cacheData: () => Buffer.concat([hash, script.createCachedData()]),
  };
}

/** The command line from its bundle in `dir` (the compiled CLI's folder), where it is fresh. */
export function bundledMain(dir: string): unknown {
  const bundle = freshBundle(dir, MAIN_BUNDLE, "main.js");
  return bundle && loadBundle(bundle, cacheFileOf(bundle)).exports;
}
