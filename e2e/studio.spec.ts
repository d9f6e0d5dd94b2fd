// The scenario studio: opened from the title, it starts from the starter scenario; a mistake typed shows as a
// diagnostic at its line (in the editor and in the problems list), fixing it clears it; the text survives a reload
// (IndexedDB); undo and redo; balance runs in Web Workers with a progress bar to the end (and Stop); Play now opens
// the briefing; the game, which carries its scenario, continues from its save after a reload, and its share link
// opens in a fresh browser at the same final state.
import { mkdirSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { starterScenario } from '../game/content/starter';
import { collectErrors, SCREENSHOTS, seriousViolations, waitForReady } from './fixtures';
import { playTurn, playWithKeys, presetSettings, screenIs, waitForTurn } from './game-helpers';

const STARTER = starterScenario('my-summit', '../assets/schema/scenario.schema.json', '2026-01-01');
/** 1-based line of the first line of the starter containing `needle`. */
const lineOf = (needle: string) => STARTER.split('\n').findIndex((l) => l.includes(needle)) + 1;

const editorText = (page: Page) => page.locator('.cm-content').textContent();
const summary = (page: Page) => page.locator('.studio-problems .studio-summary');

/**
 * Clicks the cursor just after the first `needle` in the editor, found in the lines' text nodes however they wrap.
 * The editor draws only the lines near its viewport: the search scrolls down until the line is drawn.
 */
async function cursorAfter(page: Page, needle: string): Promise<void> {
  await page.locator('.cm-scroller').evaluate((s) => {
    s.scrollTop = 0;
  });
  for (let tries = 0; tries < 40; tries++) {
    const at = await page.evaluate((needle) => {
      for (const line of document.querySelectorAll('.cm-line')) {
        const nodes: Text[] = [];
        const walk = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        for (let n = walk.nextNode(); n; n = walk.nextNode()) nodes.push(n as Text);
        const start = nodes
          .map((n) => n.data)
          .join('')
          .indexOf(needle);
        if (start < 0) continue;
        line.scrollIntoView({ block: 'center' });
        let left = start + needle.length;
        for (const n of nodes) {
          if (left <= n.data.length) {
            const r = document.createRange();
            r.setStart(n, left - 1);
            r.setEnd(n, left);
            const rect = r.getBoundingClientRect();
            return { x: rect.right - 1, y: rect.top + rect.height / 2 };
          }
          left -= n.data.length;
        }
      }
      const scroller = document.querySelector('.cm-scroller') as HTMLElement;
      scroller.scrollTop += 300;
      return null;
    }, needle);
    if (at !== null) {
      await page.mouse.click(at.x, at.y);
      return;
    }
    // The editor draws the lines scrolled to on its next frame.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }
  throw new Error(`no "${needle}" in the editor`);
}

async function openStudio(page: Page): Promise<void> {
  await page.goto('./');
  await waitForReady(page);
  await page.getByRole('button', { name: 'Write a scenario', exact: true }).click();
  await screenIs(page, 'studio');
  await expect(page.getByRole('heading', { name: 'Write a scenario' })).toBeVisible();
}

test('the studio: type a mistake, see it at its line, fix it, reload, balance, play, continue, share', async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const errors = collectErrors(page);
  await presetSettings(page);
  await openStudio(page);
  // The starter scenario, valid and lint-clean.
  await expect(summary(page)).toHaveText('No problems: the file is valid and lints clean.');
  expect(await editorText(page)).toContain('title: A new summit');
  await expect(page.getByText(/packages; \d+ in the zone of possible agreement/)).toBeVisible();
  await expect(page.locator('.statechart-list')).toHaveCount(2);

  // Completion from the schema: a top-level key.
  await cursorAfter(page, 'length: 10 min');
  await page.keyboard.press('Enter');
  await page.keyboard.type('brie');
  await expect(page.locator('.cm-tooltip-autocomplete')).toContainText('briefing');
  await page.keyboard.press('Escape');
  for (let i = 0; i < 5; i++) await page.keyboard.press('Backspace');

  // Hover documentation from the schema, on a key.
  await page.locator('.cm-line', { hasText: 'reservation: 40' }).first().locator('text=reservation').hover();
  await expect(page.locator('.studio-hover')).toContainText('BATNA');

  // A mistake: a reservation above 100. The diagnostic is at that line, in the editor and in the list.
  const line = lineOf('reservation: 40');
  await cursorAfter(page, 'reservation: 40');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('140');
  await expect(summary(page)).toHaveText(/^1 error/);
  await expect(page.locator('.cm-lintRange-error')).toHaveCount(1);
  await expect(page.locator('.cm-lintRange-error')).toHaveText('140');
  const problem = page.locator('.problem').first();
  await expect(problem).toContainText(`${line}:`);
  await expect(problem).toContainText('Error');
  await expect(page.getByRole('button', { name: 'Play now' })).toBeDisabled();
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/studio-error-1280x720.png` });
  expect(await seriousViolations(page)).toEqual([]);

  // Fixed: clean again, and a change of our own to find after the reload.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type('40');
  await cursorAfter(page, 'title: A new summit');
  for (let i = 0; i < 'A new summit'.length; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type('My studio summit');
  // Undo takes the typing back, redo brings it again.
  await page.keyboard.press('Control+z');
  await expect(page.locator('.cm-content')).not.toContainText('title: My studio summit');
  await page.keyboard.press('Control+y');
  await expect(page.locator('.cm-content')).toContainText('title: My studio summit');
  await expect(summary(page)).toHaveText('No problems: the file is valid and lints clean.');
  await expect(page.locator('.studio-saved')).toHaveText('Saved in this browser.');

  // Nothing lost: a reload straight into the studio (?studio) finds the text.
  await page.goto('./?studio');
  await screenIs(page, 'studio');
  await expect(page.locator('.cm-content')).toContainText('title: My studio summit');
  await expect(summary(page)).toHaveText('No problems: the file is valid and lints clean.');

  // Balance: Stop ends a long run; a short one runs to the end with the table of summit balance.
  await page.getByLabel('Runs per cell').selectOption('200');
  await page.getByRole('button', { name: 'Run balance' }).click();
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.locator('.studio-card').getByText(/^Stopped after/)).toBeVisible();
  await page.getByLabel('Runs per cell').selectOption('20');
  await page.getByRole('button', { name: 'Run balance' }).click();
  await expect(page.locator('.studio-progress')).toHaveAttribute('data-done', 'true', { timeout: 60_000 });
  const progress = page.locator('.studio-progress');
  expect(await progress.evaluate((p: HTMLProgressElement) => p.value === p.max && p.max > 0)).toBe(true);
  await expect(page.locator('.balance-table')).toContainText('Balance of my-summit 0.1.0: 20 runs per cell');
  await expect(page.locator('.balance-table')).toContainText('All AI: deals');
  await expect(page.getByText(/^\d[\d,]* games in [\d.]+ s on \d+ workers?\.$/)).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/studio-1280x720.png` });
  expect(await seriousViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.screenshot({ path: `${SCREENSHOTS}/studio-1024x768.png` });
  await page.setViewportSize({ width: 1280, height: 720 });

  // Play now: this scenario's briefing.
  await page.getByRole('button', { name: 'Play now' }).click();
  await screenIs(page, 'briefing');
  await expect(page.getByText('My studio summit').first()).toBeVisible();
  // The starter has no map: the table fills the briefing's canvas, and the game has no Map button.
  await page.screenshot({ path: `${SCREENSHOTS}/studio-briefing-no-map-1280x720.png` });
  await page.getByRole('button', { name: 'Choose your role' }).click();
  await screenIs(page, 'role');
  await page.getByRole('radio', { name: 'Eastland', exact: true }).check();
  await page.getByRole('button', { name: 'Start the summit' }).click();
  await screenIs(page, 'summit');
  await expect(page.getByRole('button', { name: 'Title' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Map (M)' })).toHaveCount(0);

  // The game carries its scenario: its save continues after a reload (the studio's text is in no bundled file).
  expect(await waitForTurn(page)).toBe('turn');
  const proposedIn = new Set<string>();
  expect(await playTurn(page, proposedIn)).toBe('turn');
  const saved = await page.evaluate(() => window.__summit.stateHash());
  await page.goto('./');
  await waitForReady(page);
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await screenIs(page, 'summit');
  expect(await waitForTurn(page)).toBe('turn');
  expect(await page.evaluate(() => window.__summit.stateHash())).toBe(saved);

  // Played to the end, its share link carries the scenario: a fresh browser, which has no draft and no such
  // scenario, plays it back to the same final state.
  await playWithKeys(page);
  await screenIs(page, 'end');
  const finalHash = await page.evaluate(() => window.__summit.stateHash());
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  expect(link).toContain('#r1.');
  expect(errors).toEqual([]);
  const fresh = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const p2 = await fresh.newPage();
  const freshErrors = collectErrors(p2);
  await p2.goto(link);
  await p2.waitForFunction(() => window.__summit?.screen === 'replay', undefined, { timeout: 60_000 });
  await expect(p2.getByText('My studio summit').first()).toBeVisible();
  await p2.keyboard.press('End');
  await expect.poll(() => p2.evaluate(() => window.__summit.stateHash())).toBe(finalHash);
  expect(freshErrors).toEqual([]);
  await fresh.close();
});
