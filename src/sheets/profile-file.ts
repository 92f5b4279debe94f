import { civilDate } from "../policy/civil-date";
import type { Profile, Tier } from "../policy/profile";
import schema from "../policy/profile.schema.json";
import { finding, findingMessage, type Finding } from "../findings/finding";
import { duplicateKeys } from "./json-duplicate-keys";
import { profileText } from "./profile-bytes";
import { unitProblems } from "./profile-units";

/** A JSON Schema node as profile.schema.json holds them. */
interface SchemaNode {
  readonly $ref?: string;
  readonly type?: "object" | "array" | "string" | "number" | "integer" | "boolean";
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | SchemaNode;
  readonly items?: SchemaNode;
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly oneOf?: readonly SchemaNode[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly pattern?: string;
  readonly description?: string;
}

const root = schema as unknown as SchemaNode & { readonly $defs: Record<string, SchemaNode> };
const defs = root.$defs;

/** A field that breaks the schema or a rule between fields: where, and why in Chinese. */
interface FieldProblem {
  readonly field: string;
  readonly reason: string;
}

const TYPE_ZH: Record<NonNullable<SchemaNode["type"]>, string> = {
  object: "对象 {…}",
  array: "列表 […]",
  string: "文本",
  number: "数字",
  integer: "整数",
  boolean: "true 或 false",
};

function resolve(node: SchemaNode): SchemaNode {
  return node.$ref ? resolve(defs[node.$ref.replace("#/$defs/", "")]) : node;
}

function typeOk(value: unknown, type: NonNullable<SchemaNode["type"]>): boolean {
  switch (type) {
    case "object":
      return typeof value === "object" && value !== null && !Array.isArray(value);
    case "array":
      return Array.isArray(value);
    case "integer":
      return typeof value === "number" && Number.isInteger(value);
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    default:
      return typeof value === type;
  }
}

const show = (v: unknown) => JSON.stringify(v);

/** How a patterned field is written, by its type's name in the schema. */
const FORMAT_ZH: Readonly<Record<string, string>> = {
  ClockTime: "应写成 24 小时制的 时:分，如 16:45",
  IsoDate: "应写成 年-月-日，如 2023-09-01",
  MonthDay: "应写成 月-日，如 06-01",
};

/** Checks a value against a schema node; every problem is kept, none thrown. */
function check(value: unknown, node: SchemaNode, field: string, out: FieldProblem[]): void {
  const s = resolve(node);
  const at = field || "（根）";
  const format = FORMAT_ZH[node.$ref?.replace("#/$defs/", "") ?? ""];
  if (s.const !== undefined && value !== s.const) {
    out.push({ field: at, reason: `应为 ${show(s.const)}` });
    return;
  }
  if (s.enum && !s.enum.includes(value)) {
    out.push({ field: at, reason: `应为以下之一：${s.enum.map(show).join("、")}` });
    return;
  }
  if (s.oneOf) {
    // Branches are told apart by their "unit" (the billing unit's kind).
    const unit = (value as { unit?: unknown } | null)?.unit;
    const branch = s.oneOf.map(resolve).find((b) => b.properties?.unit?.const === unit);
    if (!branch) {
      const units = s.oneOf.map((b) => show(resolve(b).properties?.unit?.const));
      out.push({ field: `${field}.unit`, reason: `应为以下之一：${units.join("、")}` });
      return;
    }
    check(value, branch, field, out);
    return;
  }
  if (s.type && !typeOk(value, s.type)) {
    out.push({ field: at, reason: `应为${TYPE_ZH[s.type]}，实际为 ${show(value) ?? "空"}` });
    return;
  }
  if (typeof value === "number") {
    if (s.minimum !== undefined && value < s.minimum)
      out.push({ field: at, reason: `不能小于 ${s.minimum}（实际为 ${value}）` });
    if (s.maximum !== undefined && value > s.maximum)
      out.push({ field: at, reason: `不能大于 ${s.maximum}（实际为 ${value}）` });
  }
  if (typeof value === "string" && s.pattern && !new RegExp(s.pattern).test(value))
    out.push({ field: at, reason: `「${value}」${format ?? `不符合 ${s.pattern}`}` });
  if (Array.isArray(value) && s.items)
    value.forEach((v, i) => check(v, s.items!, `${field}[${i}]`, out));
  if (s.type === "object" && typeOk(value, "object")) {
    const obj = value as Record<string, unknown>;
    for (const key of s.required ?? [])
      if (!(key in obj)) out.push({ field: join(field, key), reason: "缺少此字段" });
    for (const [key, v] of Object.entries(obj)) {
      if (field === "" && key === "$schema") continue; // an editor's pointer to the schema
      const prop = s.properties?.[key];
      if (prop) check(v, prop, join(field, key), out);
      else if (typeof s.additionalProperties === "object")
        check(v, s.additionalProperties, join(field, key), out);
      else out.push({ field: join(field, key), reason: "不是政策文件的字段（拼写有误？）" });
    }
  }
}

const join = (field: string, key: string) => (field ? `${field}.${key}` : key);

/** The most fen one hour, 课时 or day may cost (1,000 yuan); a month's fee has the schema's bound. */
export const MAX_UNIT_RATE_FEN = 100_000;

/** A rate above any a school could charge is a typing slip (1e20 fen), refused by name. */
function rateBounds(p: Profile, out: FieldProblem[]): void {
  if (p.billing.unit === "month") return;
  const tables: [string, Profile["rates"]][] = [["rates", p.rates]];
  for (const [name, rates] of Object.entries(p.rateVariants?.options ?? {}))
    tables.push([`rateVariants.options.${name}`, rates]);
  for (const [field, rates] of tables)
    for (const [stage, fen] of Object.entries(rates))
      if (fen > MAX_UNIT_RATE_FEN)
        out.push({
          field: `${field}.${stage}`,
          reason: `每${UNIT_ZH[p.billing.unit]}收费不能超过 ${MAX_UNIT_RATE_FEN} 分（1000 元），实际为 ${fen} 分`,
        });
}

const UNIT_ZH = { hour: "小时", session: "课时", day: "天" } as const;

/**
 * A clause label, title, issuer or city of only spaces is refused: the 公示 and the notices
 * would print it as 「（）」 or 《》. (The 文号 may be "", a document without one.)
 */
function blankTexts(p: Profile, out: FieldProblem[]): void {
  const blank = (v: unknown) => typeof v === "string" && v.trim() === "";
  const clause =
    "条款标注不能为空（公示和通知会印出「（）」）：填写本市文件的条款，如 第三条；没有对应条款的删去此字段";
  for (const key of ["title", "issuer", "city"] as const)
    if (blank(p.provenance[key]))
      out.push({ field: `provenance.${key}`, reason: "不能为空：公示和通知会照印此处" });
  for (const [key, label] of Object.entries(p.provenance.clauses))
    if (blank(label)) out.push({ field: `provenance.clauses.${key}`, reason: clause });
  p.service.periods.forEach((period, i) => {
    const f = `service.periods[${i}]`;
    for (const [group, e] of Object.entries(period.ends))
      if (blank(e.clause)) out.push({ field: `${f}.ends.${group}.clause`, reason: clause });
    (period.seasons ?? []).forEach((season, j) => {
      for (const [group, e] of Object.entries(season.ends))
        if (blank(e?.clause))
          out.push({ field: `${f}.seasons[${j}].ends.${group}.clause`, reason: clause });
    });
  });
}

/**
 * The other texts the notices print as written: a payer's name, the safety paragraph. A blank one would print "（）" or nothing where a name belongs: left out is how a profile
 * says it has none.
 */
function printedTexts(p: Profile, out: FieldProblem[]): void {
  const blank = (v: string | undefined) => v !== undefined && v.trim() === "";
  p.waiver.shares.forEach((share, i) => {
    if (blank(share.name))
      out.push({
        field: `waiver.shares[${i}].name`,
        reason: "分担方名称是空的：填写收费公示上的名称（如 市政府），或删去此字段",
      });
  });
  if (blank(p.safetyMeasures))
    out.push({
      field: "safetyMeasures",
      reason: "安全保障措施是空的：填写致家长的一封信中的安全保障措施，或删去此字段",
    });
}

/** Rules between fields the schema cannot say: shares add up, tiers ascend, periods in order. */
function relations(p: Profile, out: FieldProblem[]): void {
  printedTexts(p, out);
  rateBounds(p, out);
  out.push(...unitProblems(p));
  const shares = p.waiver.shares.reduce((sum, s) => sum + s.percent, 0);
  if (p.waiver.shares.length === 0 || shares !== 100)
    out.push({ field: "waiver.shares", reason: `各方分担比例之和应为 100（实际为 ${shares}）` });
  const tiers = (list: readonly Tier[], field: string) => {
    list.forEach((t, i) => {
      const before = list[i - 1];
      if (before?.upTo !== undefined && t.upTo !== undefined && t.upTo < before.upTo)
        out.push({ field: `${field}[${i}].upTo`, reason: "各档的上限应从小到大排列" });
      // An equal bound is reachable only as "below it" then "exactly it"; any other tier
      // after an equal one could never apply.
      else if (
        before?.upTo !== undefined &&
        t.upTo === before.upTo &&
        (before.inclusive || !t.inclusive)
      )
        out.push({
          field: `${field}[${i}].upTo`,
          reason: `与前一档的上限同为 ${t.upTo}，这一档永远用不到：上限应从小到大；同一上限只可前一档不含（"inclusive": false）、这一档含（"inclusive": true）`,
        });
      if (t.upTo === undefined && i < list.length - 1)
        out.push({ field: `${field}[${i}]`, reason: "没有上限的一档只能是最后一档" });
    });
    if (list.length === 0 || list[list.length - 1].upTo !== undefined)
      out.push({ field, reason: "最后一档应不写 upTo（其余情况）" });
  };
  tiers(p.refund.tiers, "refund.tiers");
  tiers(p.transfer.tiers, "transfer.tiers");
  if (p.billing.unit === "month") tiers(p.billing.monthTiers, "billing.monthTiers");
  if (p.billing.unit === "session")
    for (const [stage, m] of Object.entries(p.billing.sessionMinutes))
      if (m <= 0)
        out.push({ field: `billing.sessionMinutes.${stage}`, reason: "每课时分钟数应大于 0" });
  const real = (d: string | undefined, field: string) => {
    if (d === undefined) return;
    const [y, m, day] = d.split("-").map(Number);
    if (civilDate(y, m, day) !== d) out.push({ field, reason: `「${d}」不是真实的日期` });
  };
  real(p.provenance.issued, "provenance.issued");
  real(p.provenance.inForceFrom, "provenance.inForceFrom");
  real(p.provenance.inForceTo, "provenance.inForceTo");
  // A day of every year: checked in a leap year, so 02-29 stands and 02-30 does not.
  const realMonthDay = (d: string, field: string) => {
    const [m, day] = d.split("-").map(Number);
    if (civilDate(2000, m, day) !== `2000-${d}`)
      out.push({ field, reason: `「${d}」不是真实的月-日` });
  };
  p.service.periods.forEach((period, i) => {
    const f = `service.periods[${i}]`;
    real(period.from, `${f}.from`);
    real(period.to, `${f}.to`);
    (period.seasons ?? []).forEach((season, j) => {
      realMonthDay(season.from, `${f}.seasons[${j}].from`);
      realMonthDay(season.to, `${f}.seasons[${j}].to`);
    });
    if (period.to !== undefined && period.to < period.from)
      out.push({ field: `${f}.to`, reason: "结束日期早于开始日期" });
    const before = p.service.periods[i - 1];
    if (before && (before.to === undefined || before.to >= period.from))
      out.push({ field: `${f}.from`, reason: "与前一时期重叠：各时期应按日期先后排列、互不重叠" });
    for (const [group, e] of Object.entries(period.ends))
      if (e.earliest !== undefined && e.earliest > e.latest)
        out.push({ field: `${f}.ends.${group}.earliest`, reason: "最早结束时间晚于最晚结束时间" });
  });
  blankTexts(p, out);
  if (p.service.periods.length === 0)
    out.push({ field: "service.periods", reason: "至少需要一个时期" });
}

/** Line and column (from 1) of a character offset, as an editor counts them. */
function lineColumn(text: string, at: number): { line: number; column: number } {
  const before = text.slice(0, at).split("\n");
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/**
 * The half-width character JSON wants for a full-width one a Chinese input method types:
 * 「：」 for ":", 「，」 for ",", curly quotes for '"'.
 */
const HALF_WIDTH: Readonly<Record<string, string>> = {
  "：": ":",
  "，": ",",
  "、": ",",
  "“": '"',
  "”": '"',
  "｛": "{",
  "｝": "}",
  "［": "[",
  "］": "]",
  "【": "[",
  "】": "]",
};

/** The offset of a character's first use outside JSON strings, where a parser stops at it. */
function outsideStrings(json: string, ch: string): number | undefined {
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === ch) return i;
  }
  return undefined;
}

