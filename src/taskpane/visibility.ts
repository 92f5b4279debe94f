/* global Office, document */

/**
 * Runs `onShow` now if the task pane is on screen, and each time it is shown again. In the
 * shared runtime the page also starts hidden, only to serve custom functions or a ribbon
 * button: then nothing is read from the workbook until the user opens the pane
 * (Office.addin.onVisibilityModeChanged, SharedRuntime 1.1).
 */
export function whenShown(onShow: () => void): void {
  if (document.visibilityState === "visible") onShow();
  void Office.addin?.onVisibilityModeChanged?.((args) => {
    if (String(args.visibilityMode) === "Taskpane") onShow();
  });
}
