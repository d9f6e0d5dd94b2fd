// Replay files as a user hands them to the command line: the scenario a replay names is an id looked up among the
// bundled scenarios (never a path), every failure names the replay file, a report on a class folder names every
// bad file and still reports the good ones, and a replay whose recorded outcome is untrue does not verify.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fnv1a64 } from '../engine/index';
import { runCaptured as run } from './capture';
import { bundledScenarioFile } from './load-replay';

const MINI = 'scenarios/fixtures/mini.yaml';
const FIXTURE = 'scenarios/fixtures/replays/mini-format1.summit.json';
const tmp = () => mkdtempSync(join(tmpdir(), 'summit-replays-'));

/** The committed fixture with `edit` applied, written as `name` into `dir`. */
// biome-ignore lint/suspicious/noExplicitAny: the edits deliberately break the replay's types
function planted(dir: string, name: string, edit: (r: Record<string, any>) => void): string {
  const replay = JSON.parse(readFileSync(FIXTURE, 'utf8'));
  edit(replay);
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(replay, null, 1));
  return file;
}

describe('a replay names a scenario, never a path', () => {
  it.each(['package.json', '/etc/hostname', '../scenarios/tutorial', 'tsconfig'])(
    'scenario.id %j: one error naming the replay file, and nothing else is read',
    (id) => {
      const file = planted(tmp(), 'student.summit.json', (r) => (r.scenario.id = id));
      for (const command of [['replay', 'verify'], ['analyze'], ['report']]) {
        const r = run(...command, file);
        expect(r.code).toBe(1);
        const lines = `${r.out}\n${r.err}`.trim().split('\n');
        const errors = lines.filter((l) => l.startsWith(file));
        if (id === 'tsconfig') {
          // A slug: looked up among the bundled scenarios, where there is no such file.
          expect(errors).toEqual([
            `${file}: this replay needs scenario 'tsconfig', which is not among the bundled scenarios (give its file with --scenario FILE)`,
          ]);
        } else {
          expect(errors).toHaveLength(1);
          expect(errors[0]).toMatch(
            new RegExp(`^${file}:\\d+:\\d+: scenario\\.id: a scenario id uses a-z, 0-9 and "-" only`),
          );
        }
      }
    },
  );
  it('finds a bundled scenario by its id, only by listing the folder', () => {
    expect(bundledScenarioFile('tutorial')).toBe(join('scenarios', 'tutorial.yaml'));
    expect(bundledScenarioFile('fixtures/mini')).toBeNull();
    expect(bundledScenarioFile('mini')).toBeNull();
    const dir = tmp();
    const file = join(dir, 'tutorial.summit.json');
    expect(run('simulate', 'tutorial', '--seed', '3', '--replay-out', file).code).toBe(0);
    const r = run('replay', 'verify', file);
    expect(r.out).toMatch(/verified — tutorial /);
    expect(r.code).toBe(0);
  });
  it('names the replay file when its scenario is invalid or missing', () => {
    const dir = tmp();
    const bad = join(dir, 'broken.yaml');
    writeFileSync(bad, 'format: 1\nid: mini\n');
    const r = run('replay', 'verify', FIXTURE, '--scenario', bad);
    expect(r.code).toBe(1);
    expect(r.out.split('\n')[0]).toBe(`${FIXTURE}: the scenario it needs, ${bad}, is not valid:`);
    const gone = run('replay', 'verify', FIXTURE, '--scenario', join(dir, 'gone.yaml'));
    expect(gone.code).toBe(2);
    expect(gone.err).toMatch(new RegExp(`^${FIXTURE}: .*gone\\.yaml: no such file`));
  });
});

describe('what editors write', () => {
  it('a replay saved with a UTF-8 byte-order mark verifies', () => {
    const file = join(tmp(), 'bom.summit.json');
    writeFileSync(file, `\uFEFF${readFileSync(FIXTURE, 'utf8')}`);
    const r = run('replay', 'verify', file, '--scenario', MINI);
    expect(r.out).toMatch(/: verified — mini 1\.0\.0, seed 2, 21 turns, agreement/);
    expect(r.code).toBe(0);
  });
});

