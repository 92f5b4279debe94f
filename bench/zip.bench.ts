import { readFileSync, rmSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { unzipSync, zipSync } from "fflate";
import { OpcPackage } from "../src/workbook/package/opc-package";
import { generateSchool, gridsToXlsx } from "../test/support/generate-school";
import type { Benchmark } from "./harness";
import os from "os";
import path from "path";

const file = path.join(os.tmpdir(), `kehou-bench-zip-${process.pid}.xlsx`);

/**
 * Why the package writer uses fflate and copies parts raw: re-packing the 3,000-student
 * workbook (every part inflated and deflated again) with fflate, against JSZip doing the same;
 * and the writer's own raw copy (nothing inflated but what it reads) for comparison.
 */
export const zipBenchmark: Benchmark = {
  name: "re-pack the 3,000-student workbook: fflate (inflate + deflate every part)",
  goal: "faster than JSZip",
  units: 3000,
  unitName: "student",
  rounds: 5,
  baselineName: "JSZip, the same",
  setup: async () => writeFileSync(file, await gridsToXlsx(generateSchool(3000))),
  // Each benchmark writes the file at its setup and removes it after, leaving nothing behind.
  teardown: () => rmSync(file, { force: true }),
  subject: () => zipSync(unzipSync(readFileSync(file))).length,
  baseline: async () => {
    const zip = await JSZip.loadAsync(readFileSync(file));
    const out = new JSZip();
    for (const [name, entry] of Object.entries(zip.files))
      if (!entry.dir) out.file(name, await entry.async("uint8array"));
    return (await out.generateAsync({ type: "uint8array", compression: "DEFLATE" })).length;
  },
};

/** The package writer's copy: central directory read, every part copied as compressed bytes. */
export const rawCopyBenchmark: Benchmark = {
  ...zipBenchmark,
  name: "package writer: copy the 3,000-student workbook's parts raw",
  goal: "a small part of re-packing",
  baselineName: "fflate re-pack (inflate + deflate every part)",
  subject: () => OpcPackage.read(readFileSync(file)).toBytes().length,
  baseline: () => zipSync(unzipSync(readFileSync(file))).length,
};
