import type { Profile } from "../../policy/profile";
import type { Finding } from "../../findings/finding";
import type { SheetGrid } from "../../sheets/grid";
import type { ProviderLists } from "../../sheets/providers";
import { cityResult } from "./city-result";
import { schoolFigures, type SchoolFigures } from "./school-figures";

export { cityResult };

/** A school's submitted workbook, loaded only when its turn comes (one at a time). */
export interface WorkbookSource {
  readonly file: string;
  /** The file's modification time (ms), where known: which of two submissions is newer. */
  readonly modified?: number;
  load(): Promise<readonly SheetGrid[] | Error>;
}

export interface CityOptions {
  /** The one month asked (`--month 2021-05`): each file is read for it. */
  readonly month?: string;
  /** Several months asked (`--month 2021-03..2021-06`): each file counts for the month it holds. */
  readonly months?: readonly string[];
  /** School names the bureau expects a workbook from (`--expect`). */
  readonly expect?: readonly string[];
  /** Keep student ids and names in the city lists (`--with-names`). */
  readonly withNames?: boolean;
  readonly providers?: ProviderLists;
  /** The city's policy, applied to every school; a school whose 政策 names another is reported. */
  readonly profile?: Profile;
  /** Paths the folder walk left unread (a link in a loop or out of the folder, …): listed. */
  readonly skipped?: readonly { readonly file: string; readonly message: string }[];
  readonly onProgress?: (done: number, total: number, file: string) => void;
}

/** A finding in the city lists: which school and file it came from. */
export interface CityFinding extends Finding {
  readonly school: string;
  readonly file: string;
}

export interface CityResult {
  /** The month consolidated; in a multi-month run the latest, which the per-school charts show. */
  readonly month?: string;
  /** Every month of a multi-month run, in order (two or more); absent in a single-month run. */
  readonly months?: readonly string[];
  /** The schools counted, month by month in a multi-month run, each in path order. */
  readonly schools: readonly SchoolFigures[];
  readonly errors: readonly { readonly file: string; readonly message: string }[];
  readonly findings: readonly CityFinding[];
}

/** What reading one submitted file gave: a school's figures, or why it could not be read. */
export type Gathered =
  | { readonly file: string; readonly figures: SchoolFigures }
  | { readonly file: string; readonly error: string };

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
    return { file: source.file, error: `无法计算此工作簿（${(e as Error).message}）` };
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
