/**
 * Errors as Office.js reports them: an `OfficeExtension.Error` whose `code` is one of
 * Excel.ErrorCodes, thrown by `context.sync()` for the first failing action of the batch
 * (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(`${code}: ${message}`);
    this.name = "RichApi.Error";
  }
}

/** Excel on the web refuses a request or a response over 5 MB: https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins */
export const EXCEL_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** Bytes of a value on the wire, as JSON. */
export function wireBytes(x: unknown): number {
  return Buffer.byteLength(JSON.stringify(x), "utf8");
}
