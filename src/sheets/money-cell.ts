import Decimal from "decimal.js";
import { Money } from "../policy/money";
import { normalizeText } from "../policy/text";
import type { CellValue } from "./grid";

/** No school charges one student a million yuan a month: past that a figure is not an amount. */
export const MAX_CELL_AMOUNT = 1_000_000;

/** A money cell read: blank, an amount in yuan (negative too), or a value that is no amount. */
export type MoneyCell =
  | { readonly kind: "blank" }
  | { readonly kind: "amount"; readonly amount: Decimal }
  | { readonly kind: "unreadable" };

const BLANK: MoneyCell = { kind: "blank" };
const UNREADABLE: MoneyCell = { kind: "unreadable" };

/** A number as typed: 86.67, -5, 1e2, 1.5E+2 (Excel takes the exponent form as a number too). */
const NUMBER = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;

/**
 * The one reading of a money cell, for a school's own columns and Kehou's earlier charge
 * sheets alike: a number, or text as schools type it (full-width digits and ￥ folded, ¥ before
 * or 元 after, thousands commas); a figure of a million yuan or more, a non-finite number, text
 * that is no number and a TRUE/FALSE are unreadable, for the caller to say at the cell.
 * @example readMoneyCell("￥1,234.50") //=> { kind: "amount", amount: 1234.5 }
 */
export function readMoneyCell(v: CellValue): MoneyCell {
  if (v === null) return BLANK;
  if (typeof v === "number")
    return Number.isFinite(v) && Math.abs(v) < MAX_CELL_AMOUNT
      ? { kind: "amount", amount: new Money(v) }
      : UNREADABLE;
  if (typeof v !== "string") return UNREADABLE;
  const t = normalizeText(v).replace(/^¥/, "").replace(/元$/, "").replace(/,/g, "").trim();
  if (t === "") return v.trim() === "" ? BLANK : UNREADABLE;
  if (!NUMBER.test(t)) return UNREADABLE;
  const amount = new Money(t);
  return amount.abs().lessThan(MAX_CELL_AMOUNT) ? { kind: "amount", amount } : UNREADABLE;
}
