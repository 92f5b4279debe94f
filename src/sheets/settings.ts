import Decimal from "decimal.js";
import { civilDate, parseCivilDate, type CivilDate } from "../policy/civil-date";
import { hourlyRate } from "../policy/fee";
import { Money } from "../policy/money";
import { UNIT_NAMES } from "../policy/names";
import type { BillingUnit, Profile } from "../policy/profile";
import { BUILT_IN_PROFILES, builtInProfile, DEFAULT_PROFILE } from "../policy/profiles";
import {
  DEFAULT_SCHOOL_SYSTEM,
  parseSchoolSystem,
  type SchoolSystem,
} from "../policy/school-system";
import type { WindowGroup } from "../policy/service-window";
import type { Stage } from "../policy/stage";
import { normalizeText } from "../policy/text";
import { parseTimeOfDay, type MinutesOfDay } from "../policy/time-of-day";
import { a1 } from "./a1";
import { parseYearMonth, type YearMonth } from "./date-header";
import { finding, type Finding } from "../findings/finding";
import { isEmptyCell, type CellValue, type SheetGrid } from "./grid";
import { normalizeHeader } from "./header-synonyms";
import {
  namesPolicyFile,
  POLICY_KEYS,
  policyRowText,
  SETTINGS_SHEET_NAME,
} from "./settings-policy";

/** How a month is charged (SPEC §4): by the minutes served, or a whole month up front. */
export type ChargingMode = "actual" | "monthly";

/** A school's settings sheet (设置), with SPEC's defaults where it says nothing. */
export interface SchoolSettings {
  readonly school?: string;
  /** The policy in force: the 政策 row's built-in profile, a profile file given to the run, else the default. */
  readonly profile: Profile;
  /** The 政策 row's text as typed, where there is one. */
  readonly policy?: string;
  /**
   * The 政策 row names no built-in profile and the run was handed none: no rules are known,
   * so nothing may be charged or written (the row's text as typed).
   */
  readonly unknownPolicy?: string;
  readonly system: SchoolSystem;
  readonly uplift: Decimal;
  readonly mode: ChargingMode;
  readonly feeNoticeDate?: CivilDate;
  readonly month?: YearMonth;
  readonly endTimes: Readonly<Partial<Record<WindowGroup, MinutesOfDay>>>;
  /** The school's own closures and vacations, day by day. */
  readonly closures: readonly CivilDate[];
  /** Public holidays and make-up working days for years the national calendar does not cover. */
  readonly holidays: readonly CivilDate[];
  readonly makeupDays: readonly CivilDate[];
  /** Hourly rates the school says it charges (收费标准), for the breach check; "all" when one for every stage. */
  readonly rates: Readonly<Partial<Record<Stage | "all", Decimal>>>;
  /** When the staff list was posted (§三(四)) and the management rules passed (§四(三)3), if recorded. */
  readonly staffNoticeDate?: CivilDate;
  readonly rulesApprovedDate?: CivilDate;
  /** The teachers' subsidy per hour (教师补助标准), if set. */
  readonly teacherRate?: Decimal;
  /**
   * The cell of each setting's value, for findings. 节假日 always has one: its value, the cell
   * beside it when left blank, or where a 节假日 row would be added under the settings.
   */
  readonly cells: Readonly<Partial<Record<SettingKey, string>>>;
  /** Where the settings were read from, for findings; undefined when the workbook has none. */
  readonly sheet?: string;
}

export const DEFAULT_SETTINGS: SchoolSettings = {
  profile: DEFAULT_PROFILE,
  system: DEFAULT_SCHOOL_SYSTEM,
  uplift: new Money(0),
  mode: "actual",
  endTimes: {},
  closures: [],
  holidays: [],
  makeupDays: [],
  rates: {},
  cells: {},
};

export type SettingKey =
  | "school"
  | "policy"
  | "system"
  | "uplift"
  | "mode"
  | "feeNoticeDate"
  | "month"
  | "end.primary"
  | "end.junior"
  | "end.juniorGraduating"
  | "end.senior"
  | "closures"
  | "holidays"
  | "makeupDays"
  | "rate.all"
  | "rate.primary"
  | "rate.junior"
  | "rate.senior"
  | "teacherRate"
  | "staffNoticeDate"
  | "rulesApprovedDate";

