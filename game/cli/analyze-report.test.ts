// `summit analyze` and `summit report` on the committed fixture replay: the JSON fields of the debrief, the CSV's
// header and records, HTML escaping of scenario and replay text, and the exit codes for tampered replays and usage.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvField, escapeHtml } from '../session/report/index';
import { runCaptured } from './capture';

const run = runCaptured;

const MINI = 'scenarios/fixtures/mini.yaml';
const FIXTURE = 'scenarios/fixtures/replays/mini-format1.summit.json';
const tmp = () => mkdtempSync(join(tmpdir(), 'summit-report-'));

function tampered(dir: string): string {
  const replay = JSON.parse(readFileSync(FIXTURE, 'utf8'));
  replay.actions[0].action = { type: 'turn.pass', party: replay.actions[0].action.party };
  const file = join(dir, 'bad.summit.json');
  writeFileSync(file, JSON.stringify(replay));
  return file;
}

describe('summit analyze', () => {
  it('prints the debrief as one JSON document', () => {
    const r = run('analyze', FIXTURE, '--json', '--scenario', MINI);
    expect(r.code).toBe(0);
    const d = JSON.parse(r.out);
    expect(d.scenario.id).toBe('mini');
    expect(d.player).toBe('south');
    expect(d.outcome).toMatchObject({ kind: 'agreement', turns: 21 });
    expect(d.parties.map((p: { party: string }) => p.party)).toEqual(['north', 'south', 'broker']);
    for (const p of d.parties) expect(p.surplus).toBe(p.value - p.reservation);
    // The recorded outcome's values (the replay file keeps them) are the debrief's.
    const recorded = JSON.parse(readFileSync(FIXTURE, 'utf8')).outcome.values;
    expect(Object.fromEntries(d.parties.map((p: { party: string; value: number }) => [p.party, p.value]))).toEqual(
      recorded,
    );
    expect(d.issues).toHaveLength(3);
    for (const k of ['joint', 'consent', 'pareto', 'nash', 'zopa', 'dances', 'turningPoints', 'history', 'summary']) {
      expect(d).toHaveProperty(k);
    }
    expect(d.pareto.optimal).toBe(d.pareto.improvement === null);
    expect(Number.isInteger(d.nash.distance)).toBe(true);
    expect(d.dances.map((x: { a: string; b: string }) => [x.a, x.b])).toEqual([
      ['south', 'north'],
      ['south', 'broker'],
    ]);
    expect(d.turningPoints.some((t: { kind: string }) => t.kind === 'deal')).toBe(true);
    expect(d.summary.length).toBeGreaterThanOrEqual(3);
  });
  it('prints a readable debrief without --json', () => {
    const r = run('analyze', FIXTURE, '--scenario', MINI);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Turning points:');
    expect(r.out).toContain('Southland');
  });
  it('exits 1 for a tampered replay, 2 for usage and IO', () => {
    const r = run('analyze', tampered(tmp()), '--scenario', MINI);
    expect(r.code).toBe(1);
    expect(r.out).toContain('Diverged at turn');
    expect(run('analyze').code).toBe(2);
    expect(run('analyze', 'missing.summit.json').code).toBe(2);
    expect(run('analyze', FIXTURE, '--csv').code).toBe(2);
  });
});

describe('summit report', () => {
  it('writes CSV with a header and one record per human seat', () => {
    const dir = tmp();
    const second = join(dir, 'north, "quoted".summit.json');
    expect(
      run('simulate', MINI, '--seed', '4', '--human', 'north', '--policy', 'random', '--replay-out', second).code,
    ).toBe(0);
    const r = run('report', FIXTURE, second, '--csv', '--scenario', MINI);
    expect(r.code).toBe(0);
    const records = `${r.out}\n`.split('\r\n').filter(Boolean);
    expect(records[0]).toBe(
      'file,scenario,version,party,outcome,value,reservation,surplus,pareto_gap,nash_distance,turns',
    );
    expect(records).toHaveLength(3);
    expect(records[1]).toMatch(
      /^scenarios\/fixtures\/replays\/mini-format1\.summit\.json,mini,1\.0\.0,south,agreement,49,32,17,\d+,\d+,21$/,
    );
    // RFC 4180: the comma and the quotes of the file name are quoted.
    expect(records[2].startsWith(`"${second.replace(/"/g, '""')}",mini,`)).toBe(true);
  });
  it('quotes CSV fields and escapes HTML', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(escapeHtml(`<script>alert('x')</script> & "q"`)).toBe(
      '&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;',
    );
  });
  it('prints a table with a summary per party by default', () => {
    const r = run('report', FIXTURE, '--scenario', MINI);
    expect(r.code).toBe(0);
    expect(r.out).toContain('A small summit (mini 1.0.0)');
    expect(r.out).toContain('Southland: 1 games, 1 deals (100%), mean surplus 17');
  });
  it('writes a self-contained HTML page where scenario and replay text stay text', () => {
    const dir = tmp();
    const yaml = readFileSync(MINI, 'utf8')
      .replace('title: A small summit', 'title: "<script>alert(1)</script> summit"')
      .replace('name: Southland', 'name: "<img src=x onerror=alert(2)>"');
    const scenario = join(dir, 'evil.yaml');
    writeFileSync(scenario, yaml);
    const replay = join(dir, '<b>bold<\\b>.summit.json');
    expect(
      run('simulate', scenario, '--seed', '2', '--human', 'south', '--policy', 'random', '--replay-out', replay).code,
    ).toBe(0);
    const page = join(dir, 'class.html');
    const r = run('report', replay, '--html', page, '--scenario', scenario);
    expect(r.code).toBe(0);
    const html = readFileSync(page, 'utf8');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; summit');
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(html).toContain('&lt;b&gt;bold');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).toContain('<svg');
    expect(html).toMatch(/<circle /);
    expect(html).not.toMatch(/(src|href)="http/); // self-contained
  });
  it('leaves a tampered replay out, names it and exits 1', () => {
    const r = run('report', FIXTURE, tampered(tmp()), '--csv', '--scenario', MINI);
    expect(r.code).toBe(1);
    expect(r.err).toContain('Diverged at turn');
    expect(r.out.split('\r\n').filter(Boolean)).toHaveLength(2);
  });
  it('exits 2 for usage and missing files', () => {
    expect(run('report').code).toBe(2);
    expect(run('report', FIXTURE, '--html').code).toBe(2);
    expect(run('report', 'missing.summit.json', '--scenario', MINI).code).toBe(2);
  });
});
