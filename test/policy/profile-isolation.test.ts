import { readdirSync, readFileSync } from "fs";
import path from "path";

const SRC = path.join(__dirname, "..", "..", "src");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : /\.ts$/.test(e.name) ? [p] : [];
  });
}

/** A file's code without its comment lines (a JSDoc example may show a call). */
const code = (f: string) =>
  readFileSync(f, "utf8")
    .split("\n")
    .filter((l) => !/^\s*(\*|\/\/|\/\*\*)/.test(l))
    .join("\n");

const outsideProfiles = sources(SRC).filter(
  (f) => !f.startsWith(path.join(SRC, "policy", "profiles") + path.sep)
);

describe("a city's figures live in its profile only", () => {
  it("no rule imports a city's profile: they take one, or the default from profiles/", () => {
    const importing = outsideProfiles.filter((f) =>
      /from "[./]*(policy\/)?profiles\/suifenhe-2021"/.test(readFileSync(f, "utf8"))
    );
    expect(importing.map((f) => path.relative(SRC, f))).toEqual([]);
  });

  it("the constants the rules once held are gone", () => {
    const named = outsideProfiles.filter((f) =>
      /\b(BASE_HOURLY_RATE|MAX_SENIOR_UPLIFT|MIN_BILLABLE_MINUTES_PER_DAY|PILOT_SESSION_MINUTES)\b/.test(
        readFileSync(f, "utf8")
      )
    );
    expect(named.map((f) => path.relative(SRC, f))).toEqual([]);
  });

  it("no service time of day is typed into a rule (at(17, 30) and the like)", () => {
    const timed = outsideProfiles.filter((f) => /\bat\(\d+(, \d+)?\)/.test(code(f)));
    expect(timed.map((f) => path.relative(SRC, f))).toEqual([]);
  });
});
