/** The languages Kehou speaks: Chinese first, English where the English UI is chosen. */
export type Locale = "zh-CN" | "en";

/** One message in both languages; `{name}` placeholders are filled by `formatMessage`. */
export interface Message {
  readonly zh: string;
  readonly en: string;
}

export type { MessageParams } from "../../policy/problem";
