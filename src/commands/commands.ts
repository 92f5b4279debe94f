/* global Office, Excel, window */
import { formatMessage } from "../findings/messages/format";
import { UI_TEXT } from "../findings/messages/ui";
import { ribbonJobs } from "../jobs/catalogue";
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
    detail = {
      job,
      ok: false,
      message: formatMessage(UI_TEXT.failed, { message: officeErrorText(e) }),
    };
  }
  try {
    await report(detail);
  } finally {
    event.completed();
  }
}

// Every one-click job of the catalogue, under the ExecuteFunction name manifest.xml gives it.
Office.onReady(() => {
  for (const job of ribbonJobs())
    Office.actions.associate(job.action, (event: Office.AddinCommands.Event) =>
      runFromRibbon(event, job.id, async (wb) => (await job.run(wb)).message)
    );
});
