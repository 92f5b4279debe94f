// Jest globalTeardown: one line naming the suites that were skipped and why, so that a
// developer's `npm test` never skips silently (under CI=true they fail instead).
const fs = require("fs");
const path = require("path");

function skipsLine(entries) {
  const byWhat = new Map();
  for (const { name, what } of entries) byWhat.set(what, [...(byWhat.get(what) ?? []), name]);
  const parts = [...byWhat].map(([what, names]) => `${what} missing: ${names.join(", ")}`);
  return `Skipped ${entries.length} suite(s) — ${parts.join("; ")}. CI=true makes them fail instead.`;
}

module.exports = async function skipsSummary() {
  const file = process.env.KEHOU_SKIPS_FILE;
  if (!file) return;
  const seen = new Set();
  const entries = fs.existsSync(file)
    ? fs
        .readFileSync(file, "utf8")
        .split("\n")
        .filter((line) => line && !seen.has(line) && seen.add(line))
        .map((line) => JSON.parse(line))
    : [];
  // The folder goes on every run, a run without skips included.
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  if (entries.length > 0) process.stderr.write(`\n${skipsLine(entries)}\n`);
};

module.exports.skipsLine = skipsLine;
