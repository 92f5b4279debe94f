import type { Profile } from "../../policy/profile";
import type { Finding } from "../../findings/finding";
import type { SheetGrid } from "../../sheets/grid";
import type { ProviderLists } from "../../sheets/providers";
import type { SchoolFigures } from "./school-figures";

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
  /**
   * A file as the bureau knows it, relative to the folder it was given (报送/新华.xlsx), for the
   * entries that have no school's name to go by; the file as read where not given.
   */
  readonly shownFile?: (file: string) => string;
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
  /** The profile applied to the city, whose clause labels the findings cite (absent: the default). */
  readonly profile?: Profile;
}

/** What reading one submitted file gave: a school's figures, or why it could not be read. */
export type Gathered =
  | {
      readonly file: string;
      readonly figures: SchoolFigures;
      /** The other months a cumulative workbook (3月考勤, 4月考勤 …) was read for. */
      readonly also?: readonly SchoolFigures[];
      /** Months the workbook holds attendance for that were not read (outside the run). */
      readonly unreadMonths?: readonly string[];
    }
  | { readonly file: string; readonly error: string };
