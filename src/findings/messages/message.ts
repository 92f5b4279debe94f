/** The languages Kehou speaks: Chinese first, English where the English UI is chosen. */
export type Locale = "zh-CN" | "en";

/** One message in both languages; `{name}` placeholders are filled by `formatMessage`. */
export interface Message {
  readonly zh: string;
  readonly en: string;
}

/** The values a message names: text as the school typed it, numbers, or a stage. */
export type MessageParams = Readonly<Record<string, string | number>>;
