import { CONSOLE_TEXT, type ConsoleKey } from "../findings/messages/console";
import { formatMessage } from "../findings/messages/format";

/** The error code of a failed file operation (ENOENT, EACCES …), or undefined. */
function codeOf(e: unknown): string | undefined {
  return typeof e === "object" && e !== null && "code" in e
    ? String((e as { code: unknown }).code)
    : undefined;
}

/** The error's code, or "未知原因" when it has none. */
function codeOrUnknown(e: unknown): string {
  return codeOf(e) ?? formatMessage(CONSOLE_TEXT.unknownCause);
}

/**
 * One line, in Chinese, saying why `target` could not be written and what to do.
 *
 * @example writeErrorMessage({ code: "ENOENT" }, "无/out.xlsx", false)
 * //=> "无法写出「无/out.xlsx」：文件夹不存在，请先建立文件夹或换一个输出位置"
 */
export function writeErrorMessage(e: unknown, target: string, force: boolean): string {
  const say = (key: ConsoleKey) => formatMessage(CONSOLE_TEXT[key], { target });
  switch (codeOf(e)) {
    case "EEXIST":
      return say(force ? "writeExistsForced" : "writeExists");
    case "ENOENT":
    case "ENOTDIR":
      return say("writeNoFolder");
    case "EBUSY":
      return say("writeBusy");
    case "EACCES":
    case "EPERM":
      // Windows answers EPERM for a file Excel or WPS holds open, as for a missing right.
      return say(process.platform === "win32" ? "writeDeniedOrBusy" : "writeDenied");
    case "EROFS":
      return say("writeReadOnly");
    case "EISDIR":
      return say("writeIsFolder");
    case "ENOSPC":
    case "EDQUOT":
      return say("writeNoSpace");
    case "ENAMETOOLONG":
      return say("writeNameTooLong");
    case "EXDEV":
    case "ENOTSUP":
    case "EOPNOTSUPP":
      return say("writeUnsafe");
    default:
      return formatMessage(CONSOLE_TEXT.writeFailed, { target, code: codeOrUnknown(e) });
  }
}

/**
 * One line, in Chinese, saying why `file` could not be read.
 *
 * @example readErrorMessage({ code: "EACCES" }, "s.xlsx") //=> "没有读取权限：「s.xlsx」…"
 */
export function readErrorMessage(e: unknown, file: string): string {
  const say = (key: ConsoleKey) => formatMessage(CONSOLE_TEXT[key], { file });
  switch (codeOf(e)) {
    case "EBUSY":
      return say("readBusy");
    case "EACCES":
    case "EPERM":
      return say(process.platform === "win32" ? "readDeniedOrBusy" : "readDenied");
    case "EISDIR":
      return say("readIsFolder");
    case "ENOENT":
    case "ENOTDIR":
      return say("readMissing");
    default:
      return formatMessage(CONSOLE_TEXT.readFailed, { file, code: codeOrUnknown(e) });
  }
}
