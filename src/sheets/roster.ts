import { parseCivilDate, type CivilDate } from "../policy/civil-date";
import { isGraduatingJunior, parseGrade, stageOfGrade } from "../policy/grade";
import type { SchoolSystem } from "../policy/school-system";
import { stageZh } from "../policy/names";
import { parseStage, type Stage } from "../policy/stage";
import { normalizeText } from "../policy/text";
import { a1 } from "./a1";
import { finding, type Finding } from "../findings/finding";
import { isEmptyCell, type CellValue, type SheetGrid } from "./grid";
import type { HeaderRow } from "./header-row";
import type { HeaderField } from "./header-synonyms";
import { perText } from "./per-text";
import { isTotalRow } from "./total-row";
import { parseYesNo } from "./yes-no";

/** The enrollment steps of §三(六), in their required order, then withdrawal. */
export const ENROLLMENT_STEPS = [
  "application",
  "review",
  "approval",
  "notice",
  "agreement",
] as const;
export type EnrollmentStep = (typeof ENROLLMENT_STEPS)[number];
export type EnrollmentDateField = EnrollmentStep | "withdrawal";

export const STEP_NAMES: Record<EnrollmentDateField, string> = {
  application: "申请日期",
  review: "审核日期",
  approval: "批准日期",
  notice: "公示日期",
  agreement: "协议签订日期",
  withdrawal: "退出日期",
};

/** The two steps of a withdrawal (§三(六)), read as a date or a yes. */
export const WITHDRAWAL_STEPS = ["withdrawalApplication", "withdrawalApproval"] as const;
export type WithdrawalStep = (typeof WITHDRAWAL_STEPS)[number];
export const WITHDRAWAL_STEP_NAMES: Record<WithdrawalStep, string> = {
  withdrawalApplication: "退出申请日期",
  withdrawalApproval: "退出批准",
};

/** A withdrawal step's cell: a date or a yes (批准, 同意, √) is recorded; blank, no or refused is not. */
function stepRecorded(value: CellValue): boolean | undefined {
  if (isEmptyCell(value)) return false;
  if (typeof value === "number" && value > 1) return parseCivilDate(value).ok || undefined;
  const yes = parseYesNo(value);
  if (yes !== undefined) return yes;
  const decision = decisionOf(cellText(value));
  if (decision !== undefined) return decision;
  return typeof value === "string" && parseCivilDate(value).ok ? true : undefined;
}

const DATE_FIELDS: readonly EnrollmentDateField[] = [...ENROLLMENT_STEPS, "withdrawal"];

type FlagField = "hardship" | "leftBehind" | "migrant" | "refundApplied" | "withdrawn";

export const FLAG_NAMES: Record<FlagField, string> = {
  hardship: "家庭经济困难",
  leftBehind: "留守儿童",
  migrant: "随迁子女",
  refundApplied: "退费申请",
  withdrawn: "是否退出",
};

/** One student of the roster, as read, with the address of each cell for findings. */
export interface RosterStudent {
  readonly id: string;
  readonly name: string;
  readonly className: string;
  readonly gradeLabel: string;
  readonly grade?: number;
  readonly stage?: Stage;
  readonly graduating: boolean;
  readonly flags: Readonly<Record<FlagField, boolean>>;
  readonly dates: Readonly<Partial<Record<EnrollmentDateField, CivilDate>>>;
  /** The school's decision on the application (审批结果): approved, refused, or not recorded. */
  readonly approved?: boolean;
  /**
   * Where the roster has the columns (§三(六) 退出同样要提出书面申请，经学校批准): whether the
   * withdrawal's application and the school's approval are recorded (a date or a yes).
   */
  readonly withdrawalSteps: Readonly<Partial<Record<WithdrawalStep, boolean>>>;
  /** 0-based row in the roster sheet. */
  readonly row: number;
}

export interface Roster {
  readonly sheet: string;
  readonly header: HeaderRow;
  readonly students: readonly RosterStudent[];
}

/** Text of a cell as a person reads it; whole numbers without a decimal point (学号 stored as numbers). */
export function cellText(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "number") return Number.isInteger(value) ? value.toFixed(0) : String(value);
  return normalizeText(String(value));
}

const gradeInClass =
  /^(.*?年级|初中?[一二三四1-4]|高中?[一二三1-3]|[1-9一二三四五六七八九]\s*(?=[(（]?\d+[)）]?班))/;

