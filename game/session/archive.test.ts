// The archive of earlier scenario versions (scenarios/archive/<id>@<version>.yaml): each copy is the version its name
// says, differs from the version the game now plays, and is what bundledScenario returns for a replay, link or save
// that names that version, so games recorded before a scenario's lines changed still play back exactly.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../content/index';
import { bundledScenario } from './bundled';

const dir = join(import.meta.dirname, '..', '..', 'scenarios');
const archived = readdirSync(join(dir, 'archive')).filter((f) => f.endsWith('.yaml'));

describe('scenarios/archive', () => {
  it.each(archived)('%s is the version its name says, an earlier one than the bundled scenario', async (name) => {
    const [, id, version] = /^(.+)@(.+)\.yaml$/.exec(name)!;
    const text = readFileSync(join(dir, 'archive', name), 'utf8');
    const old = parseScenario(text, name);
    const now = parseScenario(readFileSync(join(dir, `${id}.yaml`), 'utf8'), `${id}.yaml`);
    expect(old.ok && now.ok).toBe(true);
    if (!old.ok || !now.ok) return;
    expect([old.value.id, old.value.version]).toEqual([id, version]);
    expect(now.value.version).not.toBe(version);
    expect(await bundledScenario(id!, version)).toEqual({ text, file: name });
  });

  it('keeps the tutorial as it shipped before its lines declared what they are about', () => {
    expect(archived).toContain('tutorial@1.0.0.yaml');
  });
});
