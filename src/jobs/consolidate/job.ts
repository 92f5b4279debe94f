import type { CityOptions, CityResult, Gathered, WorkbookSource } from "./city-types";
import { computeFailure } from "./chinese-reason";
import { cityResult } from "./city-result";
import { earlierMonthsOfSemester } from "../charge/semester-cap";
import { schoolFigures, type SchoolFigures } from "./school-figures";

export { cityResult };
export type { CityFinding, CityOptions, CityResult, Gathered, WorkbookSource } from "./city-types";

/** Reads one source and keeps only its figures (the unit of work a worker thread can do). */
export async function gatherOne(
  source: WorkbookSource,
  options: Pick<CityOptions, "month" | "months" | "providers" | "withNames" | "profile"> = {}
): Promise<Gathered> {
  try {
    const grids = await source.load();
    if (grids instanceof Error) return { file: source.file, error: grids.message };
    const figures = schoolFigures(source.file, grids, { ...options, modified: source.modified });
    const held = figures.heldMonths ?? [];
    const more = otherMonthsToRead(figures, options);
    // A cumulative workbook (3月考勤, 4月考勤, 5月考勤 in one file) is read for each of them.
    const also = more.map((month) =>
      schoolFigures(source.file, grids, { ...options, month, modified: source.modified })
    );
    const read = new Set([figures.month, ...more]);
    const unreadMonths = held.filter((m) => !read.has(m));
    return {
      file: source.file,
      figures,
      ...(also.length > 0 ? { also } : {}),
      ...(unreadMonths.length > 0 ? { unreadMonths } : {}),
    };
  } catch (e) {
    // A file our rules cannot compute is that file's error; the batch goes on.
    return { file: source.file, error: computeFailure(e) };
  }
}

/**
 * The months besides its own a workbook holding several is read for: in a range run, each
 * month of the range it holds; under a semester cap, the months of the semester before its
 * own, which count toward the cap as earlier months' files do.
 */
function otherMonthsToRead(figures: SchoolFigures, options: Pick<CityOptions, "months">): string[] {
  const held = figures.heldMonths ?? [];
  const own = figures.month;
  if (!own || held.length < 2) return [];
  const inRun = options.months ? held.filter((m) => m !== own && options.months!.includes(m)) : [];
  if (figures.semesterCapFen === undefined) return inRun;
  const earlier = new Set([own, ...inRun].flatMap(earlierMonthsOfSemester));
  return held.filter((m) => m !== own && (inRun.includes(m) || earlier.has(m)));
}

/** Reads the sources one at a time, in order; only their figures stay in memory. */
export async function gatherFigures(
  sources: readonly WorkbookSource[],
  options: CityOptions = {}
): Promise<Gathered[]> {
  const gathered: Gathered[] = [];
  for (const [i, source] of sources.entries()) {
    gathered.push(await gatherOne(source, options));
    options.onProgress?.(i + 1, sources.length, source.file);
  }
  return gathered;
}

/**
 * Consolidates the workbooks schools submit (job `consolidate`, 汇总报送): each is read in
 * turn and only its figures kept; each school is charged by our own rules and checked; then
 * the city's cross-checks (see `cityResult`).
 */
export async function consolidateJob(
  sources: readonly WorkbookSource[],
  options: CityOptions = {}
): Promise<CityResult> {
  return cityResult(await gatherFigures(sources, options), options);
}
