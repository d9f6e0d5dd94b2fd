// What one scenario card shows, as plain strings. The DOM code only places these with textContent.
import type { CatalogueEntry } from '../../session';

export interface ScenarioCardView {
  key: string; // stable, for test ids
  title: string;
  meta: string; // "15 August 2025 · Anchorage, Alaska"
  summary: string;
  parties: string; // "United States, Russia, Ukraine and European allies"
  length: string; // "20–40 min" or ""
  problem: string | null; // set when the file could not be read
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2025-08-15" → "15 August 2025". Anything else is shown as written (fixed month names: no locale drift). */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const month = MONTHS[Number(match[2]) - 1];
  if (month === undefined) return iso;
  return `${Number(match[3])} ${month} ${match[1]}`;
}

/** "A", "A and B", "A, B and C". */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function scenarioCard(entry: CatalogueEntry): ScenarioCardView {
  const key = entry.file.replace(/\.ya?ml$/, '');
  if (entry.card === null) {
    return {
      key,
      title: entry.file,
      meta: '',
      summary: '',
      parties: '',
      length: '',
      problem: `This file could not be read: ${entry.error ?? 'unknown problem'}. Check it with: npm run -s summit -- validate scenarios/${entry.file}`,
    };
  }
  const card = entry.card;
  return {
    key: card.id !== '' ? card.id : key,
    title: card.title,
    meta: [formatDate(card.date), card.place].filter((s) => s !== '').join(' · '),
    summary: card.summary,
    parties: listNames(card.parties),
    length: card.length,
    problem: null,
  };
}
