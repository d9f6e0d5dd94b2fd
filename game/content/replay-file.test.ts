// Replay files and links: round trips, and a clear sentence for every kind of bad input.
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { mini } from '../engine/fixtures/mini';
import { fnv1a64, hashString } from '../engine/hash';
import { runGame } from '../engine/play';
import { makeReplay } from '../engine/replay';
import { makeReplayFile, parseReplay } from './replay-file';
import { LINK_PREFIX, makeLink, parseLink, shareLink } from './replay-link';

const game = runGame(mini, { seed: 3, policies: { [mini.parties[0].id]: 'random' } });
const replay = makeReplay(mini, game, { game: 'test' });
const file = makeReplayFile(replay);

function firstError(text: string): string {
  const r = parseReplay(text, 'x.summit.json');
  expect(r.ok).toBe(false);
  return r.ok ? '' : `${r.error[0].line}:${r.error[0].column} ${r.error[0].message}`;
}

describe('parseReplay', () => {
  it('round-trips a replay file', () => {
    const r = parseReplay(file, 'x.summit.json');
    expect(r.ok && r.value).toEqual(replay);
  });
  it('says a truncated file is truncated, with its position', () => {
    expect(firstError(file.slice(0, 200))).toMatch(/^\d+:\d+ the file ends too early/);
  });
  it('says where invalid JSON is', () => {
    expect(firstError('{\n  "format": "summit-replay",\n  oops\n}')).toMatch(/^3:\d+ this is not valid JSON/);
  });
  it('refuses JSON that is no replay', () => {
    expect(firstError('[1, 2, 3]')).toContain('not a Summit replay');
    expect(firstError('{"hello": "world"}')).toContain('not a Summit replay');
    expect(firstError('')).toContain('empty');
  });
  it('refuses another format version, naming the versions it reads', () => {
    expect(firstError(file.replace('"version": 1', '"version": 2'))).toContain(
      'version 2 is not supported; this build reads version 1',
    );
  });
  it('points at a field of the wrong shape', () => {
    const bad = JSON.stringify({ ...replay, seed: 'soon' }, null, 1);
    expect(firstError(bad)).toMatch(/seed/);
  });
  it('refuses reserved keys', () => {
    const bad = file.replace('"seats": {', '"seats": {"__proto__": "human", ');
    expect(firstError(bad)).toContain('__proto__');
  });
  it('refuses oversized files', () => {
    expect(firstError(' '.repeat(3 * 1024 * 1024))).toContain('too big');
  });
});

describe('share links', () => {
  it('round-trips a replay through a link', () => {
    const link = makeLink(replay);
    expect(link.startsWith(`#${LINK_PREFIX}`)).toBe(true);
    const r = parseLink(link);
    expect(r.ok && r.value).toEqual(replay);
    expect(parseLink(`https://example.org/summit/${link}`).ok).toBe(true);
  });
  it('detects a cut-off link', () => {
    const link = makeLink(replay);
    const r = parseLink(link.slice(0, link.length - 10));
    expect(r.ok).toBe(false);
  });
  it('detects a tampered link by its checksum', () => {
    const json = JSON.stringify({ ...replay, seed: replay.seed + 1 });
    const data = Buffer.from(deflateSync(new TextEncoder().encode(json))).toString('base64url');
    const link = `#${LINK_PREFIX}${hashString(JSON.stringify(replay)).slice(0, 8)}.${data}`;
    const r = parseLink(link);
    expect(!r.ok && r.error).toContain('checksum');
  });
  it('stops a decompression bomb at the size cap', () => {
    const bomb = new Uint8Array(8 * 1024 * 1024).fill(32);
    const data = Buffer.from(deflateSync(bomb, { level: 9 })).toString('base64url');
    const r = parseLink(`#${LINK_PREFIX}00000000.${data}`);
    expect(!r.ok && r.error).toMatch(/damaged or too large/);
  });
  it('refuses oversized links, other versions and other links', () => {
    expect(parseLink(`#${LINK_PREFIX}${'a'.repeat(20000)}`).ok).toBe(false);
    const other = parseLink('#r2.00000000.abc');
    expect(!other.ok && other.error).toContain('another version');
    const notOurs = parseLink('#section-3');
    expect(!notOurs.ok && notOurs.error).toContain('not a Summit replay link');
  });
  it('keeps a replay whose strings contain HTML as plain data', () => {
    const r = parseLink(makeLink({ ...replay, game: '<img src=x onerror=alert(1)>' }));
    expect(r.ok && r.value.game).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('a replay that carries its scenario (scenarioText)', () => {
  const text = 'format: 1\nid: mini\n# the YAML the game was played on\n';
  const carrying = { ...replay, scenario: { ...replay.scenario, contentHash: fnv1a64(text) }, scenarioText: text };
  it('round-trips, in a file and in a link', () => {
    const r = parseReplay(makeReplayFile(carrying), 'x.summit.json');
    expect(r.ok && r.value).toEqual(carrying);
    const l = parseLink(makeLink(carrying));
    expect(l.ok && l.value).toEqual(carrying);
    expect(shareLink(carrying).ok).toBe(true);
  });
  it('a text whose hash is not the content hash is refused at the field, with its line', () => {
    const tampered = makeReplayFile({ ...carrying, scenarioText: `${text}# changed\n` });
    const line = tampered.split('\n').findIndex((l) => l.includes('"scenarioText"')) + 1;
    expect(firstError(tampered)).toMatch(
      new RegExp(`^${line}:\\d+ the scenario this replay carries has been changed since the game was recorded`),
    );
  });
  it('an empty or non-string text is refused by its shape', () => {
    expect(firstError(makeReplayFile({ ...carrying, scenarioText: '' }))).toMatch(/scenarioText: /);
    expect(firstError(JSON.stringify({ ...carrying, scenarioText: 7 }))).toMatch(/scenarioText: /);
  });
  it('a link too long for its carried scenario says so; one without a scenario says it is too long', () => {
    // Text deflate cannot shrink: a long run of the hash function's own output.
    let big = '';
    for (let i = 0; big.length < 40_000; i++) big += hashString(String(i));
    const large = { ...replay, scenario: { ...replay.scenario, contentHash: fnv1a64(big) }, scenarioText: big };
    const r = shareLink(large);
    expect(!r.ok && r.error).toMatch(
      /^This game is too large for a share link because it carries its scenario \(\d+ characters; a link holds 16000\)/,
    );
    expect(shareLink(replay).ok).toBe(true);
  });
});
