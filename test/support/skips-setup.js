// Jest globalSetup: a fresh file where suites skipped for a missing prerequisite note why
// (see needs.ts); the workers inherit the variable, skips-summary.js reads the file.
const fs = require("fs");
const os = require("os");
const path = require("path");

module.exports = async function skipsSetup() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kehou-jest-skips-"));
  process.env.KEHOU_SKIPS_FILE = path.join(dir, "skipped.jsonl");
};
