import { fenText } from "../../policy/fen";
import type { CityResult } from "./job";

/** The city result as `kehou consolidate --json` prints it: money as strings. */
export function cityJson(r: CityResult) {
  const sum = (pick: (s: CityResult["schools"][number]) => number) =>
    r.schools.reduce((n, s) => n + pick(s), 0);
  return {
    month: r.month ?? null,
    schools: r.schools.map((s) => ({
      file: s.file,
      school: s.school,
      students: s.students,
      gross: fenText(s.gross),
      waived: fenText(s.waived),
      refund: fenText(s.refund),
      payable: fenText(s.payable),
      governmentShare: fenText(s.governmentShare),
      schoolShare: fenText(s.schoolShare),
      findings: s.counts,
    })),
    totals: {
      schools: r.schools.length,
      students: sum((s) => s.students),
      leftBehind: sum((s) => s.leftBehind),
      migrant: sum((s) => s.migrant),
      hardship: sum((s) => s.hardship),
      gross: fenText(sum((s) => s.gross)),
      waived: fenText(sum((s) => s.waived)),
      refund: fenText(sum((s) => s.refund)),
      payable: fenText(sum((s) => s.payable)),
      governmentShare: fenText(sum((s) => s.governmentShare)),
      schoolShare: fenText(sum((s) => s.schoolShare)),
    },
    errors: r.errors,
    findings: r.findings.map((f) => ({
      school: f.school,
      file: f.file,
      rule: f.rule,
      severity: f.severity,
      sheet: f.sheet,
      cell: f.cell,
      ...(f.studentId ? { studentId: f.studentId } : {}),
      message: f.message,
    })),
  };
}
