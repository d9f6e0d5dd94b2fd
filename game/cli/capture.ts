// Runs the command line with its output captured instead of printed: what the CLI's tests call.
import type { Io } from './io';
import { runCli, runCliAsync } from './run';

export function runCaptured(...argv: string[]): { code: number; out: string; err: string } {
  const out: string[] = [];
  const errs: string[] = [];
  const io: Io = { out: (t) => out.push(t), err: (t) => errs.push(t) };
  const code = runCli(argv, io);
  return { code, out: out.join('\n'), err: errs.join('\n') };
}

/** The same for every command, the asynchronous `chart` included. */
export async function runCapturedAsync(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const errs: string[] = [];
  const io: Io = { out: (t) => out.push(t), err: (t) => errs.push(t) };
  const code = await runCliAsync(argv, io);
  return { code, out: out.join('\n'), err: errs.join('\n') };
}
