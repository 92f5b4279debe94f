import { formatMessage } from "../../findings/messages/format";
import { CONSOLE_TEXT } from "../../findings/messages/console";
import { jobEntry } from "../../jobs/catalogue";
import { promises as fs } from "fs";
import path from "path";
import { SingleBar } from "cli-progress";
import { cityResult, gatherFigures, type Gathered } from "../../jobs/consolidate/job";
import { cityChartPlans } from "../../jobs/consolidate/city-chart-plans";
import { citySheets } from "../../jobs/consolidate/sheets";
import { nodeDeflate } from "../../workbook/package/node-deflate";
import { XlsxWorkbook } from "../../workbook/xlsx-workbook";
import { collectFiles, NODE_FS, type Collected, type WalkFs } from "../collect-files";
import type { Command } from "../command";
import { EXIT_OK, EXIT_UNREADABLE, EXIT_USAGE, type Io } from "../io";
import { checkOutput } from "../open-workbook";
import { fileSource } from "../file-source";
import { gatherOnThreads, readerThreads } from "../parallel-gather";
import { readHere } from "../read-here";
import { monthRangeOption, parseOptions } from "../options";
import {
  outputIsPolicy,
  policyFileIdentity,
  PolicyFileRefused,
  policyOption,
  policyUsageError,
} from "../policy-option";
import { notWrittenJson, refusedJson } from "../refused-run";
import { writeOutput } from "../workbook-run";
import { cityJsonWithFiles } from "./city-files";
import { cityText } from "./city-text";
import { OutputNotWritable, outputIsInput, type InputIdentities } from "./consolidate-output";
import { expectedSchools } from "./expect-list";
import { hasBinarySignature } from "../../workbook/file-kind";

/** The inputs with one more file (the --expect list) by real path and device:inode. */
async function withFile(
  inputs: InputIdentities,
  file: string | undefined
): Promise<InputIdentities> {
  if (!file) return inputs;
  const real = await fs.realpath(file);
  const stat = await fs.stat(real);
  return {
    dirs: inputs.dirs,
    files: [...inputs.files, real],
    ids: new Set([...inputs.ids, `${stat.dev}:${stat.ino}`]),
  };
}

/**
 * The walk's files without the --policy file: a profile kept in the schools' folder is the
 * city's policy, read as such, not a school's submission to report as unreadable.
 */
function withoutPolicyFile(
  found: Collected,
  policy: { readonly real: string } | undefined
): Collected {
  const at = policy ? found.inputs.files.indexOf(policy.real) : -1;
  if (at < 0) return found;
  return {
    ...found,
    files: found.files.filter((_, i) => i !== at),
    inputs: { ...found.inputs, files: found.inputs.files.filter((_, i) => i !== at) },
  };
}

/**
 * A file as the bureau gave it: relative to the folder given that holds it (第二批/新华.xlsx),
 * a file given by itself by its name, so no list names a school by a path of this machine.
 */
export function relativeToGiven(given: readonly string[]): (file: string) => string {
  const folders = given.map((g) => path.resolve(g));
  return (file) => {
    const real = path.resolve(file);
    for (const folder of folders) {
      const rel = path.relative(folder, real);
      if (rel && !rel.startsWith("..") && !path.isAbsolute(rel)) return rel;
    }
    return path.basename(file);
  };
}

/** A progress bar on a terminal only; piped output stays clean. */
function progressBar(total: number) {
  const bar = process.stderr.isTTY
    ? new SingleBar({
        format: formatMessage(CONSOLE_TEXT.consolidateProgress),
        hideCursor: true,
        stream: process.stderr,
      })
    : undefined;
  bar?.start(total, 0, { file: "" });
  return {
    update: (done: number, file: string) => bar?.update(done, { file: path.basename(file) }),
    stop: () => bar?.stop(),
  };
}

const USAGE = formatMessage(CONSOLE_TEXT.usageConsolidate);

export const consolidateCommand: Command = {
  name: "consolidate",
  usage: USAGE,
  summary: jobEntry("consolidate").summary,
  run: (args: string[], io: Io) => runConsolidate(args, io),
};

/**
 * `kehou consolidate`: the folders walked (through `walkFs`, which a test may give a failing
 * folder), the output checked against every input, the files read on reader threads (in
 * turn where the compiled reader is absent), the city workbook written.
 */
