import type { CityOptions, CityResult, Gathered, WorkbookSource } from "./city-types";
import { computeFailure } from "./chinese-reason";
import { cityResult } from "./city-result";
import { schoolFigures } from "./school-figures";

export { cityResult };
export type { CityFinding, CityOptions, CityResult, Gathered, WorkbookSource } from "./city-types";

/** Reads one source and keeps only its figures (the unit of work a worker thread can do). */
export async function gatherOne(
  source: WorkbookSource,
  options: Pick<CityOptions, "month" | "providers" | "withNames" | "profile"> = {}
): Promise<Gathered> {
  try {
    const grids = await source.load();
    if (grids instanceof Error) return { file: source.file, error: grids.message };
    const figures = schoolFigures(source.file, grids, { ...options, modified: source.modified });
    return { file: source.file, figures };
  } catch (e) {
    // A file our rules cannot compute is that file's error; the batch goes on.
    return { file: source.file, error: computeFailure(e) };
  }
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
