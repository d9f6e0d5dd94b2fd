import { describe, expect, it } from 'vitest';
import { progressView, runTasks } from './progress';

describe('progressView', () => {
  it('maps steps to a bar and a label', () => {
    expect(progressView(0, 4, 'Fonts', 400)).toEqual({
      fraction: 0,
      percent: 0,
      label: 'Loading fonts… 0%',
      barWidth: 0,
    });
    expect(progressView(1, 3, 'Fonts', 300).barWidth).toBe(100);
    expect(progressView(1, 3, 'Fonts', 300).percent).toBe(33);
    expect(progressView(3, 3, null, 300)).toMatchObject({ fraction: 1, percent: 100, label: 'Ready 100%' });
  });

  it('treats an empty plan as complete and clamps', () => {
    expect(progressView(0, 0, null, 200).barWidth).toBe(200);
    expect(progressView(9, 3, null, 200).fraction).toBe(1);
    expect(progressView(-1, 3, 'x', 200).fraction).toBe(0);
  });
});

describe('runTasks', () => {
  it('reports each step as it finishes and survives a failing task', async () => {
    const seen: string[] = [];
    let finishA: () => void = () => {};
    const a = new Promise<void>((resolve) => {
      finishA = resolve;
    });
    const result = await runTasks(
      [
        { label: 'A', run: () => a },
        { label: 'B', run: async () => Promise.reject(new Error('404')) },
        { label: 'C', run: async () => finishA() },
      ],
      (done, total, current) => seen.push(`${done}/${total}:${current}`),
    );
    expect(seen.map((step) => step.split(':')[0])).toEqual(['0/3', '1/3', '2/3', '3/3']);
    // A finishes last (C releases it), so it is still named as pending until the end.
    expect(seen.slice(1, 3).every((step) => !step.endsWith(':C'))).toBe(true);
    expect(seen[3]).toBe('3/3:null');
    expect(result.failed).toEqual(['B']);
  });
});
