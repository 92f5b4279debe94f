import Decimal from "decimal.js";

/**
 * The one Decimal constructor for money: enough precision for any school's year,
 * and half-up (四舍五入) as the named rounding.
 */
export const Money = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Money = Decimal;

/**
 * Rounds half up to the fen (0.01 yuan). The only place money is rounded.
 * @example halfUpToFen(new Money("6.665")) //=> 6.67
 */
export function halfUpToFen(amount: Decimal.Value): Money {
  return new Money(amount).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** Money as text with two decimals, the JSON form ("12.30"). */
export function yuanText(amount: Money): string {
  return amount.toFixed(2);
}
