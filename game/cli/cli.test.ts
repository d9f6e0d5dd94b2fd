// The command line against its contract: exit codes, the file:line:col error lines, simulate's JSON fields and
// determinism, the policies, and usage errors.
import { describe, expect, it } from 'vitest';
import { runCaptured } from './capture';

const run = runCaptured;

const MINI = 'scenarios/fixtures/mini.yaml';
const BROKEN = 'scenarios/fixtures/broken/01-syntax-error.yaml';

describe('summit validate', () => {
  it('exits 0 for a valid file', () => {
    const r = run('validate', MINI);
    expect(r.code).toBe(0);
    expect(r.out).toContain('valid');
  });
  it('exits 1 with file:line:col lines for an invalid file', () => {
    const r = run('validate', BROKEN);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^scenarios\/fixtures\/broken\/01-syntax-error\.yaml:\d+:\d+: /m);
    expect(r.out).not.toMatch(/\n\s+at /); // no stack trace
  });
  it('exits 1 when any of several files is invalid', () => {
    expect(run('validate', MINI, BROKEN).code).toBe(1);
  });
  it('exits 2 for a missing file or no file', () => {
    expect(run('validate', 'nope/missing.yaml').code).toBe(2);
    expect(run('validate').code).toBe(2);
  });
});

describe('summit simulate', () => {
  it('prints the contracted JSON fields', () => {
    const r = run('simulate', MINI, '--seed', '7', '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    for (const k of ['scenario', 'seed', 'outcome', 'package', 'values', 'reservations', 'turns', 'stateHash']) {
      expect(j).toHaveProperty(k);
    }
    expect(j.seed).toBe(7);
    expect(['agreement', 'no-deal', 'walkout']).toContain(j.outcome);
    expect(j.stateHash).toMatch(/^[0-9a-f]{16}$/);
  });
  it('is deterministic for a seed', () => {
    const a = JSON.parse(run('simulate', MINI, '--seed', '11', '--json').out);
    const b = JSON.parse(run('simulate', MINI, '--seed', '11', '--json').out);
    expect(a.stateHash).toBe(b.stateHash);
  });
  it('plays a human seat by each policy', () => {
    for (const policy of ['ai', 'random', 'pushover', 'hardliner']) {
      const r = run('simulate', MINI, '--human', 'south', '--policy', policy, '--json');
      expect(r.code, policy).toBe(0);
      expect(JSON.parse(r.out).policy).toBe(policy);
    }
  });
  it('prints a readable transcript without --json', () => {
    const r = run('simulate', MINI, '--seed', '3');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Outcome:');
    expect(r.out).toContain('State hash:');
  });
  it('refuses an unknown party, policy or flag with exit 2', () => {
    expect(run('simulate', MINI, '--human', 'atlantis').code).toBe(2);
    expect(run('simulate', MINI, '--human', 'south', '--policy', 'chaos').code).toBe(2);
    expect(run('simulate', MINI, '--sed', '1').code).toBe(2);
    expect(run('simulate').code).toBe(2);
  });
  it('exits 1 for an invalid scenario', () => {
    expect(run('simulate', BROKEN).code).toBe(1);
  });
});

describe('summit balance', () => {
  it('reports every party and policy', () => {
    const r = run('balance', MINI, '--runs', '3', '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.runs).toBe(3);
    expect(Object.keys(j.byParty.north).sort()).toEqual(['ai', 'hardliner', 'pushover', 'random']);
    expect(j.allAi).toHaveProperty('dealRate');
    expect(j.allAi).toHaveProperty('meanTurns');
  });
});

describe('usage', () => {
  it('exits 2 on an unknown command', () => {
    expect(run('frobnicate').code).toBe(2);
  });
});

describe('summit replay', () => {
  const FIXTURE = 'scenarios/fixtures/replays/mini-format1.summit.json';
  it('still verifies the committed format-1 replay (change it only with a migration)', () => {
    const r = run('replay', 'verify', FIXTURE, '--scenario', MINI);
    expect(r.out).toContain('verified');
    expect(r.code).toBe(0);
  });
  it('still verifies the committed Alaska replay of rules revision 2 (recorded before the log became data)', () => {
    const r = run(
      'replay',
      'verify',
      'scenarios/fixtures/replays/alaska-rules2.summit.json',
      '--scenario',
      'scenarios/archive/alaska-2025@1.1.0.yaml',
    );
    expect(r.out).toContain('verified');
    expect(r.out).toContain('57 turns');
    expect(r.code).toBe(0);
  });
  it('prints a share link', () => {
    const r = run('replay', 'link', FIXTURE);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^#r1\.[0-9a-f]{8}\.[A-Za-z0-9_-]+$/);
  });
  it('says where a tampered replay diverges', async () => {
    const { mkdtempSync, readFileSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'summit-'));
    const replay = JSON.parse(readFileSync(FIXTURE, 'utf8'));
    const first = replay.actions[0];
    first.action = { type: 'turn.pass', party: first.action.party };
    writeFileSync(join(dir, 'bad.summit.json'), JSON.stringify(replay));
    const r = run('replay', 'verify', join(dir, 'bad.summit.json'), '--scenario', MINI);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`Diverged at turn ${first.turn}`);
    writeFileSync(join(dir, 'cut.summit.json'), readFileSync(FIXTURE, 'utf8').slice(0, 100));
    const cut = run('replay', 'verify', join(dir, 'cut.summit.json'), '--scenario', MINI);
    expect(cut.code).toBe(1);
    expect(cut.out).toMatch(/:\d+:\d+: the file ends too early/);
  });
  it('writes a replay from simulate --replay-out that verifies', async () => {
    const { mkdtempSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const out = join(mkdtempSync(join(tmpdir(), 'summit-')), 'game.summit.json');
    expect(
      run('simulate', MINI, '--seed', '5', '--human', 'north', '--policy', 'random', '--replay-out', out).code,
    ).toBe(0);
    expect(run('replay', 'verify', out, '--scenario', MINI).code).toBe(0);
  });
  it('exits 2 on usage errors and missing files', () => {
    expect(run('replay', 'play', FIXTURE).code).toBe(2);
    expect(run('replay', 'verify', 'missing.summit.json').code).toBe(2);
  });
});

describe('headless games on shipped scenarios', () => {
  it('runGame gives exactly the state of one applyAction per action', async () => {
    const { readFileSync } = await import('node:fs');
    const { parseScenario } = await import('../content/index');
    const { runGame, runGameStepwise, stateHash, POLICIES } = await import('../engine/index');
    for (const file of ['scenarios/alaska-2025.yaml', 'scenarios/camp-david-1978.yaml', 'scenarios/tutorial.yaml']) {
      const r = parseScenario(readFileSync(file, 'utf8'), file);
      expect(r.ok, file).toBe(true);
      if (!r.ok) continue;
      const sc = r.value;
      for (const seed of [1, 7]) {
        for (const policy of POLICIES) {
          const options = { seed, policies: { [sc.parties[0].id]: policy } };
          expect(stateHash(runGame(sc, options)), `${file} ${policy} ${seed}`).toBe(
            stateHash(runGameStepwise(sc, options)),
          );
        }
      }
    }
  });
});
