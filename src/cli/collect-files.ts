import { promises as fs } from "fs";
import path from "path";

/**
 * The files named on the command line, folders walked recursively, in a stable order. Every
 * regular file is included (a .xls or .csv becomes an error entry later, never skipped
 * silently); hidden files and Office lock files (~$…) are left out.
 */
export async function collectFiles(
  args: readonly string[]
): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  async function walk(p: string): Promise<void> {
    const stat = await fs.stat(p).catch(() => undefined);
    if (!stat) return void missing.push(p);
    if (stat.isFile()) return void files.push(p);
    if (!stat.isDirectory()) return;
    const entries = (await fs.readdir(p))
      .filter((n) => !n.startsWith(".") && !n.startsWith("~$"))
      .sort();
    for (const name of entries) await walk(path.join(p, name));
  }
  for (const a of args) await walk(a);
  return { files, missing };
}
