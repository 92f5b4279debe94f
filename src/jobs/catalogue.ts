import { fenText } from "../policy/fen";
import { monthOfNow } from "../sheets/date-header";
import type { Finding } from "../findings/finding";
import { formatMessage } from "../findings/messages/format";
import type { MessageParams } from "../findings/messages/message";
import { UI_TEXT, type UiKey } from "../findings/messages/ui";
import type { Profile } from "../policy/profile";
import { breachChart } from "./breaches/breach-charts";
import { breachesJob } from "./breaches/job";
import type { ChartSheetPlan, ChartSpec } from "./chart-plan";
import { chargeChartPlan } from "./charge/charge-charts";
import { chargeJob } from "./charge/job";
import { noticeJob, noticesJob } from "./notices/job";
import type { OutputSheet } from "./output-sheet";
import { policyRefusal } from "./school-workbook";
import { templateSheets } from "./template";
import { validateJob } from "./validate";
import type { WorkbookPort } from "./workbook-port";

/** The jobs every door offers, by id (the CLI's command names). */
export type JobId =
  "template" | "validate" | "charge" | "breaches" | "notice" | "notices" | "consolidate";

/** What a door may ask of a job beyond the workbook (the pane's checkbox, `--month`). */
export interface JobOptions {
  readonly highlight?: boolean;
  /** The city's rules handed to the run (`--policy`, a profile file picked in the pane). */
  readonly profile?: Profile;
}

/** How a job on the open workbook went, for every door to show in its own way. */
export interface JobOutcome {
  /** One Chinese line for a ribbon, which has no pane of its own to lay figures out in. */
  readonly message: string;
  /** The pane's summary: a key of its messages and the figures to put in it. */
  readonly summary: { readonly key: UiKey; readonly params: Record<string, string | number> };
  readonly findings: readonly Finding[];
  /** Charts for the pane to draw. */
  readonly charts: readonly (ChartSpec | undefined)[];
  /** Native charts for a written copy (the browser page's download, `-o`). */
  readonly plans?: readonly (ChartSheetPlan | undefined)[];
  /** Print-ready sheets a door that prints may offer. */
  readonly print?: readonly OutputSheet[];
  readonly sheetNames: readonly string[];
  /** The rules the run applied (the workbook's 政策, or the one handed to it), where it says. */
  readonly profile?: Profile;
}

/** One job, defined once: every door (CLI, Office ribbon, pane, WPS ribbon) is built from these. */
export interface JobEntry {
  readonly id: JobId;
  /** The ribbon button's label, Chinese and English. */
  readonly label: { readonly "zh-CN": string; readonly en: string };
  /** What it does, in one Chinese line (the CLI's help, the ribbon's tooltip). */
  readonly summary: string;
  /** The ExecuteFunction name of manifest.xml; absent for jobs run from the pane only. */
  readonly action?: string;
  /**
   * Runs on the open workbook through the port; absent for consolidation, which reads the
   * schools' files and writes a new workbook (each door picks files its own way).
   */
  readonly run?: (wb: WorkbookPort, options?: JobOptions) => Promise<JobOutcome>;
}

const none = { findings: [], charts: [] } as const;

/**
 * A run refused before it charged or wrote anything (a 政策 naming no rules Kehou knows):
 * the pane shows the finding, the ribbon says it in its one line.
 */
function refusedOutcome(refusal: Finding, findings: readonly Finding[]): JobOutcome {
  // The finding's own values, so the pane words the reason again in the language it shows.
  const params = { ...refusal.params, cell: `${refusal.sheet}!${refusal.cell ?? ""}` };
  return {
    message: ribbonLine("jobRefused", params),
    summary: { key: "jobRefused", params },
    findings,
    charts: [],
    sheetNames: [],
  };
}

/** A button's label as the ribbons show it, from the one message table. */
const label = (key: UiKey): JobEntry["label"] => ({
  "zh-CN": UI_TEXT[key].zh,
  en: UI_TEXT[key].en,
});

/** The Chinese line a ribbon reports. */
const ribbonLine = (key: UiKey, params: MessageParams) => formatMessage(UI_TEXT[key], params);

