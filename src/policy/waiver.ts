import { allocateFen } from "./allocation";
import type { Fen } from "./fen";
import { halfUpToFen, Money } from "./money";

/** Who bears a waiver: the city government or the school. */
export type WaiverParty = "government" | "school";

export interface WaiverSplit {
  readonly government: Fen;
  readonly school: Fen;
}

/**
 * Splits a waived amount: the government pays half, rounded half up to the fen; the school
 * the rest, so the two add up to the waived amount exactly (SPEC §5).
 * @example splitWaiver(5) //=> { government: 3, school: 2 }
 */
export function splitWaiver(waived: Fen): WaiverSplit {
  const government = Math.floor((waived + 1) / 2); // §三(五)2 免收费额度的50%由市政府统筹解决 (half up)
  return { government, school: waived - government };
}

/**
 * Splits an amount as typed (not yet whole fen): the government's half rounded once, half
 * up; the school the rest of the amount, rounded once, so the two add up to the rounded whole.
 * @example splitWaiverAmount(new Money("100.005")) //=> { government: 50, school: 50.01 }
 */
export function splitWaiverAmount(waived: Money): Record<WaiverParty, Money> {
  const government = halfUpToFen(waived.times("0.5")); // §三(五)2 免收费额度的50%由市政府统筹解决
  return { government, school: halfUpToFen(waived.minus(government)) };
}

/**
 * Settles a school's month: the split is made on the school's total waived amount, and the
 * government's figure is allocated back to the students by largest remainder (SPEC §5).
 */
export function settleWaivers(perStudentWaived: readonly Fen[]): {
  total: WaiverSplit;
  perStudent: WaiverSplit[];
} {
  const total = splitWaiver(perStudentWaived.reduce((s, w) => s + w, 0));
  const government = allocateFen(total.government, perStudentWaived);
  return {
    total,
    perStudent: perStudentWaived.map((w, i) => ({
      government: government[i],
      school: w - government[i],
    })),
  };
}
