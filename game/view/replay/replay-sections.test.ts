// Names and lines in replays and scenarios are data: a party or option named like an HTML tag reaches the page as
// text. Node has no DOM, so the builders run against a minimal document that records what they do; the real DOM
// is driven in the browser tests. A scan of the sources keeps innerHTML and its kin out of the replay view.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFixture } from './replay-fixture.testkit';
import { sheetElement, transcriptEntry } from './replay-sections';
import { replaySheet } from './sheet-model';
import { timeline } from './timeline-model';
import { transcript } from './transcript-model';

const EVIL = '<img src=x onerror=alert(1)>';

/** Just enough of a DOM element for the builders: children, text, attributes, style properties. */
class FakeElement {
  children: (FakeElement | string)[] = [];
  attributes: Record<string, string> = {};
  className = '';
  style = { setProperty: () => {} };
  constructor(readonly tagName: string) {}
  set textContent(text: string) {
    this.children = [text];
  }
  get textContent(): string {
    return this.children.map((c) => (typeof c === 'string' ? c : c.textContent)).join('');
  }
  setAttribute(name: string, value: string) {
    this.attributes[name] = value;
  }
  append(...nodes: (FakeElement | string)[]) {
    this.children.push(...nodes);
  }
  /** Every element below (and including) this one. */
  all(): FakeElement[] {
    return [this, ...this.children.flatMap((c) => (typeof c === 'string' ? [] : c.all()))];
  }
}

const saved = globalThis.document;
beforeAll(() => {
  (globalThis as { document: unknown }).document = {
    createElement: (tag: string) => new FakeElement(tag.toUpperCase()),
  };
});
afterAll(() => {
  (globalThis as { document: unknown }).document = saved;
});

describe('replay text is rendered as text', () => {
  it('party and option names that look like HTML stay text in the sheet and the transcript', async () => {
    const { scenario, steps } = await openFixture();
    const sc = structuredClone(scenario);
    sc.parties[0]!.name = EVIL; // Northland
    sc.issues[0]!.options[0]!.label = EVIL;
    const state = steps[13]!.state;

    const sheet = sheetElement(replaySheet(sc, state)) as unknown as FakeElement;
    const entries = transcript(sc, state.log).map((i) => transcriptEntry(i) as unknown as FakeElement);
    const t = timeline(sc, steps);
    for (const root of [sheet, ...entries]) {
      expect(root.all().some((e) => e.tagName === 'IMG')).toBe(false);
    }
    expect(sheet.textContent).toContain(`${EVIL} proposed this package`);
    expect(sheet.all().some((e) => e.children.includes(EVIL))).toBe(true); // the label is one text node
    expect(entries.some((e) => e.textContent.includes(`${EVIL}: “We came to settle this.”`))).toBe(true);
    expect(t.items.some((i) => i.label.includes(EVIL))).toBe(true);
  });

  it('the replay view never parses strings as HTML', () => {
    const dir = import.meta.dirname;
    const sources = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    expect(sources).toContain('replay-viewer.ts');
    for (const f of sources) {
      const code = readFileSync(join(dir, f), 'utf8');
      expect(
        /\b(innerHTML|outerHTML|insertAdjacentHTML|createContextualFragment)\b|document\.write/.test(code),
        f,
      ).toBe(false);
    }
  });
});