const KEYS: Record<SettingKey, readonly string[]> = {
  school: ["学校名称", "学校", "校名", "school"],
  policy: POLICY_KEYS,
  system: ["学制", "schoolsystem"],
  uplift: ["高中上浮", "高中上浮比例", "上浮比例", "uplift"],
  mode: ["收费方式", "收费模式", "chargingmode"],
  feeNoticeDate: ["收费公示日期", "收费标准公示日期", "公示日期"],
  month: ["月份", "收费月份", "统计月份", "month"],
  "end.primary": ["小学结束时间"],
  "end.junior": ["初中结束时间", "初中非毕业年级结束时间"],
  "end.juniorGraduating": ["初中毕业年级结束时间", "毕业年级结束时间"],
  "end.senior": ["高中结束时间"],
  closures: ["停课日期", "停课", "寒假", "暑假", "放假日期", "学校放假", "closures"],
  holidays: ["节假日", "法定节假日", "holidays"],
  makeupDays: ["调休上班日", "调休日", "调休上班", "makeupdays"],
  "rate.all": ["收费标准", "每小时收费标准", "小时收费标准", "收费标准元/小时"],
  "rate.primary": ["小学收费标准"],
  "rate.junior": ["初中收费标准"],
  "rate.senior": ["高中收费标准"],
  teacherRate: ["教师补助标准", "课时补助标准", "每课时补助", "教师课时补助标准"],
  staffNoticeDate: ["人员公示日期", "服务人员公示日期", "师资公示日期"],
  rulesApprovedDate: ["管理办法通过日期", "管理办法通过时间", "制度通过日期"],
};

const keyLookup = new Map<string, SettingKey>();
for (const [key, words] of Object.entries(KEYS) as [SettingKey, readonly string[]][]) {
  for (const w of words) keyLookup.set(normalizeHeader(w), key);
}

/** The setting a key cell names: compared like a header (full-width, spaces, "(元/小时)" notes). */
export function settingKey(value: CellValue): SettingKey | undefined {
  return typeof value === "string" ? keyLookup.get(normalizeHeader(value)) : undefined;
}

/** The column of a settings row that names a setting: the first, or the second after a 序号. */
function keyColumn(row: readonly CellValue[]): number {
  return settingKey(row[0] ?? null) ? 0 : settingKey(row[1] ?? null) ? 1 : -1;
}

/**
 * Where each setting's key is in a settings sheet, as readSettings finds it: in its first or
 * second column (a 序号 column may come first), its value after; of rows naming it twice, the
 * last with a value, as the last value read is the one that counts.
 */
export function settingPlaces(grid: SheetGrid): Map<SettingKey, { row: number; col: number }> {
  const places = new Map<SettingKey, { row: number; col: number }>();
  grid.values.forEach((row, r) => {
    const col = keyColumn(row);
    const key = col < 0 ? undefined : settingKey(row[col])!;
    if (key && (!places.has(key) || !isEmptyCell(row[col + 1] ?? null)))
      places.set(key, { row: r, col });
  });
  return places;
}

/** Whether a sheet is a settings sheet: by name, or by two or more known keys in its first columns. */
export function isSettingsSheet(grid: SheetGrid): boolean {
  if (SETTINGS_SHEET_NAME.test(grid.name)) return true;
  let keys = 0;
  for (const row of grid.values.slice(0, 60)) if (keyColumn(row) >= 0) keys++;
  return keys >= 2;
}

/**
 * What a notice or 公示 says where the settings give no school name: never an empty title or
 * a bare （盖章）, so a sheet without the school's name cannot go out looking finished.
 */
export const UNNAMED_SCHOOL = "【未填写学校名称】";

/** The school's name as its settings wrote it, or the mark of a name not filled in. */
export function shownSchool(school: string | undefined): string {
  return school ? school : UNNAMED_SCHOOL;
}

/**
 * A blank or missing 学校名称 is an error in every job (SPEC §11): at the value's cell beside
 * its label, else on the settings sheet, else on the workbook.
 */
function schoolNameMissing(sheet: string, cell: string): Finding {
  return finding("SCHOOL_NAME_MISSING", { sheet, cell });
}

/**
 * Reads a settings sheet; an unreadable value becomes a finding and the default is kept.
 * `given` is a profile the run was handed (`--policy FILE`, a city's): it is in force
 * whatever the 政策 row says, and a row naming another is reported.
 */
