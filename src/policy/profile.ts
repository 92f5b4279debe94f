/**
 * A city's after-school service policy as data: every number, window and clause label a rule
 * needs, so a bureau runs Kehou under its own document by writing one of these (a JSON file,
 * checked against profile.schema.json). Shaped like dinero.js currencies: plain, frozen data
 * that rules take as an argument; no rule reads a city's constant.
 *
 * Units are in the field names: money in whole fen, shares in percent, times as "HH:MM",
 * dates as "YYYY-MM-DD".
 */
export interface Profile {
  /** The built-in id a 设置 sheet names in its 政策 row, e.g. "suifenhe-2021". */
  readonly id: string;
  readonly provenance: Provenance;
  /** The rate of one billing unit per stage, in fen. */
  readonly rates: StageRates;
  /**
   * Whether the rates (and `rateVariants`' tables) are the most a school may charge (最高不超过)
   * rather than the fee: a school's own 收费标准 in 设置 at or under them is what it charges;
   * one above them is a breach, and the rate is charged. Absent or false: the rate is the fee.
   */
  readonly rateIsCeiling?: boolean;
  /**
   * Other rate tables chosen by a 设置 row (grade group, urban/rural): the row's name and
   * each value's rates. Absent where the city has one table.
   */
  readonly rateVariants?: RateVariants;
  readonly billing: BillingUnit;
  /** A day with fewer minutes than this is not charged at all. */
  readonly dailyMinimumMinutes: Minutes;
  readonly uplift: UpliftRule;
  readonly caps: Caps;
  readonly waiver: WaiverRule;
  readonly refund: RefundRule;
  readonly transfer: TransferRule;
  readonly service: ServiceRule;
  readonly checks: ContentChecks;
  /**
   * The safety measures the letter to families names where the school writes none of its own
   * (设置's 安全保障措施), as the document asks them; absent: a plain sentence of Kehou's.
   */
  readonly safetyMeasures?: string;
}

/**
 * Money in whole fen (0.01 yuan), never a fraction; at most 10,000,000 fen (100,000 yuan), so
 * every sum of a city's year stays exact.
 * @integer
 * @minimum 0
 * @maximum 10000000
 */
export type Fen = number;
/**
 * A share in percent, 0–100.
 * @minimum 0
 * @maximum 100
 */
export type Percent = number;
/**
 * A whole number of minutes.
 * @integer
 * @minimum 0
 * @maximum 1440
 */
export type Minutes = number;
/**
 * A time of day, "HH:MM" (24-hour).
 * @pattern ^([01][0-9]|2[0-3]):[0-5][0-9]$
 */
export type ClockTime = string;
/**
 * A date, "YYYY-MM-DD".
 * @pattern ^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$
 */
export type IsoDate = string;
/**
 * A day of every year, "MM-DD".
 * @pattern ^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$
 */
export type MonthDay = string;

/** Stages of school (学段), as the rules name them. */
export type ProfileStage = "primary" | "junior" | "senior";

/** Service-window groups: junior split by graduating year. */
export type ProfileWindowGroup = "primary" | "junior" | "juniorGraduating" | "senior";

/** The document a profile is read from. */
export interface Provenance {
  /** The document's title as published. */
  readonly title: string;
  /** Its number (文号), or "" where it has none. */
  readonly number: string;
  readonly issuer: string;
  /** The city or county the document governs, as the 收费公示 names it. */
  readonly city: string;
  readonly issued: IsoDate;
  /** The first day in force; a day before it has no rules. */
  readonly inForceFrom: IsoDate;
  /** The last day in force, absent while it lasts. */
  readonly inForceTo?: IsoDate;
  readonly trialPeriods: readonly DateRange[];
  /** The clause labels findings and notices cite, by the rule they label. */
  readonly clauses: ClauseLabels;
}

