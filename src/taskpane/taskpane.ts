/* global Office, document, window, localStorage, HTMLElement, File */
import { breachChart } from "../jobs/breaches/breach-charts";
import { breachesJob } from "../jobs/breaches/job";
import type { ChartSheetPlan, ChartSpec } from "../jobs/chart-plan";
import { chargeChartPlan } from "../jobs/charge/charge-charts";
import { chargeJob } from "../jobs/charge/job";
import { cityChartPlans, paneCitySpecs } from "../jobs/consolidate/city-chart-plans";
import { consolidateJob } from "../jobs/consolidate/job";
import { cityJson } from "../jobs/consolidate/json";
import { citySheets } from "../jobs/consolidate/sheets";
import {
  loadSettingsForm,
  saveSettingsForm,
  FORM_KEYS,
  type SettingsForm,
} from "../jobs/settings-form";
import { templateSheets } from "../jobs/template";
import { monthOfNow } from "../sheets/date-header";
import { validateJob } from "../jobs/validate";
import { noticeJob, noticesJob } from "../jobs/notices/job";
import type { OutputSheet } from "../jobs/output-sheet";
import { renderPrintView } from "./print-view";
import { fenText } from "../policy/fen";
import type { Finding } from "../sheets/finding";
import { countsText, renderFindings } from "./findings-list";
import { BrowserHost, ExcelHost, type PaneHost } from "./host";
import { initialLocale, t, type PaneKey, type PaneLocale } from "./i18n";
import { fromField, toField } from "./settings-fields";
import { whenShown } from "./visibility";
import { officeErrorText } from "../workbook/office-error-text";
import { withoutCommandLine } from "./pane-wording";
import { readSettings } from "../sheets/settings";

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

let locale: PaneLocale = "zh-CN";
let host: PaneHost;
let lastFindings: readonly Finding[] = [];
let lastSummary: { key: PaneKey; params: Record<string, string | number> } | undefined;

/** Puts every labelled element in the chosen language. */
function translate(): void {
  document.documentElement.lang = locale;
  document
    .querySelectorAll<HTMLElement>("[data-t]")
    .forEach((el) => (el.textContent = t(locale, el.dataset.t as PaneKey)));
  document
    .querySelectorAll<HTMLInputElement>("[data-t-placeholder]")
    .forEach((el) => (el.placeholder = t(locale, el.dataset.tPlaceholder as PaneKey)));
  $("mode").textContent = t(locale, host.kind === "excel" ? "excelMode" : "browserMode");
  if (host instanceof BrowserHost && host.fileName) $("file-name").textContent = host.fileName;
  if (lastSummary) $("summary").textContent = t(locale, lastSummary.key, lastSummary.params);
  showFindings(lastFindings);
}

function showFindings(shown: readonly Finding[]): void {
  const findings = shown.map((f) =>
    f.message.includes("--") ? { ...f, message: withoutCommandLine(f.message) } : f
  );
  lastFindings = findings;
  $("counts").textContent = countsText(findings, locale);
  renderFindings(
    $<HTMLOListElement>("findings"),
    findings,
    locale,
    (f) => f.cell && void host.select(f.sheet, f.cell)
  );
}

function summarize(key: PaneKey, params: Record<string, string | number> = {}): void {
  if (typeof params.message === "string")
    params = { ...params, message: withoutCommandLine(params.message) };
  lastSummary = { key, params };
  $("summary").textContent = t(locale, key, params);
  $("results").hidden = false;
}

/**
 * Shows a job's charts in the pane (ECharts comes in its own chunk, only then), and in the
 * browser page keeps the workbook's native charts for the download.
 */
async function showCharts(
  specs: readonly (ChartSpec | undefined)[],
  plans?: readonly (ChartSheetPlan | undefined)[]
): Promise<void> {
  if (plans && host instanceof BrowserHost) host.chartPlans = plans;
  const drawn = specs.filter((s): s is ChartSpec => s !== undefined);
  $("charts").hidden = drawn.length === 0;
  if (drawn.length === 0) return;
  try {
    const charts = await import(/* webpackChunkName: "charts" */ "./charts/pane-charts.js");
    await charts.showCharts($("charts"), drawn);
  } catch (e) {
    // The job is done and its sheets written: pictures that cannot load are left out, and
    // the summary and findings still show.
    $("charts").hidden = true;
    console.warn("Kehou: charts not shown", e);
  }
}

/**
 * Clears the last job's result whole (summary, counts, findings, charts, print view), so what
 * the next job shows is its own and nothing of the one before.
 */
function clearResult(): void {
  lastSummary = undefined;
  lastFindings = [];
  $("summary").textContent = "";
  $("counts").textContent = "";
  renderFindings($<HTMLOListElement>("findings"), [], locale, () => undefined);
  $("charts").hidden = true;
  offerPrint([]);
}

