/* global Office, Excel, window */
import { breachesJob } from "../jobs/breaches/job";
import { chargeJob } from "../jobs/charge/job";
import { noticeJob, noticesJob } from "../jobs/notices/job";
import { fenText } from "../policy/fen";
import { templateSheets } from "../jobs/template";
import { monthOfNow } from "../sheets/date-header";
import { validateJob } from "../jobs/validate";
import type { WorkbookPort } from "../jobs/workbook-port";
import { OfficeWorkbook } from "../workbook/office-workbook";
import { officeErrorText } from "../workbook/office-error-text";

/** What a ribbon job tells the pane: done with a summary, or failed with a reason. */
export interface RibbonReport {
  readonly job: string;
  readonly ok: boolean;
  readonly message: string;
}

/**
 * Tells the user how a ribbon job went: the pane (same runtime) shows it, and since the
 * ribbon has no UI of its own the pane is opened (Office.addin.showAsTaskpane, SharedRuntime
 * 1.1), errors included. Clients without it still get the report when the pane is opened.
 */
async function report(detail: RibbonReport): Promise<void> {
  window.dispatchEvent(new CustomEvent<RibbonReport>("kehou:report", { detail }));
  try {
    await Office.addin.showAsTaskpane();
  } catch {
    // The pane shows the report when the user opens it.
  }
}

/** Runs a job on the open workbook from a ribbon button, in the shared runtime. */
async function runFromRibbon(
  event: Office.AddinCommands.Event,
  job: string,
  run: (wb: WorkbookPort) => Promise<string>
): Promise<void> {
  let detail: RibbonReport;
  try {
    const message = await Excel.run((context) => run(new OfficeWorkbook(context)));
    detail = { job, ok: true, message };
  } catch (e) {
    detail = { job, ok: false, message: `运行失败：${officeErrorText(e)}` };
  }
  try {
    await report(detail);
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate("validateRoster", (event: Office.AddinCommands.Event) =>
    runFromRibbon(event, "validate", async (wb) => {
      const r = await validateJob(wb);
      return `名册 ${r.students} 名学生，发现 ${r.findings.length} 条问题，见「${r.sheetNames[0]}」`;
    })
  );
  Office.actions.associate("buildChargeSheet", (event: Office.AddinCommands.Event) =>
    runFromRibbon(event, "charge", async (wb) => {
      const r = await chargeJob(wb);
      return `${r.month ?? ""} 收费表：${r.lines.length} 名学生，应缴合计 ¥${fenText(r.totals.payable)}；已写出 ${r.sheetNames.join("、")}`;
    })
  );
  Office.actions.associate("flagBreaches", (event: Office.AddinCommands.Event) =>
    runFromRibbon(event, "breaches", async (wb) => {
      const r = await breachesJob(wb);
      const errors = r.findings.filter((f) => f.severity === "error").length;
      return `违规检查：${r.findings.length} 条（错误 ${errors} 条），见「${r.sheetNames[0]}」`;
    })
  );
  Office.actions.associate("buildFeeNotice", (event: Office.AddinCommands.Event) =>
    runFromRibbon(event, "notice", async (wb) => {
      const r = await noticeJob(wb, { letter: true });
      return `已生成收费公示（公示日期 ${r.date}）和致家长的一封信：${r.sheetNames.join("、")}`;
    })
  );
  Office.actions.associate("buildFamilyNotices", (event: Office.AddinCommands.Event) =>
    runFromRibbon(event, "notices", async (wb) => {
      const r = await noticesJob(wb);
      const total = r.notices.reduce((t, n) => t + n.line.payable, 0);
      return `${r.charges.month ?? ""} 缴费通知单 ${r.notices.length} 份，应缴合计 ¥${fenText(total)}；已写出 ${r.sheetNames.join("、")}`;
    })
  );
  Office.actions.associate("insertTemplate", (event: Office.AddinCommands.Event) =>
    runFromRibbon(event, "template", async (wb) => {
      const names = await wb.writeSheets(templateSheets(monthOfNow()));
      return `已插入空白模板：${names.join("、")}`;
    })
  );
});
