// Every screen size (issue 16): a full Alaska game as Ukraine on a phone (390×844, touch), at 1024×768 and at
// 1366×768. On each screen, every visible control is checked: inside the viewport, not clipped by the box that
// scrolls it, not covered by anything else (elementFromPoint at its centre, after scrolling it into view). Also:
// the table and the map stay on the phone, the first-game guide fits, disabled buttons say why, walking out asks
// first (Escape cancels), axe stays clean, and screenshots of every screen go to e2e/screenshots/.
// AI turns run at once (reduced motion), so each size plays its game in seconds.
import { readFileSync } from 'node:fs';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { collectErrors, SCREENSHOTS, seriousViolations } from './fixtures';
import { playWithKeys, presetSettings, screenIs, startGame, waitForTurn } from './game-helpers';

// Eight delegations, two of them by call in the first session, and no map (scenarios/fixtures/eight-parties.yaml).
const EIGHT = readFileSync('scenarios/fixtures/eight-parties.yaml', 'utf8');

const SIZES = [
  { name: 'phone-390x844', width: 390, height: 844, touch: true },
  { name: '1024x768', width: 1024, height: 768, touch: false },
  { name: '1366x768', width: 1366, height: 768, touch: false },
] as const;

/** A fresh page in its own context at one of the sizes (a phone gets touch and mobile emulation). */
async function pageAt(browser: Browser, size: (typeof SIZES)[number]): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: size.width, height: size.height },
    hasTouch: size.touch,
    isMobile: size.touch,
  });
  return context.newPage();
}

/**
 * The visible controls that are covered, clipped or outside the viewport, each as one line. A control inside a
 * scrolling box is scrolled into view first (the box may scroll; the page itself must not need to).
 */
function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const selector = 'button, select, input, a[href], summary, [tabindex]:not([tabindex="-1"])';
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    const name = (n: Element) =>
      `${n.tagName.toLowerCase()} "${(n.getAttribute('aria-label') ?? n.textContent ?? '').trim().slice(0, 40)}"`;
    // While a modal (the walk-out question) or the guide is open, the page behind is not in play: check only it.
    const scope: ParentNode = document.querySelector('dialog[open], .coach') ?? document;
    for (const node of scope.querySelectorAll<HTMLElement>(selector)) {
      if (node.closest('#stage')) continue;
      const style = getComputedStyle(node);
      if (node.offsetParent === null && style.position !== 'fixed') continue; // not rendered
      if (style.visibility === 'hidden' || (node instanceof HTMLInputElement && node.type === 'file')) continue;
      // Inside a closed <details> (the role screen's seed): laid out by Chromium but not shown, nor reachable.
      const details = node.closest('details');
      if (details && !details.open && !node.closest('summary')) continue;
      // A scrolling region that takes focus itself (role=region) may be taller than the screen: its top must show.
      const region = node.getAttribute('role') === 'region' || node.tagName === 'OL';
      node.scrollIntoView({ block: region ? 'start' : 'nearest', inline: 'nearest' });
      const r = node.getBoundingClientRect();
      if (r.width < 1 || r.height < 1) continue;
      if (r.left < -1 || r.top < -1 || r.right > vw + 1 || (!region && r.bottom > vh + 1)) {
        problems.push(
          `${name(node)} outside the viewport (${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}×${Math.round(r.height)})`,
        );
        continue;
      }
      // Clipped by an ancestor that hides overflow.
      for (let a = node.parentElement; a && a !== document.body; a = a.parentElement) {
        const o = getComputedStyle(a);
        if (o.display === 'contents' || (o.overflowX === 'visible' && o.overflowY === 'visible')) continue;
        const b = a.getBoundingClientRect();
        const bottom = region ? r.top + 10 : r.bottom;
        if (r.left < b.left - 1 || r.right > b.right + 1 || r.top < b.top - 1 || bottom > b.bottom + 1) {
          problems.push(`${name(node)} clipped by ${a.tagName.toLowerCase()}.${a.className}`);
          break;
        }
      }
      // Covered: what is at its centre must be the control or inside it (a label for it counts as itself).
      const x = r.left + r.width / 2;
      const y = region ? r.top + Math.min(10, r.height / 2) : r.top + r.height / 2;
      const hit = document.elementFromPoint(x, y);
      const labelled = hit instanceof HTMLLabelElement && hit.control === node;
      if (hit && hit !== node && !node.contains(hit) && !labelled) {
        problems.push(`${name(node)} covered by ${hit.tagName.toLowerCase()}.${(hit as HTMLElement).className}`);
      }
    }
    // The page itself never scrolls: every panel has its own scrolling part.
    if (document.scrollingElement && document.scrollingElement.scrollHeight > vh + 1) problems.push('the page scrolls');
    return problems;
  });
}