describe('report on a class folder', () => {
  it('names every bad file and still reports the good ones', () => {
    const dir = tmp();
    planted(dir, 'alice.summit.json', () => {});
    planted(dir, 'bob.summit.json', (r) => (r.scenario.id = 'package.json'));
    planted(dir, 'carol.summit.json', (r) => {
      r.outcome = { kind: 'agreement', values: { north: 100, south: 100, broker: 100 } };
    });
    writeFileSync(join(dir, 'dave.summit.json'), '{"format": "summit-replay", ');
    planted(dir, 'erin.summit.json', () => {});
    const r = run('report', dir, '--csv', '--scenario', MINI);
    expect(r.code).toBe(1);
    const errs = r.err.split('\n');
    expect(errs.filter((l) => l.startsWith(join(dir, 'bob.summit.json'))).length).toBe(1);
    expect(errs.filter((l) => l.startsWith(join(dir, 'carol.summit.json'))).length).toBe(1);
    expect(errs.filter((l) => l.startsWith(join(dir, 'dave.summit.json'))).length).toBe(1);
    expect(errs).toHaveLength(3);
    const records = r.out.split('\r\n').filter(Boolean);
    expect(records.slice(1).map((l) => l.split(',')[0])).toEqual([
      join(dir, 'alice.summit.json'),
      join(dir, 'erin.summit.json'),
    ]);
  });
});

describe('a replay tells the truth', () => {
  it('a walk-out edited to claim agreement with 100 for everyone does not verify', () => {
    const file = planted(tmp(), 'claims.summit.json', (r) => {
      r.outcome = { kind: 'walkout', values: r.outcome.values };
    });
    const r = run('replay', 'verify', file, '--scenario', MINI);
    expect(r.code).toBe(1);
    expect(r.out).toBe(`${file}: The replay records a walk-out, but the game played back ends in an agreement.`);
  });
  it('a value edited to 100 does not verify, and the message names the party', () => {
    const file = planted(tmp(), 'claims.summit.json', (r) => (r.outcome.values.south = 100));
    const r = run('replay', 'verify', file, '--scenario', MINI);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/The replay records a value of 100 for south, but the game played back gives \d+\.$/);
  });
});

describe('a replay of an earlier version of a bundled scenario', () => {
  it('verifies against the archived copy (scenarios/archive/<id>@<version>.yaml) without --scenario', () => {
    expect(bundledScenarioFile('alaska-2025', 'scenarios', '1.1.0')).toBe('scenarios/archive/alaska-2025@1.1.0.yaml');
    expect(bundledScenarioFile('alaska-2025', 'scenarios', '9.9.9')).toBe('scenarios/alaska-2025.yaml');
    const r = run('replay', 'verify', 'scenarios/fixtures/replays/alaska-rules2.summit.json');
    expect(r.code, r.err).toBe(0);
  });
});

describe('a replay that carries its scenario (one the game does not bundle)', () => {
  const miniText = readFileSync(MINI, 'utf8');
  it('verifies with no other file', () => {
    const file = planted(tmp(), 'carried.summit.json', (r) => (r.scenarioText = miniText));
    const r = run('replay', 'verify', file);
    expect(r.code, r.out + r.err).toBe(0);
    expect(r.out).toMatch(/verified — mini 1\.0\.0/);
    // Its link carries the scenario too, and reads back.
    const link = run('replay', 'link', file);
    expect(link.code).toBe(0);
    expect(link.out).toMatch(/^#r1\./);
  });
  it('a changed scenario text: one line naming the file, the field and the reason', () => {
    const file = planted(
      tmp(),
      'tampered.summit.json',
      (r) => (r.scenarioText = miniText.replace('Lakeside', 'Hillside')),
    );
    const r = run('replay', 'verify', file);
    expect(r.code).toBe(1);
    expect(r.out.trim()).toMatch(
      new RegExp(`^${file}:\\d+:\\d+: the scenario this replay carries has been changed since the game was recorded`),
    );
  });
  it('a carried text that is not a valid scenario: one line', () => {
    const bad = 'format: 1\nid: mini\n';
    const file = planted(tmp(), 'invalid.summit.json', (r) => {
      r.scenarioText = bad;
      r.scenario.contentHash = fnv1a64(bad);
    });
    const r = run('replay', 'verify', file);
    expect(r.code).toBe(1);
    expect(r.out.trim().split('\n')).toEqual([
      expect.stringMatching(
        new RegExp(`^${file}: The scenario this replay carries is not a valid scenario \\(mini\\.yaml:`),
      ),
    ]);
  });
  it('too large for a link: `replay link` says so (that the file still plays back: session/carried-scenario.test)', () => {
    const text = readFileSync('scenarios/alaska-2025.yaml', 'utf8');
    const file = planted(tmp(), 'big.summit.json', (r) => {
      r.scenarioText = `${miniText}\n# ${text.replace(/\n/g, '\n# ')}`;
      r.scenario.contentHash = fnv1a64(r.scenarioText);
    });
    const link = run('replay', 'link', file);
    expect(link.code).toBe(1);
    expect(link.out).toMatch(/too large for a share link because it carries its scenario/);
  });
});
