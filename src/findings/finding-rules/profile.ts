import type { FindingRule } from "./rule";

/** Choosing and reading a policy profile: the 政策 row and a --policy file. */
export const PROFILE_RULES = {
  POLICY_UNKNOWN: {
    family: "reading",
    severity: "error",
    clause: "SPEC §11",
    zh: "设置「政策」的值「{value}」不是内置政策：可用的有 {ids}；本次按 {fallback} 计算",
    en: 'The policy "{value}" in the settings is not built in (available: {ids}); {fallback} was used',
    fix: "改成内置政策的编号，如 suifenhe-2021，或运行时用 --policy 给出本市的政策文件",
  },
  POLICY_OTHER_THAN_GIVEN: {
    family: "reading",
    severity: "warning",
    clause: "SPEC §11",
    zh: "设置「政策」为「{value}」，但本次按指定的政策 {policy} 计算",
    en: 'The settings name the policy "{value}", but this run applies {policy}',
    fix: "确认学校执行的政策；与全市一致时把设置中的「政策」改为 {policy}",
  },
  PROFILE_UNREADABLE: {
    family: "reading",
    severity: "error",
    clause: "SPEC §11",
    zh: "政策文件「{file}」无法读取：{reason}",
    en: 'The policy file "{file}" cannot be read: {reason}',
    fix: "检查文件路径，并确认它是 UTF-8 编码的 JSON 文件",
  },
  PROFILE_FIELD_INVALID: {
    family: "reading",
    severity: "error",
    clause: "SPEC §11",
    zh: "政策文件「{file}」的字段 {field} 不符合要求：{reason}",
    en: 'The policy file "{file}", field {field}: {reason}',
    fix: "按 docs/profiles.md 与 profile.schema.json 改正该字段",
  },
} as const satisfies Record<string, FindingRule>;