export function readSettings(
  grid: SheetGrid | undefined,
  given?: Profile
): {
  settings: SchoolSettings;
  findings: Finding[];
} {
  if (!grid)
    return {
      settings: given ? { ...DEFAULT_SETTINGS, profile: given } : DEFAULT_SETTINGS,
      findings: [schoolNameMissing("", "")],
    };
  const findings: Finding[] = [];
  let schoolLabel: string | undefined;
  const policy = policyRowText(grid);
  const named = policy !== undefined ? builtInProfile(policy) : undefined;
  const s = {
    ...DEFAULT_SETTINGS,
    sheet: grid.name,
    profile: given ?? named ?? DEFAULT_PROFILE,
  } as {
    -readonly [K in keyof SchoolSettings]: SchoolSettings[K];
  };
  const endTimes: Partial<Record<WindowGroup, MinutesOfDay>> = {};
  const rates: Partial<Record<Stage | "all", Decimal>> = {};
  const cells: Partial<Record<SettingKey, string>> = {};
  const noteColumns = new Set<number>();
  for (const row of grid.values.slice(0, 10))
    row.forEach(
      (v, c) =>
        typeof v === "string" &&
        /^(说明|备注|注释|填写说明)$/.test(normalizeText(v)) &&
        noteColumns.add(c)
    );
  const closures: CivilDate[] = [];
  const holidays: CivilDate[] = [];
  const makeupDays: CivilDate[] = [];
  let lastKey = { row: -1, col: 0 };
  grid.values.forEach((row, r) => {
    const keyCol = keyColumn(row);
    if (keyCol < 0) return;
    const key = settingKey(row[keyCol])!;
    lastKey = { row: r, col: keyCol };
    if (key === "school" && schoolLabel === undefined) schoolLabel = a1(r, keyCol + 1);
    const values = row
      .slice(keyCol + 1)
      .map((v, i) => ({ v, col: keyCol + 1 + i }))
      .filter(({ v, col }) => !isEmptyCell(v) && !noteColumns.has(col));
    if (values.length === 0) {
      if (key === "holidays") cells.holidays ??= a1(r, keyCol + 1);
      return;
    }
    const { v, col } = values[0];
    cells[key] = a1(r, col);
    const bad = (fallback: string) =>
      findings.push(
        finding(
          "SETTING_UNREADABLE",
          { sheet: grid.name, cell: a1(r, col) },
          { key: String(row[keyCol]), value: String(v), fallback }
        )
      );
    switch (key) {
      case "school": {
        // A cell of spaces (U+3000 too: trim takes every Unicode space) is a blank name.
        const name = String(v).trim();
        if (name) s.school = name;
        break;
      }
      case "policy": {
        s.policy = String(v).trim();
        if (namesPolicyFile(s.policy) && !given) {
          // A file's path names no rules Kehou can read from a cell: refused as an unknown id.
          s.unknownPolicy = s.policy;
          findings.push(
            finding(
              "POLICY_ROW_IS_FILE",
              { sheet: grid.name, cell: a1(r, col) },
              { value: s.policy, ids: Object.keys(BUILT_IN_PROFILES).join("、") }
            )
          );
        } else if (given && s.policy.toLowerCase() !== given.id.toLowerCase())
          findings.push(
            finding(
              "POLICY_OTHER_THAN_GIVEN",
              { sheet: grid.name, cell: a1(r, col) },
              { value: s.policy, policy: given.id }
            )
          );
        else if (!given && !named) {
          // Another city's rules under Suifenhe's figures would be wrong money: refused.
          s.unknownPolicy = s.policy;
          findings.push(
            finding(
              "POLICY_UNKNOWN",
              { sheet: grid.name, cell: a1(r, col) },
              { value: s.policy, ids: Object.keys(BUILT_IN_PROFILES).join("、") }
            )
          );
        }
        break;
      }
      case "system": {
        const system = parseSchoolSystem(String(v));
        if (system) s.system = system;
        else bad("六三制");
        break;
      }
      case "uplift": {
        const u = readFraction(v);
        const upliftStage = s.profile.uplift.stages[0] ?? "senior";
        const rate = u && hourlyRate(upliftStage, u, s.profile);
        if (u && rate && rate.ok)
          s.uplift = u; // §三(五)2 高中上浮不超过10%
        else if (rate && !rate.ok && rate.problem.code === "UPLIFT_NOT_ALLOWED")
          // A profile without an uplift has no "at most" to name.
          findings.push(
            finding(
              "FEE_UPLIFT_NOT_ALLOWED",
              { sheet: grid.name, cell: a1(r, col) },
              { value: String(v) }
            )
          );
        else if (u)
          findings.push(
            finding(
              "FEE_UPLIFT_ABOVE_POLICY",
              { sheet: grid.name, cell: a1(r, col) },
              { value: String(v), max: `${s.profile.uplift.maxPercent}%` }
            )
          );
        else bad("0");
        break;
      }
      case "mode": {
        const text = normalizeText(String(v));
        if (/据实|按实|实际|actual/i.test(text)) s.mode = "actual";
        else if (/按月|月收|monthly/i.test(text)) s.mode = "monthly";
        else bad("据实收取");
        break;
      }
      case "staffNoticeDate":
      case "rulesApprovedDate": {
        const d = parseCivilDate(v as number | string);
        if (d.ok) s[key] = d.value;
        else bad("未填写");
        break;
      }
      case "feeNoticeDate": {
        const d = parseCivilDate(v as number | string);
        if (d.ok) s.feeNoticeDate = d.value;
        else bad("未填写");
        break;
      }
      case "month": {
        const m = typeof v === "number" ? monthOfSerial(v) : parseYearMonth(String(v));
        if (m) s.month = m;
        else bad("按考勤表判断");
        break;
      }
      case "closures":
      case "holidays":
      case "makeupDays": {
        const list = key === "closures" ? closures : key === "holidays" ? holidays : makeupDays;
        for (const item of values) {
          const days = readDays(item.v);
          if (days) list.push(...days);
          else
            findings.push(
              finding(
                "SETTING_UNREADABLE",
                { sheet: grid.name, cell: a1(r, item.col) },
                { key: String(row[keyCol]), value: String(item.v), fallback: "忽略" }
              )
            );
        }
        break;
      }
      case "rate.all":
      case "rate.primary":
      case "rate.junior":
      case "rate.senior":
      case "teacherRate": {
        const unit = s.profile.billing.unit;
        const n = readYuan(v, key === "teacherRate" ? "hour" : unit);
        if (!n && key !== "teacherRate") {
          // Unread, the rate is neither charged nor checked: said with the form it takes.
          const stage = key === "rate.all" ? "primary" : (key.slice(5) as Stage);
          findings.push(
            finding(
              "SETTING_RATE_UNREADABLE",
              { sheet: grid.name, cell: a1(r, col) },
              {
                key: String(row[keyCol]),
                value: String(v),
                unit: UNIT_NAMES[unit]["zh-CN"],
                example: new Money(s.profile.rates[stage]).dividedBy(100).toString(),
              }
            )
          );
        } else if (!n) bad("未填写");
        else if (key === "teacherRate") s.teacherRate = n;
        else rates[key.slice(5) as Stage | "all"] = n;
        break;
      }
      default: {
        const t = parseTimeOfDay(typeof v === "number" || typeof v === "string" ? v : "");
        if (t.ok) endTimes[key.slice(4) as WindowGroup] = t.value;
        else bad("试行期间的标准时长");
      }
    }
  });
  cells.holidays ??= a1(lastKey.row + 1, lastKey.col);
  if (!s.school) findings.push(schoolNameMissing(grid.name, schoolLabel ?? ""));
  s.profile = withRateVariant(grid, s.profile, findings);
  // One shape for every school's settings, each field in this order and one not set undefined:
  // a spread of fields set as the rows came made settings of several maps, and the checks
  // reading them (timeBreaches) were deoptimised at each school of another.
  const settings: SchoolSettings = {
    school: s.school,
    profile: s.profile,
    policy: s.policy,
    unknownPolicy: s.unknownPolicy,
    system: s.system,
    uplift: s.uplift,
    mode: s.mode,
    feeNoticeDate: s.feeNoticeDate,
    month: s.month,
    endTimes,
    closures,
    holidays,
    makeupDays,
    rates,
    staffNoticeDate: s.staffNoticeDate,
    rulesApprovedDate: s.rulesApprovedDate,
    teacherRate: s.teacherRate,
    cells,
    sheet: s.sheet,
  };
  return { settings, findings };
}

