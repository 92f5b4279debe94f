import type { ColumnFormat } from "./output-sheet";

/** Excel number formats of the output column kinds (every renderer of an OutputSheet). */
export const NUMBER_FORMATS: Record<ColumnFormat, string> = {
  text: "General",
  integer: "0",
  money: '"¥"#,##0.00',
  date: "yyyy-mm-dd",
  general: "General",
};
