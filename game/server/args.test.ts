import { describe, expect, it } from 'vitest';
import { parseServerArgs } from './args';

describe('parseServerArgs', () => {
  it('has defaults and reads every option', () => {
    const r = parseServerArgs(['--port', '0', '--host', '0.0.0.0', '--data', 'd', '--ai-delay', '0', '--grace', '5']);
    expect(r).toEqual({
      ok: true,
      value: {
        port: 0,
        host: '0.0.0.0',
        dataDir: 'd',
        distDir: 'dist',
        scenariosDir: 'scenarios',
        aiDelayMs: 0,
        graceMs: 5000,
      },
    });
    expect(parseServerArgs([]).ok).toBe(true);
  });
  it('refuses bad values with a sentence', () => {
    for (const argv of [['--port', '70000'], ['--port'], ['--grace', '-1'], ['--colour', 'red']])
      expect(parseServerArgs(argv).ok, argv.join(' ')).toBe(false);
  });
});
