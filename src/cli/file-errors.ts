/** Said of a file locked by the program that has it open (EBUSY; EPERM on Windows). */
const OPEN_ELSEWHERE = "文件正被另一个程序（如 Excel、WPS）打开，请先关闭该文件再运行";

/** The error code of a failed file operation (ENOENT, EACCES …), or undefined. */
function codeOf(e: unknown): string | undefined {
  return typeof e === "object" && e !== null && "code" in e
    ? String((e as { code: unknown }).code)
    : undefined;
}

/**
 * One line, in Chinese, saying why `target` could not be written and what to do.
 *
 * @example writeErrorMessage({ code: "ENOENT" }, "无/out.xlsx", false)
 * //=> "无法写出「无/out.xlsx」：文件夹不存在，请先建立文件夹或换一个输出位置"
 */
export function writeErrorMessage(e: unknown, target: string, force: boolean): string {
  const head = `无法写出「${target}」：`;
  switch (codeOf(e)) {
    case "EEXIST":
      return force
        ? `${head}目标已存在且无法替换，请换一个文件名`
        : `${head}运行期间有别的程序建立了这个文件，未覆盖；请换一个文件名或加 --force 覆盖`;
    case "ENOENT":
    case "ENOTDIR":
      return `${head}文件夹不存在，请先建立文件夹或换一个输出位置`;
    case "EBUSY":
      return `${head}${OPEN_ELSEWHERE}`;
    case "EACCES":
    case "EPERM":
      // Windows answers EPERM for a file Excel or WPS holds open, as for a missing right.
      return process.platform === "win32"
        ? `${head}没有写入权限，或${OPEN_ELSEWHERE}`
        : `${head}没有写入权限，请换一个有权限的文件夹`;
    case "EROFS":
      return `${head}磁盘只读，请换一个输出位置`;
    case "EISDIR":
      return `${head}这是一个文件夹，请在 -o 后写文件名，如 -o 收费表.xlsx`;
    case "ENOSPC":
    case "EDQUOT":
      return `${head}磁盘空间不足，请腾出空间后重试`;
    case "ENAMETOOLONG":
      return `${head}文件名太长，请换一个短一些的名字`;
    case "EXDEV":
    case "ENOTSUP":
    case "EOPNOTSUPP":
      return `${head}该位置不支持安全写入，请换到本地文件夹，或加 --force`;
    default:
      return `${head}写入失败（${codeOf(e) ?? "未知原因"}），请换一个输出位置后重试`;
  }
}

/**
 * One line, in Chinese, saying why `file` could not be read.
 *
 * @example readErrorMessage({ code: "EACCES" }, "s.xlsx") //=> "没有读取权限：「s.xlsx」…"
 */
export function readErrorMessage(e: unknown, file: string): string {
  switch (codeOf(e)) {
    case "EBUSY":
      return `无法读取「${file}」：${OPEN_ELSEWHERE}`;
    case "EACCES":
    case "EPERM":
      return process.platform === "win32"
        ? `无法读取「${file}」：没有读取权限，或${OPEN_ELSEWHERE}`
        : `没有读取权限：「${file}」，请用有权限的账户运行，或把文件复制到自己的文件夹`;
    case "EISDIR":
      return `「${file}」是文件夹，不是 .xlsx 工作簿`;
    case "ENOENT":
    case "ENOTDIR":
      return `找不到文件「${file}」`;
    default:
      return `无法读取「${file}」（${codeOf(e) ?? "未知原因"}）`;
  }
}
