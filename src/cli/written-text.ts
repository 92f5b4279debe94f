import { formatMessage } from "../findings/messages/format";
import { UI_TEXT } from "../findings/messages/ui";

/** The console's line after a command wrote its copy: the file and the sheets in it. */
export function writtenText(file: string, sheetNames: readonly string[], marked = false): string {
  const message = marked ? UI_TEXT.consoleWrittenMarked : UI_TEXT.consoleWritten;
  return formatMessage(message, { file, sheets: sheetNames.join("、") });
}