/** The jobs, in the order the ribbon and `kehou --help` list them. */
export const JOBS: readonly JobEntry[] = [
  {
    id: "template",
    label: label("template"),
    summary: formatMessage(UI_TEXT.templateSummary),
    action: "insertTemplate",
    run: async (wb, options = {}) => {
      // A policy file loaded in the pane makes the city's template, as template --policy does.
      const names = await wb.writeSheets(templateSheets(monthOfNow(), options.profile));
      return {
        ...none,
        message: ribbonLine("ribbonTemplateDone", { sheets: names.join("、") }),
        summary: { key: "templateDone", params: { sheets: names.join("、") } },
        sheetNames: names,
      };
    },
  },
  {
    id: "validate",
    label: label("validate"),
    summary: formatMessage(UI_TEXT.validateSummary),
    action: "validateRoster",
    run: async (wb, options = {}) => {
      const r = await validateJob(wb, { profile: options.profile });
      const refused = policyRefusal(r.findings);
      if (refused) return refusedOutcome(refused, r.findings);
      return {
        message: ribbonLine("ribbonValidateDone", {
          students: r.students,
          n: r.findings.length,
          sheet: r.sheetNames[0],
        }),
        summary: { key: "validateDone", params: { students: r.students } },
        findings: r.findings,
        charts: [],
        sheetNames: r.sheetNames,
      };
    },
  },
  {
    id: "charge",
    label: label("chargeSheet"),
    summary: formatMessage(UI_TEXT.chargeSummary),
    action: "buildChargeSheet",
    run: async (wb, options = {}) => {
      const r = await chargeJob(wb, { profile: options.profile });
      const refused = policyRefusal(r.findings);
      if (refused) return refusedOutcome(refused, r.findings);
      const t = r.totals;
      const plan = chargeChartPlan(r, r.sheetNames[0]);
      return {
        message: ribbonLine("ribbonChargeDone", {
          month: r.month ?? "",
          students: r.lines.length,
          payable: fenText(t.payable),
          sheets: r.sheetNames.join("、"),
        }),
        summary: {
          key: "chargeDone",
          params: {
            month: r.month ?? "",
            students: t.students,
            gross: fenText(t.gross),
            waived: fenText(t.waived),
            payable: fenText(t.payable),
            government: fenText(t.governmentShare),
          },
        },
        findings: r.findings,
        charts: plan?.charts ?? [],
        plans: [plan],
        sheetNames: r.sheetNames,
        profile: r.profile,
      };
    },
  },
  {
    id: "breaches",
    label: label("breaches"),
    summary: formatMessage(UI_TEXT.breachesSummary),
    action: "flagBreaches",
    run: async (wb, options = {}) => {
      const r = await breachesJob(wb, {
        highlight: options.highlight === true,
        profile: options.profile,
      });
      const refused = policyRefusal(r.findings);
      if (refused) return refusedOutcome(refused, r.findings);
      const errors = r.findings.filter((f) => f.severity === "error").length;
      return {
        message: ribbonLine("ribbonBreachesDone", {
          n: r.findings.length,
          errors,
          sheet: r.sheetNames[0],
        }),
        summary: { key: "breachesDone", params: {} },
        findings: r.findings,
        charts: [breachChart(r.findings)],
        sheetNames: r.sheetNames,
      };
    },
  },
  {
    id: "notice",
    label: label("notice"),
    summary: formatMessage(UI_TEXT.noticeSummary),
    action: "buildFeeNotice",
    run: async (wb, options = {}) => {
      const r = await noticeJob(wb, { letter: true, profile: options.profile });
      const refused = policyRefusal(r.findings);
      if (refused) return refusedOutcome(refused, r.findings);
      const sheets = r.sheetNames.join("、");
      return {
        ...none,
        findings: r.findings, // a refused 高中上浮, a blank 学校名称: said where the notice is made
        message: ribbonLine("ribbonNoticeDone", { date: r.date, sheets }),
        summary: { key: "noticeDone", params: { date: r.date, sheets } },
        print: r.sheets,
        sheetNames: r.sheetNames,
      };
    },
  },
  {
    id: "notices",
    label: label("notices"),
    summary: formatMessage(UI_TEXT.noticesSummary),
    action: "buildFamilyNotices",
    run: async (wb, options = {}) => {
      const r = await noticesJob(wb, { profile: options.profile });
      const refused = policyRefusal(r.charges.findings);
      if (refused) return refusedOutcome(refused, r.charges.findings);
      const total = fenText(r.notices.reduce((t, n) => t + n.line.payable, 0));
      const month = r.charges.month ?? "";
      return {
        message: ribbonLine("ribbonNoticesDone", {
          month,
          n: r.notices.length,
          payable: total,
          sheets: r.sheetNames.join("、"),
        }),
        summary: { key: "noticesDone", params: { month, n: r.notices.length, payable: total } },
        findings: r.charges.findings,
        charts: [],
        print: r.noticeSheets,
        sheetNames: r.sheetNames,
      };
    },
  },
  {
    id: "consolidate",
    label: label("consolidateJob"),
    summary: formatMessage(UI_TEXT.consolidateSummary),
  },
];

/** A job by its id. */
export function jobEntry(id: JobId): JobEntry {
  return JOBS.find((j) => j.id === id)!;
}

/** The jobs a ribbon runs on the open workbook in one click. */
export function ribbonJobs(): readonly (JobEntry & Required<Pick<JobEntry, "action" | "run">>)[] {
  return JOBS.filter(
    (j): j is JobEntry & Required<Pick<JobEntry, "action" | "run">> =>
      j.action !== undefined && j.run !== undefined
  );
}
