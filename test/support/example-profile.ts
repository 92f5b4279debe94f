import { readFileSync } from "fs";
import path from "path";
import type { Profile } from "../../src/policy/profile";
import { readProfileFile } from "../../src/sheets/profile-file";

/** The path of an example profile in test/fixtures (example-keshi.json …). */
export function exampleProfileFile(name: string): string {
  return path.join(__dirname, "..", "fixtures", name);
}

/** An example profile of test/fixtures, read and checked as `--policy` reads it. */
export function exampleProfile(name: string): Profile {
  const read = readProfileFile(readFileSync(exampleProfileFile(name)), name);
  if (!read.ok) throw new Error(read.findings.map((f) => f.message).join("\n"));
  return read.profile;
}
