import { checkServiceEnd } from "../policy/service-window";
import { serviceFee } from "../policy/fee";
import { ok } from "../policy/problem";
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
  policyArg,
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

/** The four custom functions of SPEC §7, in the order the add-in lists them. */
export function functionCatalog(
  locale: Locale = "zh-CN",
  today?: () => Date
): readonly FunctionSpec[] {
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
      ],
      run: ([paid, attended, scheduled]) => {
        const money = refund(paid, attended, scheduled);
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
        return ok(
          problemText(
            code,
            { stage, allowed: formatTimeOfDay(allowed), end: formatTimeOfDay(end) },
            locale
          )
        );
      },
    }),
  ];
}
