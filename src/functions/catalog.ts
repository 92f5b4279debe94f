import { checkServiceEnd, END_BREACH_CLAUSE } from "../policy/service-window";
import { capYuan } from "../policy/billing-unit";
import { hourlyRate, serviceFee } from "../policy/fee";
import { fail, ok } from "../policy/problem";
import type { Profile } from "../policy/profile";
import { DEFAULT_PROFILE } from "../policy/profiles";
import { refund } from "../policy/refund";
import { splitWaiverAmount } from "../policy/waiver";
import type { Locale } from "../findings/messages/message";
import { problemText } from "../findings/messages/problems";
import { formatTimeOfDay } from "../policy/time-of-day";
import { rulesOf } from "../policy/profile-rules";
import {
  booleanArg,
  countArg,
  dateArg,
  minutesCells,
  moneySum,
  partyArg,
  policyArgOr,
  stageArg,
  timeArg,
  upliftArg,
} from "./coerce";
import {
  defineFunction,
  optional,
  required,
  requiredNumber,
  type FunctionSpec,
} from "./definition";

/** The text ENDTIMECHECK returns for an allowed end. */
export const END_OK = "OK";

/**
 * The four custom functions of SPEC §7, in the order the add-in lists them. Each takes a
 * built-in policy's id as its optional last argument; left out, `profile` (the one the
 * workbook names) is in force.
 */
export function functionCatalog(
  locale: Locale = "zh-CN",
  today?: () => Date,
  profile: Profile = DEFAULT_PROFILE
): readonly FunctionSpec[] {
  const policyArg = policyArgOr(profile);
  return [
    defineFunction({
      id: "SERVICEFEE",
      returns: "money",
      params: [
        requiredNumber("minutes", minutesCells),
        optional("stage", stageArg),
        optional("uplift", upliftArg),
        optional("policy", policyArg),
      ],
      run: ([minutes, stage, uplift, profile]) => {
        // A month's fee is tiered over the share of the month's school days attended, which
        // minutes alone cannot say: refused rather than a whole month for any minutes.
        if (profile.billing.unit === "month") {
          const rate = hourlyRate(stage, uplift, profile);
          if (!rate.ok) return rate;
          const fee = capYuan(rate.value, profile).toFixed(2);
          return fail("FEE_BY_MONTH", { policy: profile.id, fee });
        }
        const fee = serviceFee(minutes, stage, uplift, profile);
        return fee.ok ? ok(fee.value.toNumber()) : fee;
      },
    }),
    defineFunction({
      id: "REFUND",
      returns: "money",
      params: [
        requiredNumber("paid", moneySum("paid")),
        requiredNumber("attended", countArg("attended")),
        requiredNumber("scheduled", countArg("scheduled")),
        optional("policy", policyArg),
      ],
      run: ([paid, attended, scheduled, profile]) => {
        // A city refunding by consecutive absence has no tier over the attended share.
        if (profile.refund.over !== "attendedPercent")
          return fail("REFUND_BY_ABSENCE", { policy: profile.id });
        const money = refund(paid, attended, scheduled, profile);
        return money.ok ? ok(money.value.toNumber()) : money;
      },
    }),
    defineFunction({
      id: "WAIVERSHARE",
      returns: "money",
      params: [
        requiredNumber("waived", moneySum("waived")),
        optional("party", partyArg),
        optional("policy", policyArg),
      ],
      run: ([waived, party, profile]) => ok(splitWaiverAmount(waived, profile)[party].toNumber()),
    }),
    defineFunction({
      id: "ENDTIMECHECK",
      returns: "text",
      params: [
        required("endTime", timeArg),
        required("stage", stageArg),
        optional("graduating", booleanArg),
        optional("date", dateArg(today)),
        optional("policy", policyArg),
      ],
      run: ([end, stage, graduating, date, profile]) => {
        const { periods, start } = rulesOf(profile);
        const breach = checkServiceEnd(end, stage, graduating, date, periods, start);
        if (!breach.ok) return breach;
        if (breach.value === undefined) return ok(END_OK);
        const { code, allowed } = breach.value;
        // The policy in force's clause label, or none where it labels none.
        const clause = profile.provenance.clauses[END_BREACH_CLAUSE[code]] ?? "";
        return ok(
          problemText(
            code,
            { stage, allowed: formatTimeOfDay(allowed), end: formatTimeOfDay(end), clause },
            locale
          )
        );
      },
    }),
  ];
}
