/* global Office, document, window, localStorage, HTMLElement, File */
import { JOBS, type JobEntry } from "../jobs/catalogue";
import type { ChartSheetPlan, ChartSpec } from "../jobs/chart-plan";
import { pickedSources } from "./picked-sources";
import {
  loadSettingsForm,
  saveSettingsForm,
  FORM_KEYS,
  type SettingsForm,
} from "../jobs/settings-form";
import type { OutputSheet } from "../jobs/output-sheet";
import { renderPrintView } from "./print-view";
import type { Finding } from "../findings/finding";
import { countsText, renderFindings } from "./findings-list";
import { BrowserHost, ExcelHost, loadXlsOdsReader, type PaneHost } from "./host";
import { WpsHost, wpsApplication } from "./wps-host";
import { initialLocale, t, type PaneKey, type PaneLocale } from "./i18n";
import { fromField, toField } from "./settings-fields";
import { whenShown } from "./visibility";
import { officeErrorText } from "../workbook/office-error-text";
import { fileSentence } from "../findings/messages/file-sentence";
import type { Profile } from "../policy/profile";
import { DEFAULT_PROFILE } from "../policy/profiles";
import { withoutCommandLine } from "./pane-wording";
import { readSettings } from "../sheets/settings";
import { setWorkbookPolicy } from "../functions/workbook-policy";

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

let locale: PaneLocale = "zh-CN";
let host: PaneHost;
let lastFindings: readonly Finding[] = [];
let lastSummary: { key: PaneKey; params: Record<string, string | number> } | undefined;
/** A policy file the user loaded: every job applies it, whatever the workbook's 政策 says. */
let given: Profile | undefined;
/** The profile the last job ran under, where it said. */
let inForce: Profile = DEFAULT_PROFILE;

/** Which policy is in force, in the pane's language, its title under the pane's name. */
function showPolicy(): void {
  const profile = given ?? inForce;
  $("subtitle").textContent = t(locale, "subtitle", { title: profile.provenance.title });
  $("policy-name").textContent = t(locale, given ? "policyGiven" : "policyDefault", {
    title: `${profile.provenance.title}（${profile.id}）`,
  });
}

/** Loads a policy file: checked like --policy, refused with its findings when it does not pass. */
async function loadPolicy(file: File): Promise<void> {
  // The schema and its checks load only when a policy file is picked.
  const { readProfileFile } = await import(
    /* webpackChunkName: "profile" */ "../sheets/profile-file.js"
  );
  const read = readProfileFile(new Uint8Array(await file.arrayBuffer()), file.name);
  if (!read.ok) {
    summarize("policyRefused", { file: file.name });
    showFindings(read.findings);
    return;
  }
  given = read.profile;
  // The custom functions share this runtime: a formula without a policy argument follows.
  setWorkbookPolicy(given);
  host.sharePolicy?.(given);
  showPolicy();
  summarize("policyLoaded", { file: file.name, title: read.profile.provenance.title });
  showFindings([]);
}

/** Puts every labelled element in the chosen language. */
function translate(): void {
  document.documentElement.lang = locale;
  document
    .querySelectorAll<HTMLElement>("[data-t]")
    .forEach((el) => (el.textContent = t(locale, el.dataset.t as PaneKey)));
  document
    .querySelectorAll<HTMLInputElement>("[data-t-placeholder]")
    .forEach((el) => (el.placeholder = t(locale, el.dataset.tPlaceholder as PaneKey)));
  const mode = host.kind === "wps" ? "wpsMode" : host.can.needsFile ? "browserMode" : "excelMode";
  $("mode").textContent = t(locale, mode);
  if (host.fileName) $("file-name").textContent = host.fileName;
  if (lastSummary) $("summary").textContent = t(locale, lastSummary.key, lastSummary.params);
  showFindings(lastFindings);
  showPolicy();
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
  if (plans) host.keepCharts?.(plans);
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
  $("print").hidden = !host.can.print || sheets.length === 0;
}

/** Runs a job of the catalogue on the host's workbook and shows what it gave. */
async function runJob(job: JobEntry): Promise<void> {
  if (!job.run) return;
  const run = job.run;
  if (job.id === "template" && !host.ready) await host.newWorkbook?.("学校工作簿.xlsx");
  const r = await host.run((wb) =>
    run(wb, { highlight: $<HTMLInputElement>("highlight").checked, profile: given })
  );
  if (r.profile) {
    inForce = r.profile;
    showPolicy();
  }
  summarize(r.summary.key as PaneKey, r.summary.params);
  showFindings(r.findings);
  if (r.print) offerPrint(r.print);
  else await showCharts(r.charts, r.plans);
}

