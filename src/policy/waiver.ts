import { allocateFen } from "./allocation";
import type { Fen } from "./fen";
import { halfUpToFen, Money } from "./money";
import type { Profile, WaiverPayer } from "./profile";
import { percentFraction } from "./profile-rules";
import { DEFAULT_PROFILE } from "./profiles";

/** Who bears a waiver: the city government or the school. */
export type WaiverParty = WaiverPayer;

export interface WaiverSplit {
  readonly government: Fen;
  readonly school: Fen;
}

/**
 * Splits a waived amount by the profile's shares: each payer but the last its share rounded
 * half up to the fen, the last the rest, so the parts add up to the waived amount exactly
 * (SPEC §5). In Suifenhe the government pays half.
 * @example splitWaiver(5) //=> { government: 3, school: 2 }
 */
export function splitWaiver(waived: Fen, profile: Profile = DEFAULT_PROFILE): WaiverSplit {
  const fen = splitWaiverAmount(new Money(waived).dividedBy(100), profile);
  return {
    government: fen.government.times(100).toNumber(),
    school: fen.school.times(100).toNumber(),
  };
}

/**
 * Splits an amount as typed (not yet whole fen): each share but the last rounded once, half
 * up; the last the rest of the amount, rounded once, so the parts add up to the rounded whole.
 * @example splitWaiverAmount(new Money("100.005")) //=> { government: 50, school: 50.01 }
 */
export function splitWaiverAmount(
  waived: Money,
  profile: Profile = DEFAULT_PROFILE
): Record<WaiverParty, Money> {
  const out: Record<WaiverParty, Money> = { government: new Money(0), school: new Money(0) };
  const shares = profile.waiver.shares;
  let given = new Money(0);
  shares.forEach(({ payer, percent }, i) => {
    // §三(五)2 免收费额度的50%由市政府统筹解决 (half up), the school the rest
    const part =
      i === shares.length - 1
        ? halfUpToFen(waived.minus(given))
        : halfUpToFen(waived.times(percentFraction(percent)));
    out[payer] = out[payer].plus(part);
    given = given.plus(part);
  });
  return out;
}

/**
 * Settles a school's month: the split is made on the school's total waived amount, and the
 * government's figure is allocated back to the students by largest remainder (SPEC §5).
 */
export function settleWaivers(
  perStudentWaived: readonly Fen[],
  profile: Profile = DEFAULT_PROFILE
): {
  total: WaiverSplit;
  perStudent: WaiverSplit[];
} {
  const { total, government } = governmentShares(perStudentWaived, profile);
  return {
    total,
    perStudent: perStudentWaived.map((w, i) => ({
      government: government[i],
      school: w - government[i],
    })),
  };
}

/**
 * The split of `settleWaivers` and the government's share of each student (each student's
 * school share is the rest of their waived fen), without an object per student.
 */
export function governmentShares(
  perStudentWaived: readonly Fen[],
  profile: Profile = DEFAULT_PROFILE
): { total: WaiverSplit; government: Fen[] } {
  const total = splitWaiver(
    perStudentWaived.reduce((s, w) => s + w, 0),
    profile
  );
  return { total, government: allocateFen(total.government, perStudentWaived) }; // SPEC §5
}
