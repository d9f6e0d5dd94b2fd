// Runs the command line with its output captured instead of printed: what the CLI's tests call.
import type { Io } from './io';
import { runCli } from './run';

export function runCaptured(...argv: string[]): { code: number; out: string; err: string } {
  const out: string[] = [];
  const errs: string[] = [];
  const io: Io = { out: (t) => out.push(t), err: (t) => errs.push(t) };
  const code = runCli(argv, io);
  return { code, out: out.join('\n'), err: errs.join('\n') };
}
