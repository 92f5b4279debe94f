import type { FindingRule } from "./rule";

/** Choosing and reading a policy profile: the 政策 row and a --policy file. */
export const PROFILE_RULES = {
  POLICY_UNKNOWN: {
    family: "reading",
    severity: "error",
    clause: "SPEC §11",
    zh: "设置「政策」的值「{value}」不是内置政策（可用的有 {ids}）：不知按哪个政策计算，本次未计算，也未写出任何结果",
    en: 'The policy "{value}" in the settings is not built in (available: {ids}): nothing was charged or written, as the rules are not known',
    fix: "把「政策」改成内置政策的编号（如 suifenhe-2021）；本市的政策文件：命令行用 --policy 文件.json，任务窗格中载入政策文件，再运行",
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
  PROFILE_EMPTY: {
    family: "reading",
    severity: "error",
    clause: "SPEC §11",
    zh: "政策文件「{file}」是空的",
    en: 'The policy file "{file}" is empty',
    fix: "给出写好的政策文件（.json），可从 test/fixtures/example-keshi.json 复制后修改",
  },
  PROFILE_IS_WORKBOOK: {
    family: "reading",
    severity: "error",
    clause: "SPEC §11",
    zh: "「{file}」是一个工作簿，不是政策文件（.json）",
    en: '"{file}" is a workbook, not a policy file (.json)',
    fix: "--policy 后给出政策文件（.json）或内置政策的编号；学校的工作簿放在命令的文件位置",
  },
  PROFILE_NOT_JSON: {
    family: "reading",
    severity: "error",
    clause: "SPEC §11",
    zh: "政策文件「{file}」不是有效的 JSON：第 {line} 行第 {column} 列有误",
    en: 'The policy file "{file}" is not valid JSON: line {line}, column {column}',
    fix: "在该处改正：逗号、冒号、括号是否成对，字段名和文本是否用英文双引号，最后一项后不加逗号",
  },
  PROFILE_NOT_JSON_TOKEN: {
    family: "reading",
    severity: "error",
    clause: "SPEC §11",
    zh: "政策文件「{file}」不是有效的 JSON：有不该出现的字符 {token}",
    en: 'The policy file "{file}" is not valid JSON: unexpected character {token}',
    fix: "找到该字符并改正：文本要用英文双引号，true、false、null 要写全，不加注释",
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
