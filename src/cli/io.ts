/** Where a command writes: standard output for results, standard error for the rest. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: Io = {
  out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
};

/** Exit statuses of SPEC §12. */
export const EXIT_OK = 0;
export const EXIT_UNREADABLE = 1;
export const EXIT_USAGE = 2;
/** An output could not be written: like an unreadable input, the run did not complete. */
export const EXIT_FAILED = 1;
/** A programming error (a bug, not the input): BSD's EX_SOFTWARE. */
export const EXIT_INTERNAL = 70;
