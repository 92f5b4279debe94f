import { PARTY_NAMES, STAGE_NAMES, type Names } from "../../policy/names";
import type { Locale, Message, MessageParams } from "./message";

/** The amounts and counts a `{what}` names (a problem carries their ids, not words). */
const AMOUNT_NAMES: Readonly<Record<string, Names>> = {
  paid: { "zh-CN": "已缴费用", en: "The amount paid" },
  waived: { "zh-CN": "减免金额", en: "The waived amount" },
  attended: { "zh-CN": "已上课时", en: "The attended time" },
  scheduled: { "zh-CN": "应上课时", en: "The scheduled time" },
  remaining: { "zh-CN": "剩余课时", en: "The remaining time" },
};

/**
 * A named thing by its id or its Chinese name: a policy problem carries the stage's id
 * ("primary"), a finding the Chinese name its sheet shows ("小学"); either is worded again.
 */
function namesBy(table: Readonly<Record<string, Names>>): Map<string, Names> {
  const out = new Map<string, Names>();
  for (const [id, names] of Object.entries(table)) {
    out.set(id, names);
    out.set(names["zh-CN"], names);
  }
  return out;
}

/** The placeholders whose values name a thing, shown in the reader's language. */
const NAMED: Readonly<Record<string, Map<string, Names>>> = {
  stage: namesBy(STAGE_NAMES),
  party: namesBy(PARTY_NAMES),
  what: namesBy(AMOUNT_NAMES),
};

/** A template cut at its placeholders: text, key, text, key … text. */
const compiled = new Map<string, string[]>();

function pieces(template: string): string[] {
  let out = compiled.get(template);
  if (!out) compiled.set(template, (out = template.split(/\{(\w+)\}/)));
  return out;
}

/** How a list of stages is joined in each language. */
const LIST_JOINER: Readonly<Record<Locale, string>> = { "zh-CN": "、", en: " and " };

function shown(key: string, value: string | number, locale: Locale): string {
  // `{stages}`: stage ids joined by commas (the stages a profile lets raise the fee).
  if (key === "stages")
    return String(value)
      .split(",")
      .map((s) => shown("stage", s, locale))
      .join(LIST_JOINER[locale]);
  const named = NAMED[key]?.get(String(value));
  return named ? named[locale] : String(value);
}

/**
 * The one formatter of every message (problems, findings, the pane, the ribbon, the
 * console): the text in the reader's language with its placeholders filled; a placeholder
 * without a value is left as written.
 * @example formatMessage({ zh: "上浮比例不得超过{max}", en: "…" }, { max: "10%" }) //=> "上浮比例不得超过10%"
 */
export function formatMessage(
  message: Message,
  params: MessageParams = {},
  locale: Locale = "zh-CN"
): string {
  // Cut once per template, filled per use (a school of thousands makes thousands).
  const parts = pieces(locale === "en" ? message.en : message.zh);
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i];
    const value = params[key];
    out += value === undefined ? `{${key}}` : shown(key, value, locale);
    out += parts[i + 1];
  }
  return out;
}
