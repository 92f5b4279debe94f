import { writeFileSync } from "fs";
import path from "path";
import { findingsDoc } from "../src/findings/finding-doc";

/** Writes docs/findings.md from the rule table itself (npm run docs). */
writeFileSync(path.join(__dirname, "..", "docs", "findings.md"), findingsDoc());
