import { cityJson } from "../../jobs/consolidate/json";
import type { CityResult } from "../../jobs/consolidate/city-types";

/**
 * `kehou consolidate --json`: the city's JSON with `files` after `schools`, one entry per
 * file the run was given, as the printed summary lists them under the schools: a counted
 * school's file with its school (and month, over several months), and every file left out
 * (unreadable, not a school, a resubmission, a link skipped) as refused, with why.
 */
export function cityJsonWithFiles(result: CityResult) {
  const { month, schools, ...rest } = cityJson(result);
  const files = [
    ...schools.map((s) => ({
      file: s.file,
      school: s.school,
      ...("month" in s ? { month: s.month } : {}),
      refused: false,
    })),
    ...result.errors.map((e) => ({ file: e.file, school: null, refused: true, reason: e.message })),
  ];
  return { month, schools, files, ...rest };
}
