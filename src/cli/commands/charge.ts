import { CONSOLE_TEXT, type ConsoleKey } from "../../findings/messages/console";
import { formatMessage } from "../../findings/messages/format";
import { jobEntry } from "../../jobs/catalogue";
import { chargeChartPlan } from "../../jobs/charge/charge-charts";
import { startWorkbookRun, writeOutput } from "../workbook-run";
import { fenText } from "../../policy/fen";
import { chargeJob } from "../../jobs/charge/job";
import { chargeJson } from "../../jobs/charge/json";
import { shownSchool } from "../../sheets/settings";
import type { Command } from "../command";
import { refusedRun } from "../refused-run";
import { displayWidth, padDisplay, padDisplayStart } from "../display-width";
import { findingsText } from "../findings-text";
import { writtenText } from "../written-text";
import { monthAdvice } from "../month-advice";
import { EXIT_FAILED, EXIT_OK, type Io } from "../io";
import type { ChargeResult, MoneyTotals } from "../../jobs/charge/compute";

/** The charge summary for a terminal: school totals and one line per class. */
export function chargeSummary(r: ChargeResult): string {
  // 按月收取 refunds: the 退费 column, so 应收 − 减免 − 退费 = 应缴 on screen.
  const refunds = r.mode === "monthly";
  const row = (label: string, t: MoneyTotals) => [
    label,
    String(t.students),
    String(t.billableMinutes),
    fenText(t.gross),
    fenText(t.waived),
    ...(refunds ? [fenText(t.refund)] : []),
    fenText(t.payable),
    fenText(t.governmentShare),
    fenText(t.schoolShare),
  ];
  const say = (key: ConsoleKey) => formatMessage(CONSOLE_TEXT[key]);
  const rows = [
    [
      say("chargeColumnClass"),
      say("chargeColumnStudents"),
      say("chargeColumnMinutes"),
      say("chargeColumnGross"),
      say("chargeColumnWaived"),
      ...(refunds ? [say("chargeColumnRefund")] : []),
      say("chargeColumnPayable"),
      say("chargeColumnGovernment"),
      say("chargeColumnSchool"),
    ],
    ...r.classes.map((c) => row(c.className || say("unassignedClass"), c.totals)),
    row(say("chargeTotal"), r.totals),
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((x) => displayWidth(x[i]))));
  const lines = rows.map((x) =>
    x
      .map((cell, i) => (i === 0 ? padDisplay(cell, widths[i]) : padDisplayStart(cell, widths[i])))
      .join("  ")
  );
  const title = formatMessage(CONSOLE_TEXT.chargeTitle, {
    school: shownSchool(r.school),
    month: r.month ?? say("monthUnknown"),
    mode: say(r.mode === "monthly" ? "chargeModeMonthly" : "chargeModeActual"),
  });
  return [title, ...lines].join("\n");
}

export const chargeCommand: Command = {
  name: "charge",
  usage: formatMessage(CONSOLE_TEXT.usageCharge),
  summary: jobEntry("charge").summary,
  async run(args: string[], io: Io): Promise<number> {
    const started = await startWorkbookRun(args, io, this.usage);
    if (typeof started === "number") return started;
    const { workbook, output, month } = started;
    const result = await chargeJob(workbook, {
      month,
      write: output !== undefined,
      profile: started.profile,
    });
    const refused = refusedRun(result.findings, started.json, io);
    if (refused !== undefined) return refused;
    // The charge sheet's native charts, written with it into the copy.
    const charts = chargeChartPlan(result, result.sheetNames[0]);
    if (
      output &&
      !(await writeOutput(
        await workbook.toBuffer([charts]),
        output,
        started.force,
        io,
        started.json
      ))
    )
      return EXIT_FAILED;
    const advice = monthAdvice(result.findings);
    if (started.json) {
      io.out(JSON.stringify(chargeJson(result, started.policyFile), null, 2));
      if (advice) io.err(advice);
    } else {
      io.out(`${chargeSummary(result)}\n\n${findingsText(result.findings)}`);
      if (advice) io.out(`\n${advice}`);
      if (output) io.out(`\n${writtenText(output, result.sheetNames)}`);
    }
    return EXIT_OK;
  },
};