/**
 * At a laptop's 768 px: the deal sheet's rows, the value meters, every action button and the latest transcript
 * line, each as one line saying what is not in view together, with nothing scrolled (the page, nor the panel's
 * scrolling part).
 */
function dockProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const scroller = document.querySelector<HTMLElement>('.side-panel.summit .side-scroll');
    if (!scroller) return ['no side panel'];
    scroller.scrollTop = 0;
    document.scrollingElement?.scrollTo(0, 0);
    const area = scroller.getBoundingClientRect();
    const inside = (r: DOMRect, b: { top: number; bottom: number; left: number; right: number }) =>
      r.height > 0 && r.top >= b.top - 1 && r.bottom <= b.bottom + 1 && r.left >= b.left - 1 && r.right <= b.right + 1;
    const screen = { top: 0, left: 0, bottom: window.innerHeight, right: window.innerWidth };
    const rows = [...document.querySelectorAll<HTMLElement>('.deal-table tbody tr')];
    if (rows.length === 0) problems.push('no deal-sheet rows');
    for (const row of rows) {
      const r = row.getBoundingClientRect();
      if (!inside(r, screen) || !inside(r, area))
        problems.push(`row "${row.querySelector('th')?.textContent}" not in view (top ${Math.round(r.top)})`);
    }
    // The values of the packages (the meters): in view with the rows, covering none of them.
    const meters = [...document.querySelectorAll<HTMLElement>('.meter:not([hidden]) > *')];
    if (meters.length === 0) problems.push('no value meter');
    for (const part of meters) {
      const r = part.getBoundingClientRect();
      const what = `meter "${part.closest('.meter')?.querySelector('.meter-label')?.textContent}" (${part.className})`;
      if (!inside(r, screen) || !inside(r, area)) problems.push(`${what} not in view (top ${Math.round(r.top)})`);
      for (const row of rows) {
        const o = row.getBoundingClientRect();
        if (r.top < o.bottom - 1 && o.top < r.bottom - 1)
          problems.push(`${what} covers row "${row.querySelector('th')?.textContent}"`);
      }
    }
    for (const b of document.querySelectorAll<HTMLElement>('.action-button')) {
      if (!inside(b.getBoundingClientRect(), screen)) problems.push(`button "${b.textContent}" not in view`);
    }
    const latest = document.querySelector<HTMLElement>('.latest-line');
    if (!latest?.textContent?.trim()) problems.push('no latest line');
    else if (!inside(latest.getBoundingClientRect(), screen)) problems.push('the latest line is not in view');
    return problems;
  });
}

/** The smallest font size (px) of any text shown inside `selector` (a hidden note, as .option-full, aside). */
function smallestText(page: Page, selector: string): Promise<number> {
  return page.evaluate((sel) => {
    let smallest = Number.POSITIVE_INFINITY;
    const root = document.querySelector(sel);
    if (!root) return 0;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (!parent || !n.textContent?.trim() || parent.closest('.visually-hidden')) continue;
      if (parent.getClientRects().length === 0) continue; // not rendered
      smallest = Math.min(smallest, Number.parseFloat(getComputedStyle(parent).fontSize));
    }
    // Option texts inside a closed select are drawn in the select's font.
    for (const select of root.querySelectorAll('select'))
      smallest = Math.min(smallest, Number.parseFloat(getComputedStyle(select).fontSize));
    return smallest;
  }, selector);
}