/** A job refused before it ran (no workbook): said alone, with no "没有发现问题" under it. */
function refuse(key: PaneKey, params: Record<string, string | number> = {}): void {
  clearResult();
  summarize(key, params);
}

/** The label names the workbook the next job works on (after 汇总报送: the city workbook). */
function showFileName(): void {
  if (host instanceof BrowserHost && host.fileName) $("file-name").textContent = host.fileName;
}

async function busy(work: () => Promise<void>): Promise<void> {
  const buttons = document.querySelectorAll<HTMLButtonElement>(
    "button[data-job], #settings button"
  );
  buttons.forEach((b) => (b.disabled = true));
  $("progress").hidden = false;
  clearResult();
  try {
    await work();
  } catch (e) {
    summarize("failed", { message: officeErrorText(e, locale !== "zh-CN") });
  } finally {
    $("progress").hidden = true;
    buttons.forEach((b) => (b.disabled = false));
    showFileName();
  }
}

/** In the browser, the print-ready sheets of the last notice job go to the print view. */
function offerPrint(sheets: readonly OutputSheet[]): void {
  renderPrintView($("print-view"), sheets);
  $("print").hidden = !(host instanceof BrowserHost) || sheets.length === 0;
}

const jobs: Record<string, () => Promise<void>> = {
  validate: async () => {
    const r = await host.run((wb) => validateJob(wb));
    summarize("validateDone", { students: r.students });
    showFindings(r.findings);
    await showCharts([]);
  },
  charge: async () => {
    const r = await host.run((wb) => chargeJob(wb));
    const tt = r.totals;
    summarize("chargeDone", {
      month: r.month ?? "",
      students: tt.students,
      gross: fenText(tt.gross),
      waived: fenText(tt.waived),
      payable: fenText(tt.payable),
      government: fenText(tt.governmentShare),
    });
    showFindings(r.findings);
    const plan = chargeChartPlan(r, r.sheetNames[0]);
    await showCharts(plan?.charts ?? [], [plan]);
  },
  breaches: async () => {
    const r = await host.run((wb) =>
      breachesJob(wb, { highlight: $<HTMLInputElement>("highlight").checked })
    );
    summarize("breachesDone");
    showFindings(r.findings);
    await showCharts([breachChart(r.findings)]);
  },
  notice: async () => {
    const r = await host.run((wb) => noticeJob(wb, { letter: true }));
    summarize("noticeDone", { date: r.date, sheets: r.sheetNames.join("、") });
    showFindings([]);
    offerPrint(r.sheets);
  },
  notices: async () => {
    const r = await host.run((wb) => noticesJob(wb));
    summarize("noticesDone", {
      month: r.charges.month ?? "",
      n: r.notices.length,
      payable: fenText(r.notices.reduce((t, n) => t + n.line.payable, 0)),
    });
    showFindings(r.charges.findings);
    offerPrint(r.notices.length > 0 ? r.sheets.slice(0, 1) : []);
  },
  template: async () => {
    if (host instanceof BrowserHost && !host.ready) await host.newWorkbook("学校工作簿.xlsx");
    const names = await host.run((wb) => wb.writeSheets(templateSheets(monthOfNow())));
    summarize("templateDone", { sheets: names.join("、") });
    showFindings([]);
    await showCharts([]);
  },
};

/**
 * 汇总报送: reads the picked school workbooks one at a time in the page, consolidates them,
 * and writes the city sheets into the open workbook (Excel) or a new one to download.
 */
async function consolidate(files: readonly File[]): Promise<void> {
  const { XlsxWorkbook } = await import(
    /* webpackChunkName: "xlsx" */ "../workbook/xlsx-workbook.js"
  );
  const sources = files.map((file) => ({
    file: file.name,
    load: async () => {
      try {
        return await (await XlsxWorkbook.fromBuffer(await file.arrayBuffer())).readSheets();
      } catch (e) {
        return new Error(`文件可能已损坏或不是 .xlsx（${(e as Error).message}）`);
      }
    },
  }));
  const result = await consolidateJob(sources);
  const months = result.months;
  const period = months ? `${months[0]}至${months[months.length - 1]}` : (result.month ?? "");
  if (host instanceof BrowserHost) await host.newWorkbook(`全市汇总-${period}.xlsx`);
  const sheets = citySheets(result);
  if (result.schools.length > 0) await host.run((wb) => wb.writeSheets(sheets));
  const j = cityJson(result);
  const common = {
    schools: j.totals.schools,
    payable: j.totals.payable,
    government: j.totals.governmentShare,
    errors: result.errors.length,
  };
  if (months)
    summarize("consolidateMonthsDone", {
      ...common,
      first: months[0],
      last: months[months.length - 1],
      months: months.length,
    });
  else
    summarize("consolidateDone", {
      ...common,
      month: result.month ?? "",
      students: j.totals.students,
    });
  showFindings(result.findings);
  // Several months: the trends first, then the latest month's per-school pictures.
  const plans = cityChartPlans(sheets, result);
  await showCharts(paneCitySpecs(plans), plans);
  if (host instanceof BrowserHost && result.schools.length > 0) $("download").hidden = false;
}