/**
 * 汇总报送: reads the picked school workbooks one at a time in the page, consolidates them,
 * and writes the city sheets into the open workbook (Excel) or a new one to download.
 */
async function consolidate(files: readonly File[]): Promise<void> {
  const [{ pickedGrids }, city] = await Promise.all([
    import(/* webpackChunkName: "xlsx" */ "../workbook/open-refusal.js"),
    import(/* webpackChunkName: "city" */ "./city-run.js"),
  ]);
  // Each refusal in the command line's words (CSV, .xlsb, a GBK part, a missing part …).
  const result = await city.consolidateJob(
    pickedSources(files, (bytes, name) => pickedGrids(bytes, name, loadXlsOdsReader)),
    { profile: given }
  );
  const months = result.months;
  const period = months ? `${months[0]}至${months[months.length - 1]}` : (result.month ?? "");
  if (host.can.needsFile) await host.newWorkbook?.(`全市汇总-${period}.xlsx`);
  const sheets = city.citySheets(result);
  if (result.schools.length > 0) await host.run((wb) => wb.writeSheets(sheets));
  const j = city.cityJson(result);
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
  const plans = city.cityChartPlans(sheets, result);
  // The 图表 sheet's native charts, bound to the city sheets just written, as the host can.
  if (result.schools.length > 0) await host.run(async (wb) => wb.drawCharts?.(plans));
  await showCharts(city.paneCitySpecs(plans), plans);
  if (host.can.download && result.schools.length > 0) $("download").hidden = false;
}

async function loadForm(): Promise<void> {
  const { form, profile } = await host.run((wb) => loadSettingsForm(wb));
  // The 政策 the workbook names is in force until a job or a loaded file says otherwise.
  inForce = profile;
  if (!given) setWorkbookPolicy(profile);
  showPolicy();
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

/**
 * Downloads the copy; a workbook whose copy Kehou cannot write is said as the command line
 * says it (nothing is downloaded), the job's results left on screen.
 */
async function download(): Promise<void> {
  try {
    await host.download?.();
  } catch (e) {
    summarize("failed", { message: officeErrorText(e, locale !== "zh-CN") });
  }
}

function wire(): void {
  $("lang").addEventListener("click", () => {
    locale = locale === "zh-CN" ? "en" : "zh-CN";
    localStorage.setItem("kehou.lang", locale);
    translate();
  });
  document.querySelectorAll<HTMLButtonElement>("button[data-job]").forEach((b) =>
    b.addEventListener("click", () => {
      if (!host.ready && b.dataset.job !== "template") return refuse("needFile");
      void busy(async () => {
        const job = JOBS.find((j) => j.id === b.dataset.job);
        if (job) await runJob(job);
        if (host.can.download) $("download").hidden = false;
      });
    })
  );
  $<HTMLFormElement>("settings").addEventListener("submit", (e) => {
    e.preventDefault();
    if (!host.ready) return refuse("needFile");
    void busy(saveForm);
  });
  $("print").addEventListener("click", () => window.print());
  $("download").addEventListener("click", () => void download());
  $<HTMLInputElement>("pick-policy").addEventListener("change", (e) => {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (file) void busy(() => loadPolicy(file));
  });
  $<HTMLInputElement>("pick-many").addEventListener("change", (e) => {
    const files = [...((e.target as HTMLInputElement).files ?? [])];
    if (files.length > 0) void busy(() => consolidate(files));
  });
  $<HTMLInputElement>("pick").addEventListener("change", (e) => {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (!file || !host.open) return;
    const open = host.open.bind(host);
    void busy(async () => {
      const previous = host.ready ? host.fileName : "";
      try {
        await open(file.name, await file.arrayBuffer());
      } catch (e) {
        // The pick is not loaded: say so, and which workbook (if any) the next job still uses;
        // the file named once, as the command line names it.
        const message = fileSentence(file.name, officeErrorText(e, locale !== "zh-CN"), locale);
        return previous
          ? summarize("pickFailedKept", { message, previous })
          : summarize("pickFailed", { message });
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
  const wps = inExcel ? undefined : wpsApplication();
  host = inExcel ? new ExcelHost() : wps ? new WpsHost(wps) : new BrowserHost();
  // In Excel, Excel's language; in a browser, Chinese first unless the user switches.
  const language = inExcel ? Office.context.displayLanguage : "zh-CN";
  locale = initialLocale(localStorage.getItem("kehou.lang"), language);
  $("file").hidden = !host.can.needsFile;
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
  else if (wps) void busy(loadForm); // the pane WPS shows is on screen when it loads
}

Office.onReady((info) => void startPane(info));
