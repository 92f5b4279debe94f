/* global Office */

/**
 * Whether Excel supports the ExcelApi requirement set `version`
 * (https://learn.microsoft.com/javascript/api/office/office.requirementsetsupport#office-office-requirementsetsupport-issetsupported-member(1)).
 * Without a host that says (the tests' fakes have no `Office`) the answer is `unsaid`.
 */
export function hasExcelApi(version: string, unsaid = true): boolean {
  const requirements = typeof Office === "undefined" ? undefined : Office.context?.requirements;
  return requirements ? requirements.isSetSupported("ExcelApi", version) : unsaid;
}
