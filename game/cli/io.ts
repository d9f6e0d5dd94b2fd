// Where a command writes: stdout and stderr in the real CLI, arrays in tests.
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

/** Exit codes of the command-line contract. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;
