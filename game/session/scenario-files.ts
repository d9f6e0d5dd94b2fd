// The scenario files bundled into the game at build time (Vite glob). Lazy: each file's text is fetched only
// when the catalogue is opened, so the title screen does not wait for them.
export const scenarioSources: Record<string, () => Promise<string>> = import.meta.glob<string>(
  '../../scenarios/*.yaml',
  { query: '?raw', import: 'default' },
);

/**
 * Earlier released versions of the bundled scenarios, `archive/<id>@<version>.yaml`: a replay, link or save made
 * with one of them still opens and verifies after the scenario changed. Never listed in the catalogue.
 */
export const archivedSources: Record<string, () => Promise<string>> = import.meta.glob<string>(
  '../../scenarios/archive/*.yaml',
  { query: '?raw', import: 'default' },
);
