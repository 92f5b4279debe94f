import { readdirSync, readFileSync, statSync } from "fs";
import path from "path";
import type { ClockTime } from "../../src/policy/profile";
import { SUIFENHE_2021 } from "../../src/policy/profiles/suifenhe-2021";

const SRC = path.join(__dirname, "..", "..", "src");
const PROFILES = path.join(SRC, "policy", "profiles");

/**
 * Files whose figures are a school's own entries, not the policy's: a demo school's sheets as
 * a school types them, and SPEC §7's worked examples of the functions (their inputs).
 */
const NOT_POLICY_TEXT = new Map([
  [path.join(SRC, "jobs", "sample-school.ts"), "a demo school's own entries"],
  [path.join(SRC, "cli", "commands", "fn-examples.ts"), "SPEC §7's worked examples"],
]);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const yuan = (fen: number) => `${fen / 100}`;

/** Every clock time the profile holds ("17:30"), with the ways people write it (17时30分). */
function clockTimes(): string[] {
  const times = new Set<ClockTime>(Object.values(SUIFENHE_2021.service.start));
  for (const period of SUIFENHE_2021.service.periods)
    for (const rule of Object.values(period.ends)) {
      times.add(rule.latest);
      if (rule.earliest) times.add(rule.earliest);
    }
  return [...times];
}

/**
 * Suifenhe's figures as text would carry them, read from the profile itself: its rates in
 * 元, the uplift cap and the waiver shares in percent, the daily minimum in minutes, its
 * service times, its dates in force, and the city's name. The built-in id (suifenhe-2021)
 * is a name of the profile, not a figure of the policy.
 */
function suifenheFigures(): { what: string; pattern: RegExp }[] {
  const p = SUIFENHE_2021;
  const rates = new Set(Object.values(p.rates).map(yuan));
  const percents = new Set([p.uplift.maxPercent, ...p.waiver.shares.map((s) => s.percent)]);
  const dates = [
    p.provenance.inForceFrom,
    ...p.provenance.trialPeriods.flatMap((t) => [t.from, t.to]),
    ...p.service.periods.flatMap((x) => [x.from, ...(x.to ? [x.to] : [])]),
  ];
  return [
    ...[...rates].map((r) => ({
      what: `${r} 元`,
      pattern: new RegExp(`(?<![\\d.])${escape(r)}(\\.0+)?\\s*元`),
    })),
    ...[...percents].map((n) => ({
      what: `${n}%`,
      pattern: new RegExp(`(?<![\\d.])${n}\\s*[%％]`),
    })),
    {
      what: `${p.dailyMinimumMinutes} 分钟`,
      pattern: new RegExp(`(?<![\\d.])${p.dailyMinimumMinutes}\\s*(分钟|minutes)`),
    },
    ...clockTimes().flatMap((t) => {
      const [h, m] = t.split(":");
      return [
        { what: t, pattern: new RegExp(`(?<!\\d)${h}[:：]${m}(?!\\d)`) },
        { what: `${h}时${m}分`, pattern: new RegExp(`${Number(h)}时${m}分`) },
      ];
    }),
    ...[...new Set(dates)].map((d) => ({ what: d, pattern: new RegExp(escape(d)) })),
    { what: "the city's name", pattern: /绥芬河|suifenhe(?!-2021)/i },
  ];
}

/**
 * The text of a file as users meet it: code comments left out (each rule cites its clause
 * there, as the team's guide asks), except in functions.ts, whose JSDoc is the functions'
 * descriptions in Excel.
 */
function userText(file: string): string {
  const text = readFileSync(file, "utf8");
  const blank = (m: string) => m.replace(/[^\n]/g, " ");
  if (file.endsWith(".html")) return text.replace(/<!--[\s\S]*?-->/g, blank);
  if (!file.endsWith(".ts") || file.endsWith(path.join("functions", "functions.ts"))) return text;
  return text.replace(/\/\*[\s\S]*?\*\//g, blank).replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1");
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (file === PROFILES) return [];
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });
}

describe("no Suifenhe figure outside src/policy/profiles/", () => {
  it("finds the profile's figures to look for (rates, shares, minutes, times, dates)", () => {
    const whats = suifenheFigures().map((f) => f.what);
    expect(whats).toEqual(expect.arrayContaining(["4 元", "10%", "50%", "30 分钟", "17:30"]));
  });

  it("finds none of them in the text of src/ outside the profiles", () => {
    const figures = suifenheFigures();
    const hits: string[] = [];
    for (const file of filesUnder(SRC)) {
      if (NOT_POLICY_TEXT.has(file)) continue;
      userText(file)
        .split("\n")
        .forEach((line, i) => {
          const hit = figures.find((f) => f.pattern.test(line));
          if (hit) hits.push(`${path.relative(SRC, file)}:${i + 1} (${hit.what}): ${line.trim()}`);
        });
    }
    expect(hits).toEqual([]);
  });
});
