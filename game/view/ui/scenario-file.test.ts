import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fetchScenario, MAX_SCENARIO_FILE_BYTES, openScenarioFile, scenarioParam } from './scenario-file';

const TUTORIAL = readFileSync('scenarios/tutorial.yaml', 'utf8');
const BROKEN = readFileSync('scenarios/fixtures/broken/04-unknown-field.yaml', 'utf8');
const PAGE = 'https://summit.example/play/?scenario=x.yaml';

const answer = (body: string, status = 200) => (async () => new Response(body, { status })) as typeof fetch;

describe('scenario files opened in the browser', () => {
  it('compiles a good file and names it', async () => {
    const opened = await openScenarioFile(new File([TUTORIAL], 'tutorial.yaml'));
    expect(opened.ok && opened.scenario.id).toBe('tutorial');
  });

  it('gives the same file:line:col lines as summit validate', async () => {
    const opened = await openScenarioFile(new File([BROKEN], '04-unknown-field.yaml'));
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.errors[0]).toMatch(/^04-unknown-field\.yaml:22:5: unknown field "delegaton"/);
  });

  it('refuses files that are too big or not YAML, with a sentence', async () => {
    const big = await openScenarioFile(new File(['a'.repeat(MAX_SCENARIO_FILE_BYTES + 1)], 'big.yaml'));
    expect(!big.ok && big.errors[0]).toContain('bigger than 1 MB');
    const png = await openScenarioFile(new File(['x'], 'map.png'));
    expect(!png.ok && png.errors[0]).toContain('not a scenario file');
  });

  it('reads ?scenario= and fetches only from the same site', async () => {
    expect(scenarioParam(PAGE)).toBe('x.yaml');
    expect(scenarioParam('https://summit.example/')).toBeNull();
    const same = await fetchScenario('scenarios/tutorial.yaml', PAGE, answer(TUTORIAL));
    expect(same.ok && same.name).toBe('tutorial.yaml');
    const other = await fetchScenario('https://elsewhere.example/t.yaml', PAGE, answer(TUTORIAL));
    expect(!other.ok && other.errors[0]).toContain('only opens scenario files from its own site');
    const missing = await fetchScenario('gone.yaml', PAGE, answer('', 404));
    expect(!missing.ok && missing.errors[0]).toContain('HTTP 404');
  });
});
