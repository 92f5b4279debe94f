import { formatMessage } from "../findings/messages/format";
import type { Message } from "../findings/messages/message";
import { WRITE_TEXT } from "../findings/messages/write";
import { RefusedFile } from "./file-kind";

/**
 * A workbook Kehou read but cannot write a copy of (see WRITE_TEXT.unwritable): refused like
 * a file Kehou does not read, before anything is written; `en` is the sentence for the
 * English UI.
 */
export class UnwritableWorkbook extends RefusedFile {
  readonly en: string;

  /** `reason`: what in the file stopped the writer, in both languages. */
  constructor(readonly reason: Message) {
    super(formatMessage(WRITE_TEXT.unwritable, { reason: reason.zh }));
    this.en = formatMessage(WRITE_TEXT.unwritable, { reason: reason.en }, "en");
  }
}
