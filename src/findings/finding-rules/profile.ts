import type { FindingRule } from "./rule";

/** What to do with a file in another encoding (GBK, UTF-16 without a BOM). */
const SAVE_AS_UTF8 = "请另存为 UTF-8（记事本、VS Code 的“另存为”可选编码）后再运行";

/** Choosing and reading a policy profile: the 政策 row and a --policy file. */
export const PROFILE_RULES = {
  // Reading the policy itself: no clause of it applies, so 条款 says so ("—"), never an
  // internal reference a school cannot look up.
  POLICY_UNKNOWN: {
    family: "reading",
    severity: "error",
    clause: "—",
    zh: "设置「政策」的值「{value}」不是内置政策（可用的有 {ids}）：不知按哪个政策计算，本次未计算，也未写出任何结果",
    en: 'The policy "{value}" in the settings is not built in (available: {ids}): nothing was charged or written, as the rules are not known',
    fix: "把「政策」改成内置政策的编号（如 suifenhe-2021）；本市的政策文件：命令行用 --policy 文件.json，任务窗格中载入政策文件，再运行",
  },
  POLICY_OTHER_THAN_GIVEN: {
    family: "reading",
    severity: "warning",
    clause: "—",
    zh: "设置「政策」为「{value}」，但本次按指定的政策 {policy} 计算",
    en: 'The settings name the policy "{value}", but this run applies {policy}',
    fix: "确认学校执行的政策；与全市一致时把设置中的「政策」改为 {policy}",
  },
  PROFILE_UNREADABLE: {
    family: "reading",
    severity: "error",
    clause: "—",
    zh: "政策文件「{file}」无法读取：{reason}",
    en: 'The policy file "{file}" cannot be read: {reason}',
    fix: "检查文件路径，并确认它是 UTF-8 编码的 JSON 文件",
  },
  PROFILE_EMPTY: {
    family: "reading",
    severity: "error",
    clause: "—",
    zh: "政策文件「{file}」是空的",
    en: 'The policy file "{file}" is empty',
    fix: "给出写好的政策文件（.json）：可先运行 kehou policy suifenhe-2021 > 本市政策.json 得到起点，再按本市文件修改",
  },
  PROFILE_NOT_UTF8: {
    family: "reading",
    severity: "error",
    clause: "—",
    zh: "政策文件「{file}」不是 UTF-8 编码（第 {line} 行起无法识别，可能是 GBK），未使用",
    en: 'The policy file "{file}" is not UTF-8 (from line {line}; GBK?); not used',
    fix: SAVE_AS_UTF8,
  },
  PROFILE_UTF16_NO_BOM: {
    family: "reading",
    severity: "error",
    clause: "—",
    zh: "政策文件「{file}」是无 BOM 的 UTF-16 编码，未使用",
    en: 'The policy file "{file}" is UTF-16 without a BOM; not used',
    fix: SAVE_AS_UTF8,
  },
  PROFILE_IS_WORKBOOK: {
    family: "reading",
    severity: "error",
    clause: "—",
    zh: "「{file}」是一个工作簿，不是政策文件（.json）",
    en: '"{file}" is a workbook, not a policy file (.json)',
    fix: "--policy 后给出政策文件（.json）或内置政策的编号；学校的工作簿放在命令的文件位置",
  },
  PROFILE_NOT_JSON: {
    family: "reading",
    severity: "error",
    clause: "—",
    zh: "政策文件「{file}」不是有效的 JSON：第 {line} 行第 {column} 列有误",
    en: 'The policy file "{file}" is not valid JSON: line {line}, column {column}',
    fix: "在该处改正：逗号、冒号、括号是否成对，字段名和文本是否用英文双引号，最后一项后不加逗号",
  },
  PROFILE_NOT_JSON_FULL_WIDTH: {
    family: "reading",
    severity: "error",
    clause: "—",
    zh: "政策文件「{file}」不是有效的 JSON：第 {line} 行第 {column} 列的「{char}」是全角字符，应改为半角的 {half}",
    en: 'The policy file "{file}": line {line}, column {column} has the full-width "{char}"; write {half}',
    fix: "关闭中文输入法后重新输入：JSON 的标点都用半角",
  },
  PROFILE_NOT_JSON_TOKEN: {
    family: "reading",
    severity: "error",
    clause: "—",
    zh: "政策文件「{file}」不是有效的 JSON：有不该出现的字符 {token}",
    en: 'The policy file "{file}" is not valid JSON: unexpected character {token}',
    fix: "找到该字符并改正：文本要用英文双引号，true、false、null 要写全，不加注释",
  },
  PROFILE_DUPLICATE_KEY: {
    family: "reading",
    severity: "error",
    clause: "—",
    zh: "政策文件「{file}」的字段 {field} 写了两次（重复在第 {line} 行第 {column} 列）",
    en: 'The policy file "{file}" gives {field} twice (again at line {line}, column {column})',
    fix: "删去其一：先确认哪个是本市文件规定的",
  },
  PROFILE_FIELD_INVALID: {
    family: "reading",
    severity: "error",
    clause: "—",
    zh: "政策文件「{file}」的字段 {field} 不符合要求：{reason}",
    en: 'The policy file "{file}", field {field}: {reason}',
    fix: "按 docs/profiles.md 与 profile.schema.json 改正该字段",
  },
  RATE_VARIANT_BLANK: {
    family: "reading",
    severity: "warning",
    clause: "所用政策的收费标准",
    zh: "设置「{key}」未填写，本次按政策文件的基本收费标准计算",
    en: "{key} is blank in the settings: the policy's basic rates were used",
    fix: "填写「{key}」：{options}",
  },
  RATE_VARIANT_UNKNOWN: {
    family: "reading",
    severity: "warning",
    clause: "所用政策的收费标准",
    zh: "设置「{key}」的值「{value}」不是政策文件的选项（{options}），本次按基本收费标准计算",
    en: '{key} = "{value}" is not an option of the policy ({options}): the basic rates were used',
    fix: "改为以下之一：{options}",
  },
} as const satisfies Record<string, FindingRule>;
