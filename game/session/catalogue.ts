// The scenario catalogue: the scenario files bundled with the game, read just far enough to draw their cards.
// Full checking is game/content's job; a file that does not even yield a card is listed with its problem,
// so an instructor sees it instead of it silently vanishing.
import { scenarioSources } from './scenario-files';

export interface ScenarioCardData {
  id: string;
  title: string;
  date: string;
  place: string;
  summary: string;
  length: string;
  parties: string[];
}

export interface CatalogueEntry {
  file: string; // e.g. "alaska-2025.yaml"
  card: ScenarioCardData | null;
  error: string | null; // why no card could be read
}

/** File names of the bundled scenarios, known without loading them. */
export function listScenarioFiles(): string[] {
  return Object.keys(scenarioSources)
    .map(fileName)
    .sort((a, b) => a.localeCompare(b));
}

/** Loads every bundled scenario file and reads its card. The YAML parser is loaded only now. */
export async function loadCatalogue(): Promise<CatalogueEntry[]> {
  const { parse } = await import('yaml');
  const paths = Object.keys(scenarioSources).sort((a, b) => a.localeCompare(b));
  const entries: CatalogueEntry[] = [];
  for (const path of paths) {
    const text = await scenarioSources[path]();
    entries.push(readCatalogueEntry(fileName(path), text, parse));
  }
  return entries;
}

type YamlParse = (text: string, options: { maxAliasCount: number; uniqueKeys: boolean }) => unknown;

/** Reads one card from a scenario file's text. Pure apart from the parser passed in (tests give the real one). */
export function readCatalogueEntry(file: string, text: string, parse: YamlParse): CatalogueEntry {
  let doc: unknown;
  try {
    // A small alias cap: a card never needs aliases, and it defuses alias bombs before content sees the file.
    doc = parse(text, { maxAliasCount: 50, uniqueKeys: true });
  } catch (e) {
    return { file, card: null, error: `not readable YAML (${firstLine(e)})` };
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    return { file, card: null, error: 'not a scenario (expected a mapping at the top)' };
  }
  const d = doc as Record<string, unknown>;
  const title = str(d.title);
  if (title === '') return { file, card: null, error: 'has no title' };
  const parties = Array.isArray(d.parties)
    ? d.parties
        .map((p) => (typeof p === 'object' && p !== null ? str((p as Record<string, unknown>).name) : ''))
        .filter((name) => name !== '')
    : [];
  return {
    file,
    card: {
      id: str(d.id),
      title,
      date: str(d.date),
      place: str(d.place),
      summary: str(d.summary),
      length: str(d.length),
      parties,
    },
    error: null,
  };
}

function str(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  // YAML reads an unquoted 2025-08-15 as a string by default; a Date only appears with custom schemas.
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return '';
}

function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function firstLine(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  return message.split('\n')[0];
}
