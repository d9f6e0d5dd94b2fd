// The statechart diagrams in the browser: the replay viewer's Statecharts section draws a party's chart (ELK laid
// out, SVG; the stance region and one region per demand) with its active states lit and, at a step where the party changed stance, the transition taken marked
// with its cause; the debrief and the briefing of an opened scenario file show them too. Screenshots of both.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { runCaptured } from '../game/cli/capture';
import { collectErrors, SCREENSHOTS, seriousViolations, waitForReady } from './fixtures';
import { presetSettings, screenIs } from './game-helpers';

/** An all-AI Alaska game's replay file, recorded by `summit simulate` (the same engine as the page). */
function alaskaReplay(seed: number): string {
  const file = join(mkdtempSync(join(tmpdir(), 'summit-e2e-')), `alaska-${seed}.summit.json`);
  const r = runCaptured('simulate', 'alaska-2025', '--seed', String(seed), '--replay-out', file);
  expect(r.code, r.err).toBe(0);
  return file;
}

async function openReplayFile(page: Page, file: string): Promise<void> {
  await page.goto('./');
  await waitForReady(page);
  await page.getByRole('button', { name: 'Open a replay' }).click();
  await screenIs(page, 'open-replay');
  await page.locator('input[type=file]').setInputFiles({
    name: 'alaska.summit.json',
    mimeType: 'application/json',
    buffer: readFileSync(file),
  });
  await screenIs(page, 'replay');
}

test('the replay viewer draws a party’s statechart, its state lit and the transition just taken marked', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors = collectErrors(page);
  await presetSettings(page);
  await openReplayFile(page, alaskaReplay(7));

  const section = page.locator('details.replay-section-charts');
  await section.locator('summary').click();
  const charts = section.locator('.statecharts');
  await charts.getByLabel('Party').selectOption('russia');
  const svg = charts.locator('svg.summit-chart[data-party="russia"]');
  await expect(svg).toBeVisible();
  // The chart is parallel: the stance region and one region per demand (Moscow's territory, nato, withdrawal …).
  const regions = await svg.locator('.sc-region').count();
  expect(regions).toBeGreaterThan(1);
  await expect(svg.locator('.sc-region[data-state="territory"]')).toBeVisible();
  // At the start Moscow is in its initial stance: one state lit per region, nothing taken yet.
  await expect(svg.locator('.sc-state.is-active')).toHaveCount(regions);
  await expect(svg.locator('.sc-state.is-active[data-state^="stance/"]')).toHaveAttribute(
    'data-state',
    'stance/maximalist',
  );
  await expect(svg.locator('.sc-edge.is-taken')).toHaveCount(0);

  // Step on until Moscow changes stance: the edge it took is marked and its cause written under the chart.
  const lit = charts.locator('svg.summit-chart .sc-state.is-active[data-state^="stance/"]');
  let stance = 'stance/maximalist';
  for (let i = 0; i < 80 && stance === 'stance/maximalist'; i++) {
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.replay-position')).not.toBeEmpty();
    await expect(lit).toHaveCount(1);
    stance = (await lit.getAttribute('data-state')) ?? '';
  }
  expect(stance).not.toBe('stance/maximalist');
  await expect(charts.locator('svg.summit-chart .sc-state.is-active')).toHaveCount(regions);
  expect(await charts.locator('svg.summit-chart .sc-edge.is-taken').count()).toBeGreaterThan(0);
  await expect(charts.locator('svg.summit-chart .sc-caption')).toContainText(/^Just taken: \S+ → \S+ on [\w.-]+/);
  await expect(charts.locator('.statecharts-taken')).toContainText(/^Just taken: \S+ → \S+ on [\w.-]+, \S/);
  // The lit state's text is readable: drawn at 14 px, the diagram not scaled down.
  const box = await lit.locator('rect').boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(30);
  await charts.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOTS}/statecharts-replay-1280x720.png` });

  // The debrief of the step carries them too.
  await page.getByRole('button', { name: 'Debrief', exact: true }).click();
  const debrief = page.getByTestId('debrief');
  await debrief.locator('details.debrief-charts summary').click();
  await expect(debrief.locator('svg.summit-chart .sc-state.is-active[data-state^="stance/"]')).toHaveCount(1);
  await debrief.locator('.debrief-charts .statecharts-box').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOTS}/statecharts-debrief-1280x720.png` });
  // Moscow's demand regions, each with the state it ended in lit.
  await debrief.locator('.debrief-charts').getByLabel('Party').selectOption('russia');
  const russia = debrief.locator('svg.summit-chart[data-party="russia"]');
  await expect(russia.locator('.sc-state.is-active')).toHaveCount(await russia.locator('.sc-region').count());
  for (const region of ['territory', 'nato', 'withdrawal']) {
    await expect(russia.locator(`.sc-region[data-state="${region}"]`)).toBeVisible();
    await expect(russia.locator(`.sc-state.is-active[data-state^="${region}/"]`)).toHaveCount(1);
  }
  await russia.locator('.sc-region[data-state="territory"]').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOTS}/statecharts-regions-1280x720.png` });
  expect(errors).toEqual([]);
});

test('an opened scenario file’s briefing shows its statecharts', async ({ page }) => {
  test.setTimeout(60_000);
  const errors = collectErrors(page);
  await presetSettings(page);
  await page.goto('./');
  await waitForReady(page);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await screenIs(page, 'scenarios');
  await page.locator('dialog.panel-scenarios input[type=file]').setInputFiles({
    name: 'alaska-2025.yaml',
    mimeType: 'application/yaml',
    buffer: readFileSync('scenarios/alaska-2025.yaml'),
  });
  await screenIs(page, 'briefing');
  await page.getByRole('button', { name: 'Show the statecharts' }).click();
  const panel = page.locator('dialog.panel-statecharts');
  await expect(panel.locator('svg.summit-chart[data-party="us"]')).toBeVisible();
  // Nothing is lit before a game; every state of the chart is drawn: four stances, and the two states of the
  // sanctions-lever region (Washington's demand that sanctions are not lifted for nothing).
  await expect(panel.locator('.sc-state.is-active')).toHaveCount(0);
  await expect(panel.locator('.sc-state')).toHaveCount(6);
  await expect(panel.locator('.sc-region[data-state="sanctions-lever"]')).toBeVisible();
  await panel.getByLabel('Party').selectOption('ukraine');
  await expect(panel.locator('svg.summit-chart[data-party="ukraine"]')).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/statecharts-briefing-1280x720.png` });
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  expect(errors).toEqual([]);
});
