import { describe, expect, it } from 'vitest';
import { startLoading } from './load-plan';

/** A font set whose loads the test settles one by one. */
function fakeFonts() {
  const settle: ((ok: boolean) => void)[] = [];
  const fonts = {
    load: () =>
      new Promise<FontFace[]>((resolve, reject) => {
        settle.push((ok) => (ok ? resolve([{} as FontFace]) : reject(new Error('offline'))));
      }),
  } as unknown as FontFaceSet;
  return { fonts, settle };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('startLoading', () => {
  it('is settled only once every face has arrived or failed', async () => {
    const { fonts, settle } = fakeFonts();
    const loading = startLoading(fonts);
    expect(loading.tasks.length).toBe(settle.length);
    expect(loading.tasks.length).toBeGreaterThan(1);
    expect(loading.settled()).toBe(false);
    for (const s of settle.slice(0, -1)) s(true);
    await flush();
    expect(loading.settled()).toBe(false);
    settle.at(-1)!(false);
    await flush();
    expect(loading.settled()).toBe(true);
    // A failed face is reported by its task (Preload lists it), not thrown at start-up.
    await expect(loading.tasks.at(-1)!.run()).rejects.toThrow('offline');
  });

  it('counts a face the browser does not know as finished (failed)', async () => {
    const fonts = { load: () => Promise.resolve([]) } as unknown as FontFaceSet;
    const loading = startLoading(fonts);
    await flush();
    expect(loading.settled()).toBe(true);
    await expect(loading.tasks[0]!.run()).rejects.toThrow('no font face');
  });
});