/**
 * A profile with rate tables chosen by a setting (城乡, 年级组 …): the row the profile names
 * picks its table. A row left blank or absent, or a value the profile does not list, is a
 * finding that says which table was used (the profile's own rates) and what may be written.
 */
function withRateVariant(grid: SheetGrid, profile: Profile, findings: Finding[]): Profile {
  const variants = profile.rateVariants;
  if (!variants) return profile;
  const key = normalizeHeader(variants.setting);
  const options = Object.keys(variants.options).join("、");
  const blank = (cell: string) =>
    findings.push(
      finding("RATE_VARIANT_BLANK", { sheet: grid.name, cell }, { key: variants.setting, options })
    );
  for (const [r, row] of grid.values.entries()) {
    const keyCol = [0, 1].find(
      (c) => typeof row[c] === "string" && normalizeHeader(String(row[c])) === key
    );
    if (keyCol === undefined) continue;
    const col = row.findIndex((v, c) => c > keyCol && !isEmptyCell(v));
    if (col < 0) {
      blank(a1(r, keyCol + 1));
      return profile;
    }
    const value = normalizeText(String(row[col]));
    const rates = variants.options[value];
    if (rates) return { ...profile, rates };
    findings.push(
      finding(
        "RATE_VARIANT_UNKNOWN",
        { sheet: grid.name, cell: a1(r, col) },
        { key: String(row[keyCol]), value: String(row[col]), options }
      )
    );
    return profile;
  }
  blank("");
  return profile;
}