/**
 * What is wrong with the table as drawn (window.__summit.tableBoxes(): name plates, desk flags, mood chips, "you"
 * tags, "by call" screens and the speech bubble): two boxes that intersect, or one outside the band between the
 * header and the ticker.
 */
/** Whether an element's box leaves the viewport. */
async function outsideViewport(page: Page, locator: ReturnType<Page['locator']>): Promise<boolean> {
  const box = await locator.boundingBox();
  const view = page.viewportSize();
  if (box === null || view === null) return true;
  return box.x < 0 || box.y < 0 || box.x + box.width > view.width || box.y + box.height > view.height;
}

function tableProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const t = window.__summit.tableBoxes();
    if (!t) return ['no table drawn'];
    const problems: string[] = [];
    const name = (b: { kind: string; party: string }) => `${b.party}'s ${b.kind}`;
    const e = 0.5;
    for (const [i, a] of t.boxes.entries()) {
      if (a.x < -e || a.y < t.top - e || a.x + a.w > t.width + e || a.y + a.h > t.bottom + e)
        problems.push(
          `${name(a)} outside the table (${Math.round(a.x)},${Math.round(a.y)} ${Math.round(a.w)}×${Math.round(a.h)})`,
        );
      for (const b of t.boxes.slice(i + 1)) {
        const overlap = a.x < b.x + b.w - e && b.x < a.x + a.w - e && a.y < b.y + b.h - e && b.y < a.y + a.h - e;
        if (overlap) problems.push(`${name(a)} overlaps ${name(b)}`);
      }
    }
    return problems;
  });
}

