// Test support: the format-1 fixture replay of the mini scenario, opened the way the browser opens it (Node only:
// it reads the files from disk; imported by the replay view's tests, never by the game).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type OpenedReplay, openReplayText } from '../../session/live';

const root = join(import.meta.dirname, '..', '..', '..');

export const miniYaml = (): string => readFileSync(join(root, 'scenarios/fixtures/mini.yaml'), 'utf8');
export const miniReplayText = (): string =>
  readFileSync(join(root, 'scenarios/fixtures/replays/mini-format1.summit.json'), 'utf8');

/** Opens the fixture, optionally edited (as JSON data) first. */
export async function openFixture(edit?: (r: Record<string, unknown>) => void): Promise<OpenedReplay> {
  const data = JSON.parse(miniReplayText());
  edit?.(data);
  const yaml = miniYaml();
  const r = await openReplayText(JSON.stringify(data), 'mini.summit.json', async (id) =>
    id === 'mini' ? { text: yaml, file: 'mini.yaml' } : null,
  );
  if (!r.ok) throw new Error(r.error);
  return r.value;
}
