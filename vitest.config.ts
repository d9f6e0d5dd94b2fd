// Unit and property tests: beside the code as x.test.ts, run in Node.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['game/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Tests assert results, never times; the limit only catches a hang. Whole-game tests take seconds on a busy
    // 2-core machine, so the default 5 s would fail them for load, not for a bug.
    testTimeout: 60_000,
  },
});
