import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readCatalogueEntry } from '../../session/catalogue';
import { formatDate, listNames, scenarioCard } from './scenario-card';

const MINI = `format: 1
id: mini
title: A small summit
date: 2025-08-15
place: Anchorage
summary: One line for the scenario card.
length: 20–30 min
parties:
  - { id: us, name: United States }
  - { id: ru, name: Russia }
  - { id: ua, name: Ukraine }
`;

describe('scenario cards', () => {
  it('formats dates and name lists', () => {
    expect(formatDate('2025-08-15')).toBe('15 August 2025');
    expect(formatDate('2025-13-01')).toBe('2025-13-01');
    expect(formatDate('August 2025')).toBe('August 2025');
    expect(listNames([])).toBe('');
    expect(listNames(['A'])).toBe('A');
    expect(listNames(['A', 'B', 'C'])).toBe('A, B and C');
  });

  it('builds a card from a scenario file', () => {
    const card = scenarioCard(readCatalogueEntry('mini.yaml', MINI, parse));
    expect(card).toEqual({
      key: 'mini',
      title: 'A small summit',
      meta: '15 August 2025 · Anchorage',
      summary: 'One line for the scenario card.',
      parties: 'United States, Russia and Ukraine',
      length: '20–30 min',
      problem: null,
    });
  });

  it('lists a broken file with its problem instead of hiding it', () => {
    const entry = readCatalogueEntry('bad.yaml', 'title: [unclosed', parse);
    expect(entry.card).toBeNull();
    const card = scenarioCard(entry);
    expect(card.title).toBe('bad.yaml');
    expect(card.problem).toContain('summit -- validate scenarios/bad.yaml');
  });

  it('refuses alias bombs and files without a title', () => {
    const bomb = `a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ntitle: x\n`;
    expect(readCatalogueEntry('bomb.yaml', bomb, parse).card).toBeNull();
    expect(readCatalogueEntry('none.yaml', 'id: x\n', parse).error).toBe('has no title');
    expect(readCatalogueEntry('list.yaml', '- a\n', parse).card).toBeNull();
  });
});