for (const size of SIZES) {
  test(`eight delegations and no map at ${size.name}: nothing on the table overlaps`, async ({ browser }) => {
    test.setTimeout(120_000);
    const page = await pageAt(browser, size);
    const errors = collectErrors(page);
    const check = async (name: string) => {
      await page.screenshot({ path: `${SCREENSHOTS}/screens-eight-${name}-${size.name}.png` });
      expect(await layoutProblems(page), `${name} at ${size.name}`).toEqual([]);
    };
    await presetSettings(page, { guideSeen: !size.touch });
    await page.route('**/eight-parties.yaml', (route) =>
      route.fulfill({ status: 200, contentType: 'text/yaml', body: EIGHT }),
    );
    await page.goto('./?scenario=eight-parties.yaml');
    await screenIs(page, 'briefing');
    // Without a map, the briefing does not point at one.
    await expect(page.locator('body')).not.toContainText(/map (beside|above) this panel/i);
    await check('briefing');
    await page.getByRole('button', { name: 'Choose your role' }).click();
    await screenIs(page, 'role');
    // Ireland chairs: in no issue's consent, it is marked as having no vote.
    await expect(page.getByRole('radio', { name: 'Ireland (no vote)', exact: true })).toHaveCount(1);
    // Greece speaks after others: the first proposal is on the table at its first turn.
    await page.getByRole('radio', { name: 'Hellenic Republic', exact: true }).check();
    await check('role');
    await page.getByRole('button', { name: 'Start the summit' }).click();
    await screenIs(page, 'summit');
    if (size.touch) {
      // The guide speaks of no map and no keys here.
      const guide = page.locator('.coach');
      await expect(guide).toBeVisible();
      for (let i = 0; i < 3; i++) {
        await expect(guide).not.toContainText(/\bmap\b|Press|\([A-Z]\)/i);
        await guide.getByRole('button', { name: /Next|Start negotiating/ }).tap();
      }
      await expect(guide).toBeHidden();
    }
    expect(await waitForTurn(page)).toBe('turn');
    // No map: no Map button.
    await expect(page.getByRole('button', { name: /^Map/ })).toHaveCount(0);
    // The first session: six at the table, two on screens.
    await expect
      .poll(async () => (await page.evaluate(() => window.__summit.tableBoxes()))?.boxes.length ?? 0)
      .toBeGreaterThan(8);
    const first = await page.evaluate(() => window.__summit.tableBoxes()!.boxes);
    expect(first.filter((b) => b.kind === 'plate')).toHaveLength(6);
    expect(first.filter((b) => b.kind === 'screen')).toHaveLength(2);
    // Ireland, by call and without a vote, says so on its screen as a seat's plate would; Portugal votes.
    const marks = Object.fromEntries(first.filter((b) => b.kind === 'screen').map((b) => [b.party, b.mark ?? null]));
    expect(marks).toEqual({ portugal: null, ireland: 'no vote' });
    await check('summit');
    expect(await tableProblems(page)).toEqual([]);
    if (!size.touch) {
      // Ten issues: at the first proposal every row of the deal sheet, the buttons and the latest line are in view
      // at once, nothing scrolled, and the rows' text stays readable.
      await expect(page.locator('.table-status')).toContainText('On the table:');
      await expect(page.locator('.deal-table tbody tr')).toHaveCount(10);
      expect(await dockProblems(page), `ten issues at ${size.name}`).toEqual([]);
      expect(await smallestText(page, '.deal-table'), `deal-sheet text at ${size.name}`).toBeGreaterThanOrEqual(12);
      // A cut issue name is whole in its title (hover) and while its row has the keyboard's focus.
      const row = page.locator('.deal-table tbody tr').filter({ hasText: 'Money for migr' });
      const name = row.locator('th');
      const isCut = () => name.evaluate((n) => n.scrollWidth > n.clientWidth + 1);
      expect(await isCut()).toBe(true);
      await expect(name.locator('label')).toHaveAttribute('title', 'Money for migration and borders');
      await row.locator('select').focus();
      expect(await isCut()).toBe(false);
      await expect(name).toHaveText('Money for migration and borders');
      await page.screenshot({ path: `${SCREENSHOTS}/screens-eight-dense-focus-${size.name}.png` });
      await row.locator('select').blur();
    }
    // Passing to the night session: all eight at the table.
    let at = 'turn';
    for (let i = 0; i < 40 && at === 'turn'; i++) {
      const plates = await page.evaluate(
        () => window.__summit.tableBoxes()?.boxes.filter((b) => b.kind === 'plate').length,
      );
      if (plates === 8) break;
      const hash = await page.evaluate(() => window.__summit.stateHash());
      await page.keyboard.press(' ');
      at = await waitForTurn(page, hash);
    }
    expect(at).toBe('turn');
    await expect
      .poll(
        async () =>
          (await page.evaluate(() => window.__summit.tableBoxes()))?.boxes.filter((b) => b.kind === 'plate').length,
      )
      .toBe(8);
    await check('summit-eight');
    expect(await tableProblems(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
}

for (const size of SIZES) {
  test(`every screen fits at ${size.name}: a full game as Ukraine`, async ({ browser }) => {
    test.setTimeout(150_000);
    const page = await pageAt(browser, size);
    const errors = collectErrors(page);
    const shot = (name: string) => page.screenshot({ path: `${SCREENSHOTS}/screens-${name}-${size.name}.png` });
    const check = async (name: string) => {
      await shot(name);
      expect(await layoutProblems(page), `${name} at ${size.name}`).toEqual([]);
      expect(await seriousViolations(page), `axe: ${name} at ${size.name}`).toEqual([]);
    };
    // The guide once, on the phone (where it used to sit off the screen's edge).
    await presetSettings(page, { guideSeen: !size.touch });
    await page.goto('./');
    await check('title');
    await startGame(page, { party: 'Ukraine', seed: 11, onScreen: (name) => check(name) });
    await screenIs(page, 'summit');
    if (size.touch) {
      const guide = page.getByRole('dialog', { name: 'The deal sheet' });
      await expect(guide).toBeVisible();
      await check('guide');
      // Tapping through the guide: the last step starts the game.
      await page.getByRole('button', { name: 'Next' }).tap();
      await page.getByRole('button', { name: 'Next' }).tap();
      await page.getByRole('button', { name: 'Start negotiating' }).tap();
      await expect(guide).toBeHidden();
    }
    expect(await waitForTurn(page)).toBe('turn');
    // The canvas (the table) keeps a real size beside or above the panel.
    const stage = await page.locator('#stage canvas').boundingBox();
    expect(stage!.width).toBeGreaterThan(size.width * (size.touch ? 0.9 : 0.4));
    expect(stage!.height).toBeGreaterThan(size.height * 0.3);
    // What the phase allows is said before the player tries, and each greyed-out button says why.
    await expect(page.locator('.action-phase')).toHaveText(/on its turn/);
    for (const b of await page.locator('.action-button:disabled').all()) {
      const reason = await b.getAttribute('aria-describedby');
      expect(reason).toBeTruthy();
      await expect(page.locator(`#${reason}`)).toBeVisible();
    }
    // Key hints only where there is a keyboard.
    await expect(page.locator('.action-button kbd').first()).toBeVisible({ visible: !size.touch });
    await check('summit');
    if (!size.touch) {
      // The first proposal is on the table: its rows, the buttons and the latest line in view at once.
      await expect(page.locator('.table-status')).toContainText('On the table:');
      expect(await dockProblems(page), `deal sheet, actions and latest line at ${size.name}`).toEqual([]);
      // What the phase allows is folded here, behind a toggle that opens it (and says so to screen readers).
      const toggle = page.getByRole('button', { name: 'What you can do' });
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await expect(page.locator('.action-phase')).toBeHidden();
      await toggle.press('Enter');
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      await expect(page.locator('.action-phase')).toBeVisible();
      await shot('summit-info');
      await toggle.click();
      await expect(page.locator('.action-phase')).toBeHidden();
      // An option name the closed drop-down cuts is shown whole while it has the keyboard's focus, in the viewport;
      // a name that fits shows no note. (The first select is narrowed so that its name is surely cut.)
      const selects = page.locator('.deal-sheet select');
      for (const select of await selects.all()) {
        await select.focus();
        const note = select.locator('xpath=following-sibling::span[@class="option-full"]');
        if (await note.isVisible()) {
          await expect(note).toHaveText((await select.getAttribute('title')) ?? '');
          expect(await outsideViewport(page, note), `cut option note at ${size.name}`).toBe(false);
        }
      }
      const first = selects.first();
      await first.evaluate((n) => {
        (n as HTMLSelectElement).style.width = '4rem';
      });
      await first.blur();
      await first.focus();
      const note = first.locator('xpath=following-sibling::span[@class="option-full"]');
      await expect(note).toBeVisible();
      await expect(note).toHaveText((await first.getAttribute('title')) ?? '');
      await shot('summit-option-full');
      await first.blur();
      await expect(note).toBeHidden();
      await first.evaluate((n) => {
        (n as HTMLSelectElement).style.width = '';
      });
    }
    // The table as drawn: Russia on its "by call" screen beside three seats, nothing overlapping.
    expect((await page.evaluate(() => window.__summit.tableBoxes()))?.boxes.some((b) => b.kind === 'screen')).toBe(
      true,
    );
    expect(await tableProblems(page)).toEqual([]);
    // The map replaces the table, in the same place.
    await page.getByRole('button', { name: /^Map/ }).click();
    await check('summit-map');
    await page.getByRole('button', { name: /^Map/ }).click();
    // Walking out asks first; Escape keeps the player at the table.
    const walk = page.locator('[data-action="party.walkOut"]');
    if (await walk.isEnabled()) {
      await walk.click();
      const dialog = page.getByRole('alertdialog');
      await expect(dialog).toBeVisible();
      await expect(dialog).toContainText('will not be held');
      await expect(dialog.getByRole('button', { name: 'Stay at the table' })).toBeFocused();
      await check('walk-out');
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(page.locator('#actions-title')).toHaveText('Your move, Ukraine');
    }
    await playWithKeys(page);
    await screenIs(page, 'end');
    await check('end');
    expect(errors).toEqual([]);
    await page.context().close();
  });
}
