import { allocateByLargestRemainder } from "./allocation";
import { Money, halfUpToFen } from "./money";

/** §三(五)2 免收费额度的50%由市政府统筹解决. */
export const GOVERNMENT_WAIVER_SHARE: Money = new Money("0.5");

/** Who bears a waiver: the city government or the school. */
export type WaiverParty = "government" | "school";

export interface WaiverSplit {
  readonly government: Money;
  readonly school: Money;
}

/**
 * Splits a waived amount: the government pays half, rounded half up to the fen; the school
 * the rest, so the two add up to the waived amount exactly (SPEC §5).
 * @example splitWaiver(new Money("0.05")) //=> { government: 0.03, school: 0.02 }
 */
export function splitWaiver(waived: Money): WaiverSplit {
  const government = halfUpToFen(waived.times(GOVERNMENT_WAIVER_SHARE));
  return { government, school: waived.minus(government) };
}

/**
 * Settles a school's month: the split is made on the school's total waived amount, and each
 * party's figure is allocated back to the students by largest remainder (SPEC §5).
 */
export function settleWaivers(perStudentWaived: readonly Money[]): {
  total: WaiverSplit;
  perStudent: WaiverSplit[];
} {
  const totalWaived = perStudentWaived.reduce<Money>((s, w) => s.plus(w), new Money(0));
  const total = splitWaiver(totalWaived);
  const government = allocateByLargestRemainder(total.government, perStudentWaived);
  const perStudent = perStudentWaived.map((w, i) => ({
    government: government[i],
    school: w.minus(government[i]),
  }));
  return { total, perStudent };
}