/**
 * Why a text is not JSON, in the reader's words: empty, a workbook (a zip: "PK\x03\x04"), or
 * where JSON.parse stopped — its message gives a position, or only the character it met.
 */
function notJson(json: string, e: unknown, file: string): Finding {
  const place = { sheet: file };
  if (json.trim() === "") return finding("PROFILE_EMPTY", place, { file });
  if (json.startsWith("PK\u0003\u0004")) return finding("PROFILE_IS_WORKBOOK", place, { file });
  const message = e instanceof Error ? e.message : String(e);
  const position = /at position (\d+)/.exec(message);
  const at = position
    ? Number(position[1])
    : /Unexpected end of JSON input/.test(message)
      ? json.length
      : undefined;
  const token = /^Unexpected token '([\s\S])'/.exec(message)?.[1];
  const where = at ?? (token !== undefined ? outsideStrings(json, token) : undefined);
  const half = where !== undefined ? HALF_WIDTH[json[where]] : undefined;
  if (where !== undefined && half !== undefined)
    return finding("PROFILE_NOT_JSON_FULL_WIDTH", place, {
      file,
      ...lineColumn(json, where),
      char: json[where],
      half,
    });
  if (at !== undefined)
    return finding("PROFILE_NOT_JSON", place, { file, ...lineColumn(json, at) });
  if (token !== undefined)
    return finding("PROFILE_NOT_JSON_TOKEN", place, { file, token: JSON.stringify(token) });
  return finding("PROFILE_UNREADABLE", place, { file, reason: message });
}

