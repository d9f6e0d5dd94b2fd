// Playwright drives the built game (dist/, served by `vite preview`) in Chromium. `npm run test:e2e` builds first.
// Chromium: $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own download.
import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

function chromiumPath(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined;
}

// E2E_PORT and E2E_DIST let a run use its own server and build (several checkouts on one machine).
const PORT = Number(process.env.E2E_PORT ?? 4173);
const DIST = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: 'e2e',
  // One worker: the game is one page against one preview server, and CI machines have two cores.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1280, height: 720 },
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath(),
      // Playwright adds --no-sandbox and --enable-unsafe-swiftshader itself (WebGL on SwiftShader). Tests are silent,
      // and Chromium's own background connections are off: CI machines have no network beyond the registries.
      args: [
        '--mute-audio',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort --outDir ${DIST}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
