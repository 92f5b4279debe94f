import { formatMessage } from "../findings/messages/format";
import type { Locale } from "../findings/messages/message";
import { UI_TEXT, type UiKey } from "../findings/messages/ui";

export type PaneLocale = Locale;
export type PaneKey = UiKey;

/** A pane string with its placeholders filled. */
export function t(
  locale: PaneLocale,
  key: PaneKey,
  params: Record<string, string | number> = {}
): string {
  return formatMessage(UI_TEXT[key], params, locale);
}

/** The language to start in: the saved choice, else Office's or the browser's language. */
export function initialLocale(saved: string | null, language: string | undefined): PaneLocale {
  if (saved === "zh-CN" || saved === "en") return saved;
  return language?.toLowerCase().startsWith("en") ? "en" : "zh-CN";
}
