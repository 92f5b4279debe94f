import { parseCivilDate, type CivilDate } from "../policy/civil-date";
import { normalizeText } from "../policy/text";
import { parseTimeOfDay, type MinutesOfDay } from "../policy/time-of-day";
import { a1 } from "./a1";
import { finding, type Finding } from "../findings/finding";
import { cellAt, isEmptyCell, type CellValue, type SheetGrid } from "./grid";
import { cellText } from "./roster";
import { findTableHeader } from "./table-header";

const ACTIVITY_HEADERS = {
  date: ["日期", "服务日期", "活动日期"],
  group: ["班级", "年级", "班级/年级", "年级/班级", "参加班级", "对象"],
  start: ["开始时间", "开始", "起始时间"],
  end: ["结束时间", "结束", "终止时间"],
  activity: ["活动内容", "内容", "活动", "活动名称", "课程", "课程内容", "服务内容", "项目"],
  minutes: ["时长", "分钟", "时长(分钟)", "时长分钟", "用时"],
  teacher: ["教师", "辅导教师", "指导教师", "负责教师", "老师"],
  provider: ["合作机构", "机构", "服务机构", "提供方", "承办机构", "机构名称"],
} as const;

type ActivityField = keyof typeof ACTIVITY_HEADERS;

/** One row of the activities sheet (活动安排), with the address of each cell for findings. */
export interface Activity {
  readonly row: number;
  readonly date?: CivilDate;
  readonly group: string;
  readonly start?: MinutesOfDay;
  readonly end?: MinutesOfDay;
  readonly activity: string;
  readonly minutes?: number;
  readonly teacher: string;
  readonly provider: string;
  readonly cells: Readonly<Partial<Record<ActivityField, string>>>;
}

export interface ActivitiesSheet {
  readonly sheet: string;
  readonly activities: readonly Activity[];
}

function time(v: CellValue): MinutesOfDay | undefined {
  if (typeof v !== "number" && typeof v !== "string") return undefined;
  const t = parseTimeOfDay(v);
  return t.ok ? t.value : undefined;
}

/** Whether a sheet is an activities schedule: a date and an activity column. */
export function activitiesHeader(grid: SheetGrid) {
  return findTableHeader(grid, ACTIVITY_HEADERS, ["date", "activity"]);
}

/**
 * Reads the activities sheet (活动安排): date, class or grade, start, end, activity,
 * minutes, teacher, provider. Dates and times that cannot be read are findings.
 */
export function readActivities(grid: SheetGrid): { sheet?: ActivitiesSheet; findings: Finding[] } {
  const header = activitiesHeader(grid);
  if (!header) return { findings: [] };
  const f = header.fields;
  const findings: Finding[] = [];
  const activities: Activity[] = [];
  for (let row = header.row + 1; row < grid.values.length; row++) {
    const get = (field: ActivityField) =>
      f[field] === undefined ? null : cellAt(grid, row, f[field]!);
    const text = (field: ActivityField) => normalizeText(cellText(get(field)));
    if (isEmptyCell(get("activity")) && isEmptyCell(get("date"))) continue;
    const cells: Partial<Record<ActivityField, string>> = {};
    for (const key of Object.keys(f) as ActivityField[]) cells[key] = a1(row, f[key]!);
    const rawDate = get("date");
    const date =
      typeof rawDate === "number" || typeof rawDate === "string"
        ? parseCivilDate(rawDate)
        : undefined;
    if (!date?.ok)
      findings.push(
        finding(
          "ROSTER_DATE_UNREADABLE",
          { sheet: grid.name, cell: cells.date },
          { column: "日期", value: String(rawDate) }
        )
      );
    const start = time(get("start"));
    const end = time(get("end"));
    for (const [field, value] of [
      ["start", start],
      ["end", end],
    ] as const) {
      if (value === undefined && !isEmptyCell(get(field))) {
        findings.push(
          finding(
            "ATTENDANCE_CELL_UNREADABLE",
            { sheet: grid.name, cell: cells[field] },
            { value: String(get(field)) }
          )
        );
      }
    }
    const m = get("minutes");
    const minutes =
      typeof m === "number"
        ? m
        : /^\d+(\.\d+)?$/.test(text("minutes"))
          ? Number(text("minutes"))
          : undefined;
    activities.push({
      row,
      date: date?.ok ? date.value : undefined,
      group: text("group"),
      start,
      end,
      activity: text("activity"),
      minutes:
        minutes ??
        (start !== undefined && end !== undefined && end > start ? end - start : undefined),
      teacher: text("teacher"),
      provider: text("provider"),
      cells,
    });
  }
  return { sheet: { sheet: grid.name, activities }, findings };
}
