import { normalizeText } from "../policy/text";
import { parseTimeOfDay, type MinutesOfDay } from "../policy/time-of-day";
import type { CellValue } from "./grid";

/** What one attendance cell says about one student's day (SPEC §11). */
export type AttendanceEntry =
  | { readonly kind: "absent" }
  | { readonly kind: "present" }
  | { readonly kind: "minutes"; readonly minutes: number }
  | { readonly kind: "signOut"; readonly end: MinutesOfDay }
  | { readonly kind: "range"; readonly start: MinutesOfDay; readonly end: MinutesOfDay }
  /** Not read; `overDay` where it was a number of minutes longer than a day (1E+308). */
  | { readonly kind: "unreadable"; readonly overDay?: true };

const ABSENT = new Set([
  "0",
  "×",
  "✗",
  "✘",
  "x",
  "缺",
  "缺勤",
  "缺席",
  "假",
  "病假",
  "事假",
  "请假",
  "休",
  "-",
  "—",
  "/",
  "无",
  "未到",
  "旷课",
  "n",
  "false",
  "否",
]);
const PRESENT = new Set(["√", "✓", "✔", "☑", "是", "到", "已到", "出勤", "y", "true", "1", "v"]);

/** An Excel time under 12 hours is a duration; from 12:00 on it is a sign-out time (SPEC §11). */
const NOON: MinutesOfDay = 12 * 60;

/**
 * Every entry has one shape, all its fields present (undefined where its kind has none): the
 * charge's day loop reads two million of them, and a property read that meets one shape is
 * several times faster than one that meets the six shapes of the kinds.
 */
class Entry {
  constructor(
    readonly kind: AttendanceEntry["kind"],
    readonly minutes: number | undefined = undefined,
    readonly start: MinutesOfDay | undefined = undefined,
    readonly end: MinutesOfDay | undefined = undefined,
    readonly overDay: true | undefined = undefined
  ) {}
}

const minutesEntry = (minutes: number) => new Entry("minutes", minutes) as AttendanceEntry;
const signOutEntry = (end: MinutesOfDay) =>
  new Entry("signOut", undefined, undefined, end) as AttendanceEntry;

const absent = new Entry("absent") as AttendanceEntry;
const present = new Entry("present") as AttendanceEntry;
const unreadable = new Entry("unreadable") as AttendanceEntry;
const overDay = new Entry("unreadable", undefined, undefined, undefined, true) as AttendanceEntry;

/** No day of service is longer than the day itself. */
const MINUTES_PER_DAY = 24 * 60;

/**
 * Reads an attendance cell: minutes (120), a duration (2:00, an Excel time under 12 hours,
 * 1小时30分, 90分钟, 1.5小时), a sign-out time (17:30, an Excel time from 12:00), a range
 * (15:30-17:30, 15:30~17:30), a present mark (√ ✓ ✔ 是 到 Y TRUE 1) or an absence
 * (blank, 0, × ✗ 缺 假 病假 事假 请假 - / …). Anything else is unreadable, never guessed.
 * @example parseAttendanceCell("1小时30分") //=> { kind: "minutes", minutes: 90 }
 */
export function parseAttendanceCell(value: CellValue): AttendanceEntry {
  const entry = readCell(value);
  return entry.kind === "minutes" && entry.minutes > MINUTES_PER_DAY ? overDay : entry;
}

function readCell(value: CellValue): AttendanceEntry {
  if (value === null) return absent;
  if (typeof value === "boolean") return value ? present : absent;
  if (typeof value === "number") return fromNumber(value);
  const text = normalizeText(value).toLowerCase().replace(/\s+/g, "");
  if (text === "") return absent;
  if (ABSENT.has(text)) return absent;
  if (PRESENT.has(text)) return present;
  return fromText(text);
}

function fromNumber(n: number): AttendanceEntry {
  if (!Number.isFinite(n) || n < 0) return unreadable;
  if (n === 0) return absent;
  if (n === 1) return present;
  if (n < 1) {
    const minutes = Math.round(n * 24 * 60 * 60) / 60;
    return minutes < NOON ? minutesEntry(minutes) : signOutEntry(minutes);
  }
  return clockLike(n) ? unreadable : minutesEntry(n);
}

/**
 * A bare count under the 30 minutes a day must reach, with a fraction: no teacher counts 17.3
 * minutes, but 17.30 is a sign-out time written with a dot (Excel keeps it as 17.3) and 1.5
 * hours written without 小时. Read as minutes it is a day charged nothing with no word
 * (§三(五)2); said at its cell instead, as what Kehou did not read. A formula's near-whole
 * result (29.999999999) is a whole number.
 */
const clockLike = (n: number) => n < 30 && Math.abs(n - Math.round(n)) > 1e-6;

function fromText(text: string): AttendanceEntry {
  const minutes = /^(\d+(?:\.\d+)?)(分钟|分|min|mins|minutes|m)?$/.exec(text);
  if (minutes) {
    const n = Number(minutes[1]); // "1" alone is a present mark, caught above; "1分钟" is a minute
    // 18.00 and 17.30 with no unit: a time with a dot, as clockLike says of a number.
    const dotted = !minutes[2] && minutes[1].includes(".") && n < 30;
    return n === 0 ? absent : dotted ? unreadable : minutesEntry(n);
  }
  const hours = /^(\d+(?:\.\d+)?)(?:小时|个小时|h|hr|hrs|hours)$/.exec(text);
  if (hours) return minutesEntry(Number(hours[1]) * 60);
  const hm = /^(\d+)(?:小时|个小时|h)(\d+)(?:分钟|分|min|m)?$/.exec(text);
  if (hm) return Number(hm[2]) < 60 ? minutesEntry(Number(hm[1]) * 60 + Number(hm[2])) : unreadable;
  const clock = clockOf(text);
  if (clock !== undefined) return clock < NOON ? minutesEntry(clock) : signOutEntry(clock);
  const range = /^(.+?)(?:-|~|～|－|—|–|至|到)(.+)$/.exec(text);
  if (range) {
    const start = clockOf(range[1]);
    const end = clockOf(range[2]);
    if (start !== undefined && end !== undefined && end > start)
      return new Entry("range", undefined, start, end) as AttendanceEntry;
  }
  return unreadable;
}

function clockOf(text: string): MinutesOfDay | undefined {
  if (!/\d[:时点]/.test(text)) return undefined;
  const t = parseTimeOfDay(text);
  return t.ok ? t.value : undefined;
}
