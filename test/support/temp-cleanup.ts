import fs from "fs";
import os from "os";
import path from "path";

/**
 * A test file leaves nothing in the temp directory: every `kehou-*` folder made in this worker
 * while the file runs (by the test itself, its helpers, or the code under test) is removed
 * once the file's tests are done. Only folders this file made are touched, never another
 * worker's. Folders made by child processes are the child's to remove.
 */
const made: string[] = [];
const tmp = os.tmpdir();

function note(dir: string): string {
  if (
    path.dirname(path.resolve(dir)) === path.resolve(tmp) &&
    path.basename(dir).startsWith("kehou-")
  )
    made.push(dir);
  return dir;
}

const mkdtempSync = fs.mkdtempSync;
fs.mkdtempSync = ((prefix: string, options?: unknown) =>
  note(mkdtempSync(prefix, options as fs.EncodingOption) as string)) as typeof fs.mkdtempSync;
const mkdtemp = fs.promises.mkdtemp;
fs.promises.mkdtemp = (async (prefix: string, options?: unknown) =>
  note(
    (await mkdtemp(prefix, options as fs.EncodingOption)) as string
  )) as typeof fs.promises.mkdtemp;

/** Makes every folder under `dir` writable again (a test may lock one to test EACCES). */
function unlock(dir: string): void {
  fs.chmodSync(dir, 0o700);
  for (const e of fs.readdirSync(dir, { withFileTypes: true }))
    if (e.isDirectory()) unlock(path.join(dir, e.name));
}

afterAll(() => {
  for (const dir of made.splice(0))
    try {
      fs.rmSync(dir, { recursive: true, force: true });
    } catch {
      unlock(dir);
      fs.rmSync(dir, { recursive: true, force: true });
    }
});
