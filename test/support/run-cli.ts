import { main } from "../../src/cli/main";
import type { Io } from "../../src/cli/io";

/** Runs `kehou` in-process with recorded output: its exit status, stdout and stderr. */
export async function runCli(
  ...argv: string[]
): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (t) => out.push(t), err: (t) => err.push(t) };
  const code = await main(argv, io);
  return { code, out: out.join("\n"), err: err.join("\n") };
}