/** A decision cell: 批准, 同意, 通过 … is approved; 不批准, 拒绝, 未通过 … refused; else undefined. */
export function decisionOf(text: string): boolean | undefined {
  if (text === "") return undefined;
  if (/不批准|未批准|拒绝|不同意|未通过|不予|驳回|^否$/.test(text)) return false;
  return /批准|同意|通过|录取|^是$/.test(text) ? true : undefined;
}

/** The grade a class name starts with: 三年级2班 → 三年级, 初一(3)班 → 初一; "" when none. */
export function gradeLabelInClass(className: string): string {
  return gradeInClass.exec(className)?.[1] ?? "";
}

/** The withdrawal steps of a roster without step columns: none recorded. */
const NO_STEPS: Readonly<Partial<Record<WithdrawalStep, boolean>>> = Object.freeze({});

/**
 * The roster's row being read: its values (looked up once per row, the fields read from them,
 * not through the grid) and the texts read once. An object of one class, not closures made per
 * roster: V8 optimised each roster's closures anew, some ten times a 20-school run.
 */
class RowReader {
  values: readonly CellValue[] | undefined = undefined;

  constructor(
    private readonly sheet: string,
    private readonly yesNoOf: (text: string) => boolean | undefined,
    private readonly textOf: (text: string) => string,
    private readonly findings: Finding[]
  ) {}

  valueOf(c: number | undefined): CellValue {
    return c === undefined ? null : (this.values?.[c] ?? null);
  }

  text(c: number | undefined): string {
    return cellText(this.valueOf(c));
  }

  repeatedText(c: number | undefined): string {
    const value = this.valueOf(c);
    return typeof value === "string" ? this.textOf(value) : cellText(value);
  }

  /** A flag's cell: yes or no, else a finding (a column the roster lacks is no). */
  flag(field: FlagField, c: number | undefined, row: number, id: string): boolean {
    const value = this.valueOf(c);
    const yes = typeof value === "string" ? this.yesNoOf(value) : parseYesNo(value);
    if (yes === undefined)
      this.findings.push(
        finding(
          "ROSTER_FLAG_UNREADABLE",
          { sheet: this.sheet, studentId: id || undefined, cell: a1(row, c!) },
          { column: FLAG_NAMES[field], value: String(value) }
        )
      );
    return yes ?? false;
  }
}

