// A closed pipe ends the command quietly: `summit simulate … | head -1` prints its line and no EPIPE stack trace.
import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, endQuietlyOnClosedPipe } from './io';

const failure = (code: string) => Object.assign(new Error(`write ${code}`), { code, syscall: 'write' });

describe('endQuietlyOnClosedPipe', () => {
  it('exits 0 without a word when the reader has gone (EPIPE), on stdout or stderr', () => {
    const out = new EventEmitter();
    const err = new EventEmitter();
    const exits: number[] = [];
    const said: string[] = [];
    endQuietlyOnClosedPipe(
      [out, err],
      (c) => exits.push(c),
      (l) => said.push(l),
    );
    out.emit('error', failure('EPIPE'));
    err.emit('error', failure('EPIPE'));
    expect(exits).toEqual([EXIT.ok, EXIT.ok]);
    expect(said).toEqual([]);
  });

  it('ends any other write failure with one line and the usage code, even when that line cannot be written', () => {
    const out = new EventEmitter();
    const exits: number[] = [];
    const said: string[] = [];
    endQuietlyOnClosedPipe(
      [out],
      (c) => exits.push(c),
      (l) => said.push(l),
    );
    out.emit('error', failure('ENOSPC'));
    expect(said).toEqual(['summit: cannot write the output: write ENOSPC']);
    endQuietlyOnClosedPipe(
      [out],
      (c) => exits.push(c),
      () => {
        throw failure('EPIPE');
      },
    );
    out.emit('error', failure('EIO'));
    expect(exits).toEqual([EXIT.usage, EXIT.usage, EXIT.usage]);
  });
});

describe('summit with its output piped into a command that stops reading', () => {
  it('stops quietly: no stack trace, exit 0', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(import.meta.dirname, 'main.ts'), 'simulate', 'alaska-2025', '--seed', '3'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let first = '';
    let err = '';
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
    });
    // Like `| head -c …`: read the first chunk, then close the pipe while the command is still writing.
    child.stdout.once('data', (d: Buffer) => {
      first = d.toString();
      child.stdout.destroy();
    });
    const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)));
    expect(first).toContain('The Alaska summit');
    expect(err).toBe('');
    expect(code).toBe(EXIT.ok);
  }, 60_000);
});