/** An amount of yuan: 4, "4.5", "4元", "4元/小时". */
function readYuan(v: CellValue, unit: BillingUnit["unit"]): Decimal | undefined {
  if (typeof v === "number") return v >= 0 ? new Money(v) : undefined;
  if (typeof v !== "string") return undefined;
  const m = /^(\d+(?:\.\d+)?)\s*(?:元)?\s*(?:(?:\/|每)\s*(\S+))?$/.exec(normalizeText(v));
  // A unit written after the amount must be the profile's: 3元/小时 is no rate of a 课时.
  return m && (m[2] === undefined || UNIT_WORDS[unit].test(m[2])) ? new Money(m[1]) : undefined;
}

/** How a rate's unit is written after 元/ (or 每), by the profile's billing unit. */
const UNIT_WORDS: Readonly<Record<BillingUnit["unit"], RegExp>> = {
  hour: /^(小时|时|h)$/i,
  session: /^(课时|节)$/,
  day: /^(天|日)$/,
  month: /^月$/,
};

/** An uplift: 10%, 0.1, or 10 (a whole number in this cell can only mean percent). */
function readFraction(v: CellValue): Decimal | undefined {
  if (typeof v === "number") return v > 1 ? new Money(v).dividedBy(100) : new Money(v);
  if (typeof v !== "string") return undefined;
  const t = normalizeText(v);
  const m = /^(\d+(?:\.\d+)?)\s*(%?)$/.exec(t);
  if (!m) return undefined;
  const n = new Money(m[1]);
  return m[2] || n.greaterThan(1) ? n.dividedBy(100) : n;
}

function monthOfSerial(serial: number): YearMonth | undefined {
  const d = parseCivilDate(serial);
  return d.ok ? d.value.slice(0, 7) : undefined;
}

/** Reads one date, a list (、，,;；) or a range (至 ~ - 到) of dates, day by day. */
export function readDays(v: CellValue): CivilDate[] | undefined {
  if (typeof v === "number") {
    const d = parseCivilDate(v);
    return d.ok ? [d.value] : undefined;
  }
  if (typeof v !== "string") return undefined;
  const days: CivilDate[] = [];
  for (const part of normalizeText(v)
    .split(/[、,，;；\s]+/)
    .filter(Boolean)) {
    const range =
      /^(.+?)(?:至|~|～|到|—|--)(.+)$/.exec(part) ??
      /^(\d{4}-\d{1,2}-\d{1,2})-(\d{4}-\d{1,2}-\d{1,2})$/.exec(part);
    if (range) {
      const from = parseCivilDate(range[1]);
      const to = parseCivilDate(range[2]);
      if (!from.ok || !to.ok || to.value < from.value) return undefined;
      for (let d = from.value; d <= to.value; d = nextDay(d)) days.push(d);
      continue;
    }
    const d = parseCivilDate(part);
    if (!d.ok) return undefined;
    days.push(d.value);
  }
  return days.length > 0 ? days : undefined;
}

/** The day after a date. */
export function nextDay(date: CivilDate): CivilDate {
  const [y, m, d] = date.split("-").map(Number);
  return civilDate(y, m, d + 1) ?? civilDate(y, m + 1, 1) ?? civilDate(y + 1, 1, 1)!;
}