export async function runConsolidate(
  args: string[],
  io: Io,
  walkFs: WalkFs = NODE_FS
): Promise<number> {
  const parsed = parseOptions(args, {
    output: { type: "string", short: "o" },
    month: { type: "string" },
    expect: { type: "string" },
    "with-names": { type: "boolean" },
    json: { type: "boolean" },
    force: { type: "boolean" },
    policy: { type: "string" },
  });
  if (!parsed.ok || parsed.positionals.length === 0 || !parsed.values.output) {
    const why = parsed.ok ? formatMessage(CONSOLE_TEXT.consolidateNeeds) : parsed.message;
    io.err(`${why}\n${formatMessage(CONSOLE_TEXT.usage, { usage: USAGE })}`);
    return EXIT_USAGE;
  }
  const policyUsage = policyUsageError(parsed.values.policy);
  if (policyUsage) {
    io.err(`${policyUsage.message}\n${formatMessage(CONSOLE_TEXT.usage, { usage: USAGE })}`);
    return EXIT_USAGE;
  }
  const asked = monthRangeOption(parsed.values.month);
  if (asked instanceof Error) return (io.err(asked.message), EXIT_USAGE);
  const { month, months } = asked;
  const output = parsed.values.output as string;
  const onPolicy = await outputIsPolicy(output, parsed.values.policy);
  if (onPolicy) return (io.err(onPolicy.message), EXIT_USAGE);
  const bad = await checkOutput(output, undefined, parsed.values.force === true);
  if (bad) return (io.err(bad.message), EXIT_USAGE);
  // One policy for the whole city (--policy); a school whose 政策 names another is reported.
  const profile = await policyOption(parsed.values.policy);
  if (profile instanceof Error) {
    // Under --json a script reads why from standard output, as for every refused run.
    if (parsed.values.json === true && profile instanceof PolicyFileRefused)
      io.out(refusedJson(profile.findings));
    return (io.err(profile.message), EXIT_UNREADABLE);
  }
  const expectFile = parsed.values.expect as string | undefined;
  let expect: string[] | undefined;
  if (expectFile) {
    const bytes = await fs.readFile(expectFile).catch(() => undefined);
    if (bytes === undefined)
      return (io.err(formatMessage(CONSOLE_TEXT.expectNotFound, { file: expectFile })), EXIT_USAGE);
    // A workbook's bytes read as text would be a list of junk "schools" that did not submit.
    if (hasBinarySignature(bytes))
      return (io.err(formatMessage(CONSOLE_TEXT.expectNotText, { file: expectFile })), EXIT_USAGE);
    expect = expectedSchools(bytes);
    // An empty list would call every school that submitted one not on the list.
    if (expect.length === 0)
      return (io.err(formatMessage(CONSOLE_TEXT.expectEmpty, { file: expectFile })), EXIT_USAGE);
  }

  const found = withoutPolicyFile(
    await collectFiles(parsed.positionals, walkFs),
    await policyFileIdentity(parsed.values.policy)
  );
  // The output is never an input (the --expect list too), nor inside an input folder,
  // however spelled or linked.
  const clash = await outputIsInput(output, await withFile(found.inputs, expectFile));
  if (clash instanceof OutputNotWritable) {
    if (parsed.values.json === true) io.out(notWrittenJson(clash.message));
    return (io.err(clash.message), EXIT_UNREADABLE);
  }
  if (clash) return (io.err(clash.message), EXIT_USAGE);
  const all = [...found.missing, ...found.files];
  const skipped = found.skipped.filter((s) => s.kind === "link");
  const unreadable: Gathered[] = found.skipped
    .filter((s) => s.kind === "unreadable")
    .map((s) => ({ file: s.file, error: s.message }));
  if (all.length === 0 && unreadable.length === 0) {
    io.err(formatMessage(CONSOLE_TEXT.nothingFound, { inputs: parsed.positionals.join("」「") }));
    return EXIT_UNREADABLE;
  }

  const bar = progressBar(all.length);
  const withNames = parsed.values["with-names"] === true;
  const shownFile = relativeToGiven(parsed.positionals);
  const options = { month, months, expect, withNames, skipped, shownFile, profile };
  const tasks = all.map((file) => ({
    file,
    modified: found.modified.get(file),
    month,
    months,
    withNames,
    profile,
  }));
  const gathered =
    (await gatherOnThreads(tasks, bar.update, {
      // This thread is one of the readers: with one, no reader thread is started at all.
      threads: readerThreads(tasks.length) - 1,
      here: readHere,
    })) ??
    (await gatherFigures(
      all.map((f) => fileSource(f, found.modified.get(f))),
      { ...options, onProgress: (done, _total, file) => bar.update(done, file) }
    ));
  const result = cityResult([...unreadable, ...gathered], options);
  bar.stop();
  if (result.schools.length > 0) {
    // Its parts deflated by Node's zlib, as every workbook the command line writes.
    const city = XlsxWorkbook.empty().deflateWith(nodeDeflate);
    const sheets = citySheets(result);
    await city.writeSheets(sheets);
    // The 图表 (and 趋势图) sheets' native charts go with the copy, as the charge's do.
    const bytes = await city.toBuffer(cityChartPlans(sheets, result));
    const json = parsed.values.json === true;
    if (!(await writeOutput(bytes, output, parsed.values.force === true, io, json)))
      return EXIT_UNREADABLE;
  }
  io.out(
    parsed.values.json
      ? JSON.stringify(cityJsonWithFiles(result), null, 2)
      : cityText(result, output)
  );
  return result.schools.length === 0 ? EXIT_UNREADABLE : EXIT_OK;
}
