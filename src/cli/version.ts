import { formatMessage } from "../findings/messages/format";
import { CONSOLE_TEXT } from "../findings/messages/console";
import { readFileSync } from "fs";
import path from "path";

/**
 * Kehou's version, from the package.json of its checkout or install: the first one up from
 * this file (src/cli in a checkout, dist/node/cli once built).
 */
export function kehouVersion(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === "kehou" && pkg.version) return pkg.version;
    } catch {
      // no package.json here: look further up
    }
    if (path.dirname(dir) === dir) return formatMessage(CONSOLE_TEXT.versionUnknown);
  }
}
