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
    summary: "生成空白学校工作簿：设置、学生名册（带下拉选项）和当月考勤表",
    action: "insertTemplate",
    run: async (wb) => {
      const names = await wb.writeSheets(templateSheets(monthOfNow()));
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
    summary:
      "校验学生名册：重复学号、缺姓名、年级学段、是否项、报名日期顺序、退出、优先保障对象人数",
    action: "validateRoster",
    run: async (wb, options = {}) => {
      const r = await validateJob(wb, { profile: options.profile });
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
    summary: "根据考勤表生成当月收费表（应收、减免、应缴、政府与学校分担，按班小计）",
    action: "buildChargeSheet",
    run: async (wb, options = {}) => {
      const r = await chargeJob(wb, { profile: options.profile });
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
    summary: "检查违规：服务时间、收费、服务日、内容与合作机构、报名程序、教师补助，每条注明条款",
    action: "flagBreaches",
    run: async (wb, options = {}) => {
      const r = await breachesJob(wb, {
        highlight: options.highlight === true,
        profile: options.profile,
      });
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
    summary:
      "生成收费公示（收费标准、计费办法、减免、退费、服务时间，逐条注明政策条款）；--letter 加致家长的一封信（含回执）",
    action: "buildFeeNotice",
    run: async (wb, options = {}) => {
      const r = await noticeJob(wb, { letter: true, profile: options.profile });
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
    summary: "生成当月每名学生的缴费通知单（按班级、学号排序，每页三份，金额含大写）",
    action: "buildFamilyNotices",
    run: async (wb, options = {}) => {
      const r = await noticesJob(wb, { profile: options.profile });
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
    summary:
      "教育局汇总：读取各校报送的工作簿，按政策重新计算并核对，生成全市汇总、政府补助和问题清单；几个月的报送另有各校每月趋势",
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
