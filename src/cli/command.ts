import type { Io } from "./io";

/** A subcommand of `kehou`. */
export interface Command {
  readonly name: string;
  readonly usage: string;
  readonly summary: string;
  run(args: string[], io: Io): Promise<number>;
}