async function loadForm(): Promise<void> {
  const { form } = await host.run((wb) => loadSettingsForm(wb));
  const el = $<HTMLFormElement>("settings");
  for (const key of FORM_KEYS) {
    const input = el.elements.namedItem(key) as HTMLInputElement | HTMLSelectElement | null;
    if (!input) continue;
    input.value = toField(key, form[key]);
  }
}

async function saveForm(): Promise<void> {
  const el = $<HTMLFormElement>("settings");
  const form: Partial<SettingsForm> = {};
  for (const key of FORM_KEYS) {
    const value = fromField(key, (el.elements.namedItem(key) as HTMLInputElement).value);
    if (value !== "") form[key] = value;
  }
  // Refused as typed what the checks would refuse later (高中上浮 12%): read as the jobs read it.
  const { findings } = readSettings({
    name: "设置",
    values: Object.entries(form).map(([k, v]) => [k, v ?? null]),
  });
  if (findings.length > 0) {
    summarize("settingsRefused", { message: findings.map((f) => f.message).join("；") });
    return;
  }
  const r = await host.run((wb) => saveSettingsForm(wb, form));
  summarize("settingsSaved", { sheet: r.sheet });
  await loadForm(); // show what the workbook now holds, after Excel's own conversions
}

function wire(): void {
  $("lang").addEventListener("click", () => {
    locale = locale === "zh-CN" ? "en" : "zh-CN";
    localStorage.setItem("kehou.lang", locale);
    translate();
  });
  document.querySelectorAll<HTMLButtonElement>("button[data-job]").forEach((b) =>
    b.addEventListener("click", () => {
      if (host instanceof BrowserHost && !host.ready && b.dataset.job !== "template")
        return refuse("needFile");
      void busy(async () => {
        await jobs[b.dataset.job!]();
        if (host instanceof BrowserHost) $("download").hidden = false;
      });
    })
  );
  $<HTMLFormElement>("settings").addEventListener("submit", (e) => {
    e.preventDefault();
    if (host instanceof BrowserHost && !host.ready) return refuse("needFile");
    void busy(saveForm);
  });
  $("print").addEventListener("click", () => window.print());
  $("download").addEventListener(
    "click",
    () => host instanceof BrowserHost && void host.download()
  );
  $<HTMLInputElement>("pick-many").addEventListener("change", (e) => {
    const files = [...((e.target as HTMLInputElement).files ?? [])];
    if (files.length > 0) void busy(() => consolidate(files));
  });
  $<HTMLInputElement>("pick").addEventListener("change", (e) => {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (!file || !(host instanceof BrowserHost)) return;
    const browser = host;
    void busy(async () => {
      const previous = browser.ready ? browser.fileName : "";
      try {
        await browser.open(file.name, await file.arrayBuffer());
      } catch (e) {
        // The pick is not loaded: say so, and which workbook (if any) the next job still uses.
        const message = officeErrorText(e, locale !== "zh-CN");
        return previous
          ? summarize("pickFailedKept", { file: file.name, message, previous })
          : summarize("pickFailed", { file: file.name, message });
      }
      $("file-name").textContent = file.name;
      $("download").hidden = true;
      await loadForm();
    });
  });
}

/** Starts the pane: in Excel on the open workbook, in a plain browser on a picked file. */
export async function startPane(info: { host: Office.HostType | null }): Promise<void> {
  const inExcel = info.host === Office.HostType.Excel;
  host = inExcel ? new ExcelHost() : new BrowserHost();
  // In Excel, Excel's language; in a browser, Chinese first unless the user switches.
  const language = inExcel ? Office.context.displayLanguage : "zh-CN";
  locale = initialLocale(localStorage.getItem("kehou.lang"), language);
  $("file").hidden = inExcel;
  wire();
  translate();
  window.addEventListener("kehou:report", (e) => {
    const detail = (e as CustomEvent<{ message: string }>).detail;
    lastSummary = undefined;
    $("summary").textContent = detail.message;
    $("results").hidden = false;
  });
  // Read the workbook only when the pane is on screen, never in the hidden runtime.
  if (inExcel) whenShown(() => void busy(loadForm));
}

Office.onReady((info) => void startPane(info));