export interface DateRange {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/**
 * The clause each kind of rule cites (e.g. "§三(五)2"), as the findings' 条款 column, the
 * 收费公示 and the letter print it. The first eight are required; the rest are optional: a
 * label left out is cited nowhere (the 条款 cell stays empty, the sentence goes without its
 * "（…）"), never filled with another city's text.
 */
export interface ClauseLabels {
  readonly rate: string;
  readonly dailyMinimum: string;
  readonly uplift: string;
  readonly waiver: string;
  readonly refund: string;
  readonly transfer: string;
  readonly serviceTimes: string;
  readonly notice: string;
  /** Families choose freely whether to take part; no school may press them (自愿参加). */
  readonly voluntary?: string;
  /** What the school must tell families: times, way, content, safety, fees (the letter). */
  readonly informFamilies?: string;
  /** The service is not run for profit (公益普惠, 非营利). */
  readonly nonProfit?: string;
  /** Who the service is for and who comes first (服务对象, 优先保障). */
  readonly eligibility?: string;
  /** The fixed service times of a trial period. */
  readonly trialTimes?: string;
  /** The earliest a service may end. */
  readonly earliestEnd?: string;
  /** The latest a service must end. */
  readonly latestEnd?: string;
  /** Evening self-study after the service, free and voluntary (晚自习). */
  readonly selfStudy?: string;
  /** What the service holds: homework, activities, daily exercise (服务内容). */
  readonly content?: string;
  /** Who serves, chosen and posted by the school (师资配备). */
  readonly staff?: string;
  /** Teachers paid by their hours, by the month (教师补助). */
  readonly teacherPay?: string;
  /** Application, agreement and withdrawal (报名、协议、退出). */
  readonly enrollment?: string;
  /** No new lessons, no racing ahead, no tutoring (不讲新课、不抢进度、不补课). */
  readonly noNewLessons?: string;
  /** No training businesses or companies as providers. */
  readonly providers?: string;
  /** The school's own service rules, approved by staff and parents (管理办法). */
  readonly managementRules?: string;
  /** Safety measures (安全保障). */
  readonly safety?: string;
  /** Supervision of fees, with a phone to report to (监督). */
  readonly supervision?: string;
  /** The most a student pays in a semester (caps.perSemesterFen). */
  readonly semesterCap?: string;
}

/** The name of a clause label, as a rule names the one it cites. */
export type ClauseKey = keyof ClauseLabels;

export interface StageRates {
  readonly primary: Fen;
  readonly junior: Fen;
  readonly senior: Fen;
}

export interface StageMinutes {
  readonly primary: Minutes;
  readonly junior: Minutes;
  readonly senior: Minutes;
}

export interface RateVariants {
  /** The 设置 row that chooses a table, e.g. "城乡". */
  readonly setting: string;
  /** Each value the row may hold and its rates. */
  readonly options: Readonly<Record<string, StageRates>>;
}

/**
 * What a rate is for. `hour`: an hour, prorated by the minute; `session`: a whole 课时 of the
 * stage's minutes (a part 课时 is not charged); `day`: a day served; `month`: a month, reduced
 * by `monthTiers` over the share of the month's school days attended.
 */
export type BillingUnit =
  | { readonly unit: "hour" }
  | { readonly unit: "session"; readonly sessionMinutes: StageMinutes }
  | { readonly unit: "day" }
  | { readonly unit: "month"; readonly monthTiers: readonly Tier[] };

/**
 * One tier of an ordered list over a measure (a share in percent, or days): the first tier
 * whose bound admits the value applies. `upTo` absent is the last, open tier.
 */
export interface Tier {
  readonly upTo?: number;
  /** Whether a value equal to `upTo` falls in this tier (含) or the next. */
  readonly inclusive: boolean;
  /** The percent of the month's fee this tier refunds, or for a fee tier, charges. */
  readonly percent: Percent;
}

export interface UpliftRule {
  /** The highest uplift a school may add to its rate, in percent. */
  readonly maxPercent: Percent;
  readonly stages: readonly ProfileStage[];
}

export interface Caps {
  /** The most a student pays in a month, in fen. */
  readonly perMonthFen?: Fen;
  /** The most a student pays in a semester, in fen. */
  readonly perSemesterFen?: Fen;
}

export type WaiverPayer = "government" | "school";

export interface WaiverShare {
  readonly payer: WaiverPayer;
  readonly percent: Percent;
  /**
   * The payer as the 收费公示 names it, e.g. "市政府", "县财政"; absent: the city's government
   * (provenance.city + "政府") or the school.
   */
  readonly name?: string;
}

/**
 * Who bears a hardship waiver and in what shares (percent, adding up to 100). Each payer but
 * the last gets its share rounded half up to the fen; the last the rest, so the parts add up.
 */
export interface WaiverRule {
  readonly shares: readonly WaiverShare[];
}

/**
 * The refund of a prepaid month: tiers over the attended share of the scheduled time (in
 * percent), or over the longest run of consecutive school days absent.
 */
export interface RefundRule {
  readonly over: "attendedPercent" | "consecutiveAbsentDays";
  readonly tiers: readonly Tier[];
}

/** What a student who joins mid-month pays: tiers over the remaining share of the month (percent). */
export interface TransferRule {
  readonly tiers: readonly Tier[];
}

export interface ServiceRule {
  /** When service starts, by stage ("HH:MM"). */
  readonly start: Readonly<Record<ProfileStage, ClockTime>>;
  /** What a present mark without the school's end time is worth, in minutes (absent: needs the end). */
  readonly presentMarkMinutes: Readonly<Partial<Record<ProfileWindowGroup, Minutes>>>;
  /** The periods of the policy with their end windows, in date order. */
  readonly periods: readonly ProfilePeriod[];
}

/** A period and its windows; `to` inclusive, absent while it lasts. */
export interface ProfilePeriod {
  readonly id: string;
  readonly from: IsoDate;
  readonly to?: IsoDate;
  readonly ends: Readonly<Record<ProfileWindowGroup, ProfileEndRule>>;
  /** Windows that replace `ends` for part of each year, e.g. summer evenings ("MM-DD", inclusive). */
  readonly seasons?: readonly ProfileSeason[];
}

export interface ProfileSeason {
  readonly from: MonthDay;
  readonly to: MonthDay;
  readonly ends: Readonly<Partial<Record<ProfileWindowGroup, ProfileEndRule>>>;
}

/**
 * When service may end: exactly at `latest` when `fixed`, else between `earliest` and
 * `latest`. `inPrinciple` (原则上) makes a breach a warning, not an error.
 */
export interface ProfileEndRule {
  readonly earliest?: ClockTime;
  readonly latest: ClockTime;
  readonly fixed?: boolean;
  readonly inPrinciple: boolean;
  readonly clause: string;
}

/** Which content checks of the breach job apply. */
export interface ContentChecks {
  /** Minutes of physical exercise each service day asks for; absent: not checked. */
  readonly exerciseMinutesPerDay?: Minutes;
  /** Whether new lessons, racing ahead or tutoring (讲新课、抢进度、补课) are a breach. */
  readonly noNewLessons: boolean;
  /** Whether companies and training businesses as providers are a breach. */
  readonly noCommercialProviders: boolean;
}
