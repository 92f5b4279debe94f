import type { Message } from "./message";

/** Said of a file locked by the program that has it open (EBUSY; EPERM on Windows). */
const OPEN_ELSEWHERE = {
  zh: "文件正被另一个程序（如 Excel、WPS）打开，请先关闭该文件再运行",
  en: "the file is open in another program (such as Excel or WPS); close it and run again",
};

/**
 * The command line's own words (its help, its usage lines, its summaries, why a file could
 * not be read or written), in the one table's kind of entry. Only `src/cli/` imports this
 * module, so none of it reaches the pane.
 */
export const CONSOLE_TEXT = {
  // Why `{target}` could not be written (`writeErrorMessage`), by the error's code.
  writeExistsForced: {
    zh: "无法写出「{target}」：目标已存在且无法替换，请换一个文件名",
    en: "Cannot write “{target}”: it exists and cannot be replaced; choose another file name",
  },
  writeExists: {
    zh: "无法写出「{target}」：运行期间有别的程序建立了这个文件，未覆盖；请换一个文件名或加 --force 覆盖",
    en: "Cannot write “{target}”: another program made this file during the run and it was not overwritten; choose another file name or add --force to overwrite",
  },
  writeNoFolder: {
    zh: "无法写出「{target}」：文件夹不存在，请先建立文件夹或换一个输出位置",
    en: "Cannot write “{target}”: the folder does not exist; make it first or choose another place",
  },
  writeBusy: {
    zh: `无法写出「{target}」：${OPEN_ELSEWHERE.zh}`,
    en: `Cannot write “{target}”: ${OPEN_ELSEWHERE.en}`,
  },
  writeDeniedOrBusy: {
    zh: `无法写出「{target}」：没有写入权限，或${OPEN_ELSEWHERE.zh}`,
    en: `Cannot write “{target}”: no permission to write, or ${OPEN_ELSEWHERE.en}`,
  },
  writeDenied: {
    zh: "无法写出「{target}」：没有写入权限，请换一个有权限的文件夹",
    en: "Cannot write “{target}”: no permission to write; choose a folder you may write to",
  },
  writeReadOnly: {
    zh: "无法写出「{target}」：磁盘只读，请换一个输出位置",
    en: "Cannot write “{target}”: the disk is read-only; choose another place",
  },
  writeIsFolder: {
    zh: "无法写出「{target}」：这是一个文件夹，请在 -o 后写文件名，如 -o 收费表.xlsx",
    en: "Cannot write “{target}”: it is a folder; write a file name after -o, such as -o 收费表.xlsx",
  },
  writeNoSpace: {
    zh: "无法写出「{target}」：磁盘空间不足，请腾出空间后重试",
    en: "Cannot write “{target}”: the disk is full; free some space and try again",
  },
  writeNameTooLong: {
    zh: "无法写出「{target}」：文件名太长，请换一个短一些的名字",
    en: "Cannot write “{target}”: the file name is too long; choose a shorter one",
  },
  writeUnsafe: {
    zh: "无法写出「{target}」：该位置不支持安全写入，请换到本地文件夹，或加 --force",
    en: "Cannot write “{target}”: this place does not support safe writing; use a local folder, or add --force",
  },
  writeFailed: {
    zh: "无法写出「{target}」：写入失败（{code}），请换一个输出位置后重试",
    en: "Cannot write “{target}”: writing failed ({code}); choose another place and try again",
  },
  unknownCause: { zh: "未知原因", en: "unknown cause" },
  // Why `{file}` could not be read (`readErrorMessage`), by the error's code.
  readBusy: {
    zh: `无法读取「{file}」：${OPEN_ELSEWHERE.zh}`,
    en: `Cannot read “{file}”: ${OPEN_ELSEWHERE.en}`,
  },
  readDeniedOrBusy: {
    zh: `无法读取「{file}」：没有读取权限，或${OPEN_ELSEWHERE.zh}`,
    en: `Cannot read “{file}”: no permission to read, or ${OPEN_ELSEWHERE.en}`,
  },
  readDenied: {
    zh: "没有读取权限：「{file}」，请用有权限的账户运行，或把文件复制到自己的文件夹",
    en: "No permission to read “{file}”: run as a user who may, or copy the file to your own folder",
  },
  readIsFolder: {
    zh: "「{file}」是文件夹，不是 .xlsx 工作簿",
    en: "“{file}” is a folder, not an .xlsx workbook",
  },
  readMissing: { zh: "找不到文件「{file}」", en: "File not found: “{file}”" },
  readFailed: { zh: "无法读取「{file}」（{code}）", en: "Cannot read “{file}” ({code})" },
} as const satisfies Record<string, Message>;

export type ConsoleKey = keyof typeof CONSOLE_TEXT;
