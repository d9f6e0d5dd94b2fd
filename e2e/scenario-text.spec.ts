// Scenario text is data, never markup: a party name that is an HTML tag with a handler, served in place of the
// bundled Alaska file, shows as the literal text on every screen and never runs.
import { expect, test } from '@playwright/test';
import { collectErrors } from './fixtures';
import { presetSettings, screenIs, startGame, waitForTurn } from './game-helpers';

const EVIL = '<img src=x onerror=window.__pwned=1>';

test('scenario text containing HTML shows as text', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = collectErrors(page);
  await presetSettings(page);
  // The catalogue imports each scenario's YAML as a JavaScript chunk (Vite's ?raw): serve a changed one.
  let served = false;
  await page.route('**/assets/alaska-2025-*.js', async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace('    name: Ukraine\n', `    name: "${EVIL}"\n`);
    served = body.includes(EVIL);
    await route.fulfill({ response, body });
  });
  await startGame(page, {
    party: EVIL,
    seed: 1,
    onScreen: async (name) => {
      if (name === 'role') await expect(page.getByText(`Confidential brief: ${EVIL}`)).toBeVisible();
    },
  });
  expect(served).toBe(true);
  await screenIs(page, 'summit');
  expect(await waitForTurn(page)).toBe('turn');
  await expect(page.locator('#actions-title')).toHaveText(`Your move, ${EVIL}`);
  const found = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    images: document.querySelectorAll('#ui img').length,
  }));
  expect(found).toEqual({ pwned: undefined, images: 0 });
  expect(errors).toEqual([]);
});