/** Reads the roster sheet: every student row, with a finding for every cell that cannot be read. */
export function readRoster(
  grid: SheetGrid,
  header: HeaderRow,
  system: SchoolSystem
): { roster: Roster; findings: Finding[] } {
  const findings: Finding[] = [];
  const students: RosterStudent[] = [];
  const col = header.fields;
  // Each field's column looked up once, not by a computed key in every row.
  const cId = col.id;
  const cName = col.name;
  const cClass = col.class;
  const cGrade = col.grade;
  const cStage = col.stage;
  const cDecision = col.decision;
  const at = (row: number, field: HeaderField) => a1(row, col[field] ?? 0);
  const systemName = system === "5-4" ? "五四制" : "六三制";
  // Each different text read once (a roster has a few grades, marks, classes and dates in
  // thousands of rows).
  const gradeOf = perText((label) => parseGrade(label, system));
  const dateOf = perText(parseCivilDate);
  const r = new RowReader(grid.name, perText(parseYesNo), perText(cellText), findings);

  // Where a finding about a row's cell points (made only for a finding, not for every row).
  const placeOf = (id: string, cell: string) => ({
    sheet: grid.name,
    studentId: id || undefined,
    cell,
  });
  // The flags' columns (a column the roster lacks is no).
  const flagColumns = {
    hardship: col.hardship,
    leftBehind: col.leftBehind,
    migrant: col.migrant,
    refundApplied: col.refundApplied,
    withdrawn: col.withdrawn,
  };
  // Only the columns the roster has are read in each row.
  const [dateFields, dateColumns] = presentColumns(DATE_FIELDS, col);
  const [withdrawalStepFields, stepColumns] = presentColumns(WITHDRAWAL_STEPS, col);

  for (let row = header.row + 1; row < grid.values.length; row++) {
    r.values = grid.values[row];
    const id = r.text(cId);
    const name = r.text(cName);
    if (id === "" && name === "") continue;
    if (isTotalRow(id || name) || (id === "学号" && col.id !== undefined)) continue;

    const className = r.repeatedText(cClass);
    let gradeLabel = r.repeatedText(cGrade);
    if (gradeLabel === "" && className !== "") gradeLabel = gradeLabelInClass(className);
    const grade = gradeLabel === "" ? undefined : gradeOf(gradeLabel);
    if (gradeLabel !== "" && grade === undefined) {
      findings.push(
        finding(
          "ROSTER_GRADE_UNREADABLE",
          placeOf(id, at(row, col.grade !== undefined ? "grade" : "class")),
          { value: gradeLabel, system: systemName }
        )
      );
    }
    let stage = grade === undefined ? undefined : stageOfGrade(grade, system);
    const stageText = r.repeatedText(cStage);
    if (stageText !== "") {
      const named = parseStage(stageText);
      if (!named)
        findings.push(
          finding("ROSTER_STAGE_UNREADABLE", placeOf(id, at(row, "stage")), { value: stageText })
        );
      else if (stage && named !== stage) {
        findings.push(
          finding("ROSTER_STAGE_MISMATCH", placeOf(id, at(row, "stage")), {
            stage: stageText,
            grade: gradeLabel,
            system: systemName,
            expected: STAGE_ZH[stage],
          })
        );
      } else stage = named;
    }

    // One object shape for every student; the flags read (and said) in this order.
    const flags: Record<FlagField, boolean> = {
      hardship: r.flag("hardship", flagColumns.hardship, row, id),
      leftBehind: r.flag("leftBehind", flagColumns.leftBehind, row, id),
      migrant: r.flag("migrant", flagColumns.migrant, row, id),
      refundApplied: r.flag("refundApplied", flagColumns.refundApplied, row, id),
      withdrawn: r.flag("withdrawn", flagColumns.withdrawn, row, id),
    };

    // One shape for every student's dates, each field in this order and a date not given
    // undefined: set as their cells came, they made a map per mix of dates, each school's
    // maps new, and the day loop and the checks reading them were optimised again per school.
    const dates: Partial<Record<EnrollmentDateField, CivilDate>> = {
      application: undefined,
      review: undefined,
      approval: undefined,
      notice: undefined,
      agreement: undefined,
      withdrawal: undefined,
    };
    for (let k = 0; k < dateFields.length; k++) {
      const field = dateFields[k];
      const c = dateColumns[k];
      const value = r.valueOf(c);
      if (isEmptyCell(value)) continue;
      const d =
        typeof value === "boolean"
          ? undefined
          : typeof value === "string"
            ? dateOf(value)
            : parseCivilDate(value as number);
      if (d?.ok) dates[field] = d.value;
      else
        findings.push(
          finding("ROSTER_DATE_UNREADABLE", placeOf(id, a1(row, c)), {
            column: STEP_NAMES[field],
            value: String(value),
          })
        );
    }

    // A roster without step columns (most) shares one empty record: nothing writes to it.
    const withdrawalSteps: Partial<Record<WithdrawalStep, boolean>> =
      withdrawalStepFields.length === 0 ? NO_STEPS : {};
    for (let k = 0; k < withdrawalStepFields.length; k++) {
      const step = withdrawalStepFields[k];
      const c = stepColumns[k];
      const value = r.valueOf(c);
      const recorded = stepRecorded(value);
      if (recorded === undefined)
        findings.push(
          finding("ROSTER_FLAG_UNREADABLE", placeOf(id, a1(row, c)), {
            column: WITHDRAWAL_STEP_NAMES[step],
            value: String(value),
          })
        );
      withdrawalSteps[step] = recorded ?? false;
    }

    const decisionText = r.repeatedText(cDecision);
    const approved = decisionOf(decisionText);
    if (decisionText !== "" && approved === undefined) {
      findings.push(
        finding("ROSTER_FLAG_UNREADABLE", placeOf(id, at(row, "decision")), {
          column: "审批结果",
          value: decisionText,
        })
      );
    }
    students.push({
      id,
      name,
      className,
      gradeLabel,
      grade,
      stage,
      graduating: grade !== undefined && isGraduatingJunior(grade),
      flags,
      dates,
      approved,
      withdrawalSteps,
      row,
    });
  }
  return { roster: { sheet: grid.name, header, students }, findings };
}

export const STAGE_ZH: Record<Stage, string> = {
  primary: stageZh("primary"),
  junior: stageZh("junior"),
  senior: stageZh("senior"),
};

/**
 * The fields of `fields` the header found, each with its column, in `fields`' order. Pushed
 * into array literals, so every school's are packed arrays: `filter` and `map` gave some
 * schools holey ones, and the row loop reading them was deoptimised at each switch.
 */
function presentColumns<F extends string>(
  fields: readonly F[],
  col: Partial<Record<F, number>>
): [F[], number[]] {
  const present: F[] = [];
  const columns: number[] = [];
  for (const f of fields) {
    const c = col[f];
    if (c === undefined) continue;
    present.push(f);
    columns.push(c);
  }
  return [present, columns];
}
