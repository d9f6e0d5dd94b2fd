// A scenario of the player's own: dropped on the scenario choice it is checked like `summit validate`, played at
// once, and its save, which carries the text, continues after a reload; a broken one lists its file:line:col errors
// and the panel stays; ?scenario= opens one from the same site.
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { collectErrors, waitForReady } from './fixtures';
import { playTurn, presetSettings, screenIs, waitForTurn } from './game-helpers';

const TUTORIAL = readFileSync('scenarios/tutorial.yaml', 'utf8');
// A title of its own proves the game plays the dropped text, not the bundled tutorial of the same name.
const MY_TITLE = 'My Old Bridge, from a file';
const MINE = TUTORIAL.replace('title: "Tutorial: the Old Bridge"', `title: "${MY_TITLE}"`);
const BROKEN_NAME = '04-unknown-field.yaml';
const BROKEN = readFileSync(`scenarios/fixtures/broken/${BROKEN_NAME}`, 'utf8');
// "# expect: 22:5 unknown field …": where `summit validate` reports the error.
const EXPECTED_AT = /^# expect: (\d+:\d+)/.exec(BROKEN)![1];

async function openScenarioChoice(page: Page): Promise<void> {
  await page.goto('./');
  await waitForReady(page);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await screenIs(page, 'scenarios');
  await expect(page.getByRole('heading', { name: 'Open a scenario file' })).toBeVisible();
}

/** Drops a file built from `text` on the scenario panel, as the browser does for a file dragged from the desktop. */
async function dropFile(page: Page, text: string, name: string): Promise<void> {
  const data = await page.evaluateHandle(
    ({ text, name }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], name, { type: 'application/yaml' }));
      return dt;
    },
    { text, name },
  );
  const panel = page.locator('dialog.panel-scenarios');
  await panel.dispatchEvent('dragover', { dataTransfer: data });
  await panel.dispatchEvent('drop', { dataTransfer: data });
}

async function startAsMillford(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Choose your role' }).click();
  await screenIs(page, 'role');
  await page.getByRole('radio', { name: 'Town of Millford', exact: true }).check();
  await page.getByRole('button', { name: 'Start the summit' }).click();
}

test('a scenario file dropped on the choice is briefed and played; its save continues from the text it carries', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const errors = collectErrors(page);
  await presetSettings(page);
  await openScenarioChoice(page);
  await dropFile(page, MINE, 'my-bridge.yaml');
  await screenIs(page, 'briefing');
  await expect(page.getByText(MY_TITLE).first()).toBeVisible();
  await startAsMillford(page);
  const at = await waitForTurn(page);
  expect(at).toBe('turn');
  const before = (await page.evaluate(() => window.__summit.stateHash())) as string;
  await waitForTurn(page);
  await playTurn(page, new Set());
  const saved = await page.evaluate(() => window.__summit.stateHash());
  expect(saved).not.toBe(before);

  // The save carries the file's text (the browser cannot read the file again): Continue resumes the same game.
  await page.reload();
  await waitForReady(page);
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await screenIs(page, 'summit');
  expect(await waitForTurn(page)).toBe('turn');
  expect(await page.evaluate(() => window.__summit.stateHash())).toBe(saved);

  // A save of an earlier build carried no text: it only names the file, and Continue says to open it again.
  await page.evaluate(() => {
    for (const key of ['summit.save.v1', 'summit.save.previous.v1']) {
      const text = localStorage.getItem(key);
      if (text === null) continue;
      const record = JSON.parse(text);
      delete record.replay.scenarioText;
      localStorage.setItem(key, JSON.stringify(record));
    }
  });
  await page.reload();
  await waitForReady(page);
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('open the file again');
  expect(errors).toEqual([]);
});

test('a broken scenario file lists its errors as file:line:col and the choice stays', async ({ page }) => {
  const errors = collectErrors(page);
  await openScenarioChoice(page);
  await dropFile(page, BROKEN, BROKEN_NAME);
  const alert = page.locator('.scenario-file-errors[role="alert"]');
  await expect(alert).toContainText(`${BROKEN_NAME}:${EXPECTED_AT}: unknown field "delegaton"`);
  await expect(alert).toContainText(`${BROKEN_NAME} has`);
  await expect.poll(() => page.evaluate(() => window.__summit.screen)).toBe('scenarios');
  await expect(page.locator('dialog.panel-scenarios')).toBeVisible();

  // The file picker takes the same path; a file that is not YAML gets a sentence.
  await page.locator('input.scenario-file-input').setInputFiles({
    name: 'notes.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('<b>not a scenario</b>'),
  });
  await expect(alert).toContainText('not a scenario file');
  await expect(alert.locator('b')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('?scenario= opens a scenario from the same site, and refuses another site', async ({ page }) => {
  test.setTimeout(60_000);
  await presetSettings(page);
  await page.route('**/test-scenario.yaml', (route) =>
    route.fulfill({ status: 200, contentType: 'text/yaml', body: MINE }),
  );
  await page.goto('./?scenario=test-scenario.yaml');
  await screenIs(page, 'briefing');
  await expect(page.getByText(MY_TITLE).first()).toBeVisible();
  await startAsMillford(page);
  expect(await waitForTurn(page)).toBe('turn');

  await page.goto('./?scenario=https://example.com/evil.yaml');
  await screenIs(page, 'scenarios');
  await expect(page.locator('.scenario-file-errors')).toContainText('only opens scenario files from its own site');
});
