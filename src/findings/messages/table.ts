import { FINDING_RULES } from "../finding-rules";
import { CONSOLE_TEXT } from "./console";
import { FILE_TEXT } from "./file";
import type { Message } from "./message";
import { PACKAGE_TEXT } from "./package";
import { PROBLEM_MESSAGES } from "./problems";
import { REASON_TEXT } from "./reasons";
import { UI_TEXT } from "./ui";

/**
 * Every message Kehou shows, in one table of one kind of entry (a Chinese and an English
 * text with `{name}` placeholders), filled by the one formatter (`formatMessage`):
 * - `problem`: what the policy's rules and the custom functions meet, by problem code;
 * - `finding`: what a run reports, by stable rule id (docs/findings.md is made from these);
 * - `ui`: the doors' own words (the pane, the ribbons, the console);
 * - `file`: what every door says of a file that is not a workbook Kehou reads;
 * - `reason`: why a city's list could not read or compute a school's workbook;
 * - `console`: the command line's own words (only `src/cli/` imports them);
 * - `package`: why Kehou's own reader refuses an .xlsx package (a reason after 「无法读取」).
 * The sections keep their own keys: a problem and the finding made of it may share a name.
 */
export const MESSAGES = {
  problem: PROBLEM_MESSAGES,
  finding: FINDING_RULES,
  ui: UI_TEXT,
  file: FILE_TEXT,
  reason: REASON_TEXT,
  console: CONSOLE_TEXT,
  package: PACKAGE_TEXT,
} as const satisfies Record<string, Readonly<Record<string, Message>>>;

export type MessageSection = keyof typeof MESSAGES;
