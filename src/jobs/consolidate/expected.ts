import { finding, findingMessage, type Finding } from "../../findings/finding";
import { nameKey, nearness } from "../../sheets/name-key";
import type { SchoolFigures } from "./school-figures";

/** Where a city finding goes: the finding, the school it is about, the file it came from. */
export type CityReport = (f: Finding, school: string, file: string) => void;

/**
 * The bureau's list of schools (`--expect`) against one month's submissions, names compared
 * as keys (brackets, widths, spaces alike; SPEC §13): each listed school that did not submit,
 * once however often it is listed, with a near unlisted submitter asked about ("是否为「…」？",
 * never assumed); each school that submitted but is not listed, once a run (`unlistedSaid`
 * holds those said in earlier months), unless it was the one asked about.
 */
export function expectedSchools(
  listed: readonly string[],
  submitted: readonly Pick<SchoolFigures, "school" | "file">[],
  month: string,
  report: CityReport,
  unlistedSaid: Set<string> = new Set()
): void {
  const wanted = new Map<string, string>();
  for (const name of listed) {
    const key = nameKey(name);
    if (key && !wanted.has(key)) wanted.set(key, name.trim());
  }
  const came = new Set(submitted.map((s) => nameKey(s.school)));
  const unlisted = submitted.filter((s) => !wanted.has(nameKey(s.school)));
  const askedAbout = new Set<string>();
  for (const [key, name] of wanted) {
    if (came.has(key)) continue;
    let best: { school: string; key: string; near: number } | undefined;
    for (const s of unlisted) {
      const near = nearness(key, nameKey(s.school));
      if (near !== undefined && (best === undefined || near < best.near))
        best = { school: s.school, key: nameKey(s.school), near };
    }
    if (best) askedAbout.add(best.key);
    const hint = best ? `；是否为「${best.school}」？（该校已报送，但不在名单中）` : "";
    // The name whole, as listed (a finding's values are otherwise cut at 40 characters).
    const params = { school: name, month, hint };
    const f = finding("CITY_NOT_SUBMITTED", { sheet: "" }, params);
    report({ ...f, params, message: findingMessage("CITY_NOT_SUBMITTED", params) }, name, "");
  }
  for (const s of unlisted) {
    const key = nameKey(s.school);
    if (askedAbout.has(key) || unlistedSaid.has(key)) continue;
    unlistedSaid.add(key);
    report(
      finding("CITY_NOT_EXPECTED", { sheet: "" }, { school: s.school, month }),
      s.school,
      s.file
    );
  }
}
