// Where a command writes: stdout and stderr in the real CLI, arrays in tests. And what happens when the reader goes
// away: `summit simulate … | head -1` closes the pipe after one line, and the next write fails with EPIPE; the
// command then has no one to tell anything, so it stops at once and quietly (no stack trace, exit 0, as `yes | head`).
import type { EventEmitter } from 'node:events';

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

/**
 * Makes a closed pipe end the command quietly: on EPIPE from one of `streams` (stdout, stderr), `exit(EXIT.ok)`.
 * Any other write error ends it with one line on `report` (when it still can) and the usage code, never a stack.
 */
export function endQuietlyOnClosedPipe(
  streams: readonly EventEmitter[],
  exit: (code: number) => void,
  report: (line: string) => void,
): void {
  for (const stream of streams) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') return exit(EXIT.ok);
      try {
        report(`summit: cannot write the output: ${e.message}`);
      } catch {
        // the report stream is broken too: the exit code says it
      }
      exit(EXIT.usage);
    });
  }
}
