/* global Office */

/**
 * Ribbon handlers, registered in the shared runtime. The jobs behind 校验名册, 生成收费表
 * and 检查违规 are not built yet: each button opens the pane, which says so.
 */
async function showComingInPane(event: Office.AddinCommands.Event, job: string): Promise<void> {
  try {
    window.dispatchEvent(new CustomEvent("kehou:coming", { detail: job }));
    await Office.addin.showAsTaskpane();
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate("validateRoster", (event: Office.AddinCommands.Event) =>
    showComingInPane(event, "validate")
  );
  Office.actions.associate("buildChargeSheet", (event: Office.AddinCommands.Event) =>
    showComingInPane(event, "charge")
  );
  Office.actions.associate("flagBreaches", (event: Office.AddinCommands.Event) =>
    showComingInPane(event, "breaches")
  );
});
