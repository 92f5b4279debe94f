import { appendFileSync } from "fs";

/** Notes a skipped suite for the one-line summary at the end of the run (skips-summary.js). */
function noteSkip(name: string, what: string): void {
  const file = process.env.KEHOU_SKIPS_FILE;
  if (file) appendFileSync(file, `${JSON.stringify({ name, what })}\n`);
}

/**
 * For tests that need something outside the test run (a build, LibreOffice, Chromium):
 * on a developer's machine they are skipped with a plain message when it is missing;
 * under CI=true a missing prerequisite fails, so CI always runs them.
 */
export function describeWhen(
  available: boolean,
  what: string,
  name: string,
  body: () => void
): void {
  if (available) return describe(name, body);
  if (process.env.CI === "true") {
    return describe(name, () => {
      it(`needs ${what}`, () => {
        throw new Error(`${what} is missing under CI=true: .ci/run must provide it`);
      });
    });
  }
  console.warn(`SKIPPED "${name}": ${what} is missing on this machine.`);
  noteSkip(name, what);
  return describe.skip(name, body);
}
