import { CONSOLE_TEXT } from "../../findings/messages/console";
import { formatMessage } from "../../findings/messages/format";
import { jobEntry } from "../../jobs/catalogue";
import { startWorkbookRun, writeOutput } from "../workbook-run";
import { readFile } from "fs/promises";
import { breachesJob } from "../../jobs/breaches/job";
import { findingsJson } from "../../jobs/findings-sheet";
import { policyJson } from "../../jobs/policy-json";
import { readProviderText } from "../../sheets/provider-text";
import { readProviderLists, type ProviderLists } from "../../sheets/providers";
import { shownSchool } from "../../sheets/settings";
import type { Command } from "../command";
import { refusedRun, unreadableJson } from "../refused-run";
import { findingsText } from "../findings-text";
import { writtenText } from "../written-text";
import { monthAdvice } from "../month-advice";
import { EXIT_FAILED, EXIT_OK, EXIT_UNREADABLE, EXIT_USAGE, type Io } from "../io";
import { openWorkbook } from "../open-workbook";
import { sameFile } from "../output-file";
import { decodeList } from "../list-text";
import { hasBinarySignature } from "../../workbook/file-kind";

/**
 * The bureau's provider lists from a workbook (sheets 白名单/黑名单: .xlsx, .xls/.et, .ods, told
 * by the bytes) or a text file in any encoding Notepad saves (see decodeList). A file in which
 * neither list is found is refused: checking against no list would pass every provider.
 */
async function providerFile(file: string): Promise<ProviderLists | Error> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    return new Error(formatMessage(CONSOLE_TEXT.providersNotFound, { file }));
  }
  let lists: ProviderLists;
  if (hasBinarySignature(bytes)) {
    const wb = await openWorkbook(file, bytes);
    if (wb instanceof Error) return wb;
    lists = readProviderLists(await wb.readSheets());
  } else lists = readProviderText(decodeList(bytes));
  if (!lists.white && !lists.black)
    return new Error(formatMessage(CONSOLE_TEXT.providersEmpty, { file }));
  return lists;
}

export const breachesCommand: Command = {
  name: "breaches",
  usage: formatMessage(CONSOLE_TEXT.usageBreaches),
  summary: jobEntry("breaches").summary,
  async run(args: string[], io: Io): Promise<number> {
    const started = await startWorkbookRun(
      args,
      io,
      this.usage,
      { providers: { type: "string" }, highlight: { type: "boolean" } },
      (v) =>
        v.highlight && !v.output ? formatMessage(CONSOLE_TEXT.highlightNeedsOutput) : undefined
    );
    if (typeof started === "number") return started;
    const { workbook, output, month, values } = started;
    // The bureau's list is an input too: -o may never replace it.
    if (output && values.providers && (await sameFile(output, values.providers as string)))
      return (io.err(formatMessage(CONSOLE_TEXT.outputIsProviders)), EXIT_USAGE);
    const providers = values.providers ? await providerFile(values.providers as string) : undefined;
    if (providers instanceof Error) {
      // Under --json a script reads why from standard output, as for every refused run.
      if (started.json) io.out(unreadableJson(providers.message));
      return (io.err(providers.message), EXIT_UNREADABLE);
    }
    const result = await breachesJob(workbook, {
      month,
      providers,
      highlight: values.highlight === true,
      write: output !== undefined,
      profile: started.profile,
    });
    const refused = refusedRun(result.findings, started.json, io);
    if (refused !== undefined) return refused;
    if (
      output &&
      !(await writeOutput(await workbook.toBuffer(), output, started.force, io, started.json))
    )
      return EXIT_FAILED;
    if (started.json) {
      const counts: Record<string, number> = {};
      for (const f of result.findings) counts[f.rule] = (counts[f.rule] ?? 0) + 1;
      io.out(
        JSON.stringify(
          {
            school: result.school,
            month: result.month ?? null,
            policy: policyJson(result.profile, started.policyFile),
            findings: findingsJson(result.findings, result.profile),
            counts,
          },
          null,
          2
        )
      );
      const advice = monthAdvice(result.findings);
      if (advice) io.err(advice);
    } else {
      io.out(
        `${formatMessage(CONSOLE_TEXT.breachesTitle, { school: shownSchool(result.school), month: result.month ?? "" })}\n${findingsText(result.findings, 40)}`
      );
      const advice = monthAdvice(result.findings);
      if (advice) io.out(`\n${advice}`);
      if (output) io.out(`\n${writtenText(output, result.sheetNames, values.highlight === true)}`);
    }
    return EXIT_OK;
  },
};
