import type { CivilDate } from "./civil-date";
import type { MinutesOfDay } from "./time-of-day";

/** Whom a service window is for: stages, with junior split by graduating year (§三(二)2). */
export type WindowGroup = "primary" | "junior" | "juniorGraduating" | "senior";

/**
 * When service may end. `fixed`: exactly at `latest` (pilot); otherwise between `earliest`
 * (if any) and `latest`. A plain bound is an error, a 原则上 bound or a pilot fixed time a
 * warning (SPEC §3).
 */
export interface EndRule {
  readonly earliest?: MinutesOfDay;
  readonly latest: MinutesOfDay;
  readonly fixed?: boolean;
  readonly inPrinciple: boolean;
  readonly clause: string;
}

/** A period of the policy with its windows; `to` is inclusive, absent while it lasts. */
export interface ServicePeriod {
  readonly id: string;
  readonly from: CivilDate;
  readonly to?: CivilDate;
  readonly ends: Readonly<Record<WindowGroup, EndRule>>;
  /** Windows replacing `ends` for part of every year ("MM-DD" to "MM-DD", inclusive). */
  readonly seasons?: readonly {
    readonly from: string;
    readonly to: string;
    readonly ends: Readonly<Partial<Record<WindowGroup, EndRule>>>;
  }[];
}