/**
 * A field's finding with its reason whole: a finding cuts a quoted cell's text to 40
 * characters, but the reason is Kehou's own sentence, whose end says what to write.
 */
function fieldFinding(
  place: { sheet: string },
  params: { file: string; field: string; reason: string }
): Finding {
  return {
    ...finding("PROFILE_FIELD_INVALID", place, params),
    message: findingMessage("PROFILE_FIELD_INVALID", params),
    params,
  };
}

/** The outcome of reading a profile file: the profile, or the findings that refused it. */
export type ProfileRead =
  | { readonly ok: true; readonly profile: Profile }
  | { readonly ok: false; readonly findings: readonly Finding[] };

/**
 * Reads a profile file: its bytes (decoded as UTF-8, or UTF-16 with a BOM) or its text; JSON,
 * checked against profile.schema.json and the rules between its fields. A file that does not pass is refused whole with a finding per field,
 * never half used: money would be charged by a policy nobody wrote.
 */
export function readProfileFile(content: string | Uint8Array, file: string): ProfileRead {
  const place = { sheet: file };
  let text: string;
  if (typeof content === "string") text = content;
  else if ([0x50, 0x4b, 3, 4].every((b, i) => content[i] === b))
    // A workbook (a zip: "PK\x03\x04") is said as one before its bytes are taken for text.
    return { ok: false, findings: [finding("PROFILE_IS_WORKBOOK", place, { file })] };
  else {
    const decoded = profileText(content);
    if (!decoded.ok) {
      const rule = decoded.encoding === "utf16" ? "PROFILE_UTF16_NO_BOM" : "PROFILE_NOT_UTF8";
      return { ok: false, findings: [finding(rule, place, { file, line: decoded.line })] };
    }
    text = decoded.text;
  }
  const json = text.replace(/^\uFEFF/, "");
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (e) {
    return { ok: false, findings: [notJson(json, e, file)] };
  }
  const repeated = duplicateKeys(json);
  if (repeated.length > 0)
    return {
      ok: false,
      findings: repeated.map((d) => finding("PROFILE_DUPLICATE_KEY", place, { file, ...d })),
    };
  const problems: FieldProblem[] = [];
  check(value, root, "", problems);
  if (problems.length === 0) relations(value as Profile, problems);
  if (problems.length > 0)
    return {
      ok: false,
      findings: problems.map((p) =>
        fieldFinding(place, { file, field: p.field, reason: p.reason })
      ),
    };
  return { ok: true, profile: value as Profile };
}
