import { fail, ok, type Outcome } from "./problem";
import { normalizeText } from "./text";

/** A time of day as minutes since midnight; seconds are kept as a fraction. */
export type MinutesOfDay = number;

const MINUTES_PER_DAY = 24 * 60;

/**
 * Builds a time of day from hours and minutes.
 * @example at(17, 30) //=> 1050
 */
export function at(hours: number, minutes = 0): MinutesOfDay {
  return hours * 60 + minutes;
}

/**
 * The one time parser: an Excel time fraction (or the time part of a date-time serial),
 * or text 17:30, 17:30:00, 17时30分, 17点半, 5:30 PM, 下午5:30.
 * @example parseTimeOfDay("17时30分") //=> { ok: true, value: 1050 }
 */
export function parseTimeOfDay(value: number | string): Outcome<MinutesOfDay> {
  if (typeof value === "number") return fromExcelFraction(value);
  const text = normalizeText(value);
  const parsed = parseClockText(text);
  return parsed === undefined ? fail("TIME_UNREADABLE", { value }) : ok(parsed);
}

function fromExcelFraction(value: number): Outcome<MinutesOfDay> {
  if (!Number.isFinite(value) || value < 0) return fail("TIME_UNREADABLE", { value });
  const seconds = Math.round((value - Math.floor(value)) * MINUTES_PER_DAY * 60);
  return ok((seconds % (MINUTES_PER_DAY * 60)) / 60);
}

const colonClock = /^(上午|下午|晚上)?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?$/i;
const chineseClock =
  /^(上午|下午|晚上)?\s*(\d{1,2})\s*[时点](?:\s*(半|\d{1,2})\s*分?)?(?:\s*(\d{1,2})\s*秒)?$/;

function parseClockText(text: string): MinutesOfDay | undefined {
  const colon = colonClock.exec(text);
  if (colon) return clock(colon[2], colon[3], colon[4], colon[1] ?? colon[5]);
  const chinese = chineseClock.exec(text);
  if (chinese)
    return clock(
      chinese[2],
      chinese[3] === "半" ? "30" : (chinese[3] ?? "0"),
      chinese[4],
      chinese[1]
    );
  return undefined;
}

function clock(
  h: string,
  m: string,
  s: string | undefined,
  meridiem: string | undefined
): MinutesOfDay | undefined {
  let hours = Number(h);
  const minutes = Number(m);
  const seconds = s === undefined ? 0 : Number(s);
  if (minutes > 59 || seconds > 59) return undefined;
  const half = meridiem?.toLowerCase();
  if (half !== undefined) {
    const afternoon = half.startsWith("p") || half === "下午" || half === "晚上";
    if (hours < 1 || hours > 12)
      return afternoon && hours > 12 && hours < 24 ? at(hours, minutes + seconds / 60) : undefined;
    hours = (hours % 12) + (afternoon ? 12 : 0);
  }
  if (hours > 23) return undefined;
  return at(hours, minutes + seconds / 60);
}

/**
 * A time of day as text, HH:MM (with :SS when it has seconds).
 * @example formatTimeOfDay(1050) //=> "17:30"
 */
export function formatTimeOfDay(minutes: MinutesOfDay): string {
  const totalSeconds = Math.round(minutes * 60);
  const hh = String(Math.floor(totalSeconds / 3600)).padStart(2, "0");
  const mm = String(Math.floor(totalSeconds / 60) % 60).padStart(2, "0");
  const ss = totalSeconds % 60;
  return ss === 0 ? `${hh}:${mm}` : `${hh}:${mm}:${String(ss).padStart(2, "0")}`;
}
