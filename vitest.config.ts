// Unit and property tests: beside the code as x.test.ts, run in Node.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['game/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
