import type { Profile } from "../policy/profile";
import { DEFAULT_PROFILE } from "../policy/profiles";
import { a1 } from "./a1";
import { finding, type Finding } from "../findings/finding";
import {
  ENROLLMENT_STEPS,
  STEP_NAMES,
  WITHDRAWAL_STEP_NAMES,
  WITHDRAWAL_STEPS,
  type Roster,
  type RosterStudent,
} from "./roster";

/** §三(六) 先申请、再审核、公示、签协议: each step dated before one the student took earlier, at its cell. */
function datesOutOfOrder(roster: Roster, s: RosterStudent, findings: Finding[]): void {
  const col = roster.header.fields;
  let earlier: (typeof ENROLLMENT_STEPS)[number] | undefined;
  for (const step of ENROLLMENT_STEPS) {
    const date = s.dates[step];
    if (date === undefined) continue;
    if (earlier !== undefined && date < s.dates[earlier]!) {
      findings.push(
        finding(
          "ROSTER_DATES_OUT_OF_ORDER",
          { sheet: roster.sheet, studentId: s.id || undefined, cell: a1(s.row, col[step]!) },
          {
            later: STEP_NAMES[step],
            laterDate: date,
            earlier: STEP_NAMES[earlier],
            earlierDate: s.dates[earlier]!,
          }
        )
      );
    }
    earlier = earlier === undefined || date >= s.dates[earlier]! ? step : earlier;
  }
}

/**
 * The enrollment steps of every student in the order §三(六) has them, alone: what the
 * breach checks keep of `checkRoster`, without its ids, names and counts.
 */
export function rosterDatesOutOfOrder(roster: Roster): Finding[] {
  const findings: Finding[] = [];
  for (const s of roster.students) datesOutOfOrder(roster, s, findings);
  return findings;
}

/**
 * The checks of a roster beyond reading its cells (validate job): ids, names, the order of
 * the enrollment steps (§三(六)), withdrawals, and the priority-group counts (§三(一)).
 */
export function checkRoster(roster: Roster): Finding[] {
  const findings: Finding[] = [];
  const { sheet, header } = roster;
  const col = header.fields;
  const firstRowOfId = new Map<string, number>();

  for (const s of roster.students) {
    const place = { sheet, studentId: s.id || undefined };
    if (s.id === "")
      findings.push(
        finding("ROSTER_ID_MISSING", { sheet, cell: a1(s.row, col.id ?? 0) }, { row: s.row + 1 })
      );
    else {
      const first = firstRowOfId.get(s.id);
      if (first === undefined) firstRowOfId.set(s.id, s.row);
      else
        findings.push(
          finding(
            "ROSTER_DUPLICATE_ID",
            { ...place, cell: a1(s.row, col.id!) },
            { id: s.id, other: a1(first, col.id!) }
          )
        );
    }
    if (s.name === "" && col.name !== undefined)
      findings.push(
        finding("ROSTER_NAME_MISSING", { ...place, cell: a1(s.row, col.name) }, { id: s.id })
      );

    datesOutOfOrder(roster, s, findings);
    if (s.flags.withdrawn && s.dates.withdrawal === undefined) {
      findings.push(
        finding("ROSTER_WITHDRAWAL_NO_DATE", {
          ...place,
          cell: a1(s.row, col.withdrawal ?? col.withdrawn!),
        })
      );
    }
  }

  findings.push(...withdrawalChecks(roster));
  const count = (f: "leftBehind" | "migrant" | "hardship") =>
    roster.students.filter((s) => s.flags[f]).length;
  findings.push(
    finding(
      "ROSTER_PRIORITY_COUNTS",
      { sheet },
      {
        leftBehind: count("leftBehind"),
        migrant: count("migrant"),
        hardship: count("hardship"),
        students: roster.students.length,
      }
    )
  );
  return findings;
}

/**
 * §三(六) 学生退出课后服务同样要提出书面申请，经学校批准后退出: where the roster has the
 * withdrawal's application or approval column, a 退出日期 without them is a warning at the
 * student's cell; where it has neither, one warning says the withdrawals cannot be checked.
 */
export function withdrawalChecks(roster: Roster): Finding[] {
  const col = roster.header.fields;
  const withdrawn = roster.students.filter((s) => s.dates.withdrawal !== undefined);
  if (withdrawn.length === 0) return [];
  const columns = WITHDRAWAL_STEPS.filter((step) => col[step] !== undefined);
  if (columns.length === 0)
    return [
      finding(
        "ROSTER_WITHDRAWAL_NOT_RECORDED",
        { sheet: roster.sheet, cell: a1(roster.header.row, col.withdrawal!) },
        { count: withdrawn.length }
      ),
    ];
  return withdrawn.flatMap((s) => {
    const missing = WITHDRAWAL_STEPS.filter((step) => !s.withdrawalSteps[step]);
    if (missing.length === 0) return [];
    return [
      finding(
        "ROSTER_WITHDRAWAL_UNAPPROVED",
        {
          sheet: roster.sheet,
          cell: a1(s.row, col[missing.find((m) => col[m] !== undefined) ?? columns[0]]!),
          studentId: s.id || undefined,
        },
        {
          withdrawal: s.dates.withdrawal!,
          missing: missing.map((m) => WITHDRAWAL_STEP_NAMES[m]).join("和"),
        }
      ),
    ];
  });
}

/** A roster column missing, with what follows, at the roster's header row. */
function columnMissing(roster: Roster, column: string, effect: string): Finding {
  return finding(
    "HEADER_COLUMN_MISSING",
    { sheet: roster.sheet, cell: a1(roster.header.row, 0) },
    { sheet: roster.sheet, column, effect }
  );
}

/**
 * §三(六) 签订服务协议后方可参加: a roster without an agreement column cannot show that anyone
 * was charged only after signing; said once, by every job that charges, citing the profile's
 * enrollment clause where it labels one.
 */
export function agreementColumnMissing(
  roster: Roster,
  profile: Profile = DEFAULT_PROFILE
): Finding[] {
  const clause = profile.provenance.clauses.enrollment;
  const effect = `无法检查是否在签订协议后才收费${clause ? `（${clause}）` : ""}`;
  return roster.header.fields.agreement === undefined
    ? [columnMissing(roster, "协议签订日期", effect)]
    : [];
}

/** Columns whose absence changes what Kehou can do, each with what follows. */
export function checkRosterColumns(roster: Roster, profile: Profile = DEFAULT_PROFILE): Finding[] {
  const col = roster.header.fields;
  const missing: [string, string][] = [];
  if (col.id === undefined) missing.push(["学号", "学生按姓名匹配考勤，同名学生无法区分"]);
  if (col.name === undefined) missing.push(["姓名", "问题清单只能显示学号"]);
  if (col.grade === undefined && col.stage === undefined)
    missing.push(["年级", "从班级名称推断年级，推断不出的学生无法计费"]);
  return [
    ...missing.map(([column, effect]) => columnMissing(roster, column, effect)),
    ...agreementColumnMissing(roster, profile),
  ];
}
