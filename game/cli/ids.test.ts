// Ids are data (issue 17): a scenario whose parties, issues, options, phases and stances are called "toString",
// "constructor", "hasOwnProperty", "__defineGetter__" … plays exactly the game the same scenario plays under
// ordinary ids. The property renames every id of a small valid scenario consistently, then runs validate →
// simulate → replay verify → analyze on both and compares the results after translating the new ids back.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { runCaptured } from './capture';

// biome-ignore lint/suspicious/noExplicitAny: the test edits the authoring format as untyped YAML data
type Any = any;

const dir = mkdtempSync(join(tmpdir(), 'summit-ids-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SLUG = /^[A-Za-z0-9_-]+$/;
/** Names every plain object answers for: Object.prototype's own names, and a few more JavaScript looks up. */
const BUILTINS = [...Object.getOwnPropertyNames(Object.prototype), 'prototype', 'toJSON'].filter(
  (n) => SLUG.test(n) && n !== '__proto__',
);

interface Renaming {
  party: (id: string) => string;
  issue: (id: string) => string;
  option: (issue: string, id: string) => string;
  phase: (id: string) => string;
  stance: (id: string) => string;
}

const remapKeys = <T>(rec: Record<string, T>, f: (k: string) => string): Record<string, T> =>
  Object.fromEntries(Object.entries(rec).map(([k, v]) => [f(k), v]));

function renameGuard(g: Any, r: Renaming): void {
  const p = g.params ?? {};
  if (p.option !== undefined) p.option = r.option(p.issue, p.option);
  if (p.issue !== undefined) p.issue = r.issue(p.issue);
  if (p.party !== undefined) p.party = r.party(p.party);
  if (p.phase !== undefined) p.phase = r.phase(p.phase);
  for (const sub of p.of ?? []) renameGuard(sub, r);
  if (p.guard) renameGuard(p.guard, r);
}

function renameAction(a: Any, r: Renaming): void {
  const p = a.params ?? {};
  if (p.party !== undefined) p.party = r.party(p.party);
  if (p.issue !== undefined) p.issue = r.issue(p.issue);
}

/** The same scenario with every party, issue, option, phase and stance id renamed (a deep copy). */
function renameScenario(doc0: Any, r: Renaming): Any {
  const doc = structuredClone(doc0);
  for (const p of doc.parties) {
    p.id = r.party(p.id);
    p.weights = remapKeys(p.weights, r.issue);
    p.values = Object.fromEntries(
      Object.entries(p.values as Record<string, Record<string, number>>).map(([i, opts]) => [
        r.issue(i),
        remapKeys(opts, (o) => r.option(i, o)),
      ]),
    );
    const chart = p.statechart;
    chart.initial = r.stance(chart.initial);
    for (const st of Object.values(chart.states) as Any[]) {
      st.redLines = (st.redLines ?? []).map((x: Any) => ({
        issue: r.issue(x.issue),
        option: r.option(x.issue, x.option),
      }));
      for (const a of st.entry ?? []) renameAction(a, r);
      for (const list of Object.values(st.on ?? {}) as Any[][]) {
        for (const t of list) {
          if (t.target !== undefined) t.target = r.stance(t.target);
          if (t.guard) renameGuard(t.guard, r);
          for (const a of t.actions ?? []) renameAction(a, r);
        }
      }
    }
    chart.states = remapKeys(chart.states, r.stance);
  }
  for (const i of doc.issues) {
    i.statusQuo = r.option(i.id, i.statusQuo);
    for (const o of i.options) o.id = r.option(i.id, o.id);
    i.consent = i.consent.map(r.party);
    i.id = r.issue(i.id);
  }
  for (const ph of doc.phases) {
    ph.id = r.phase(ph.id);
    ph.inRoom = ph.inRoom.map(r.party);
    if (ph.order) ph.order = ph.order.map(r.party);
    ph.agenda = ph.agenda.map(r.issue);
  }
  for (const pair of doc.world?.trust?.pairs ?? []) {
    pair.from = r.party(pair.from);
    pair.to = r.party(pair.to);
  }
  if (doc.map) doc.map.holder = r.party(doc.map.holder);
  for (const e of doc.events ?? []) {
    if (e.at) e.at.phase = r.phase(e.at.phase);
    if (e.chance) e.chance.phases = e.chance.phases.map(r.phase);
    for (const eff of e.effects ?? []) {
      for (const k of ['from', 'to', 'party'] as const)
        if (eff.params[k] !== undefined) eff.params[k] = r.party(eff.params[k]);
    }
  }
  return doc;
}

/** Every id of the scenario, in one fixed order: the slots the generator fills with new names. */
function idSlots(doc: Any): { key: string; old: string }[] {
  const slots: { key: string; old: string }[] = [];
  const stances = new Set<string>();
  for (const p of doc.parties) {
    slots.push({ key: `party:${p.id}`, old: p.id });
    for (const s of Object.keys(p.statechart.states)) stances.add(s);
  }
  for (const i of doc.issues) {
    slots.push({ key: `issue:${i.id}`, old: i.id });
    for (const o of i.options) slots.push({ key: `option:${i.id}:${o.id}`, old: o.id });
  }
  for (const ph of doc.phases) slots.push({ key: `phase:${ph.id}`, old: ph.id });
  for (const s of stances) slots.push({ key: `stance:${s}`, old: s });
  return slots;
}

function renamingOf(slots: { key: string }[], names: string[]): { r: Renaming; back: Map<string, string> } {
  const to = new Map(slots.map((s, k) => [s.key, names[k]!]));
  const back = new Map(slots.map((s, k) => [names[k]!, s.key.split(':').at(-1)!]));
  const get = (key: string) => {
    const v = to.get(key);
    if (v === undefined) throw new Error(`no new name for ${key}`);
    return v;
  };
  return {
    r: {
      party: (id) => get(`party:${id}`),
      issue: (id) => get(`issue:${id}`),
      option: (issue, id) => get(`option:${issue}:${id}`),
      phase: (id) => get(`phase:${id}`),
      stance: (id) => get(`stance:${id}`),
    },
    back,
  };
}

/**
 * The new ids in a command's JSON output translated back to the old ones: in strings (ids also appear in prose,
 * "moves from firm to closing"), and in the keys of maps keyed by ids (an object whose keys are all new ids;
 * the keys of a record of fields are left alone).
 */
function translate(x: unknown, back: Map<string, string>): unknown {
  if (typeof x === 'string') return x.replace(/[A-Za-z0-9_-]+/g, (tok) => back.get(tok) ?? tok);
  if (Array.isArray(x)) return x.map((v) => translate(v, back));
  if (x !== null && typeof x === 'object') {
    const entries = Object.entries(x);
    const byId = entries.length > 0 && entries.every(([k]) => back.has(k));
    return Object.fromEntries(entries.map(([k, v]) => [byId ? back.get(k)! : k, translate(v, back)]));
  }
  return x;
}

interface Played {
  validate: number;
  simulate: Any;
  verify: { code: number; out: string };
  analyze: Any;
}

/** validate → simulate (with its replay) → replay verify → analyze, on one scenario text. */
function play(name: string, text: string, seed: number, human: string | null, policy: string): Played {
  const file = join(dir, `${name}.yaml`);
  const replay = join(dir, `${name}.summit.json`);
  writeFileSync(file, text);
  const validate = runCaptured('validate', file).code;
  const extra = human ? ['--human', human, '--policy', policy] : [];
  const sim = runCaptured('simulate', file, '--seed', String(seed), ...extra, '--json', '--replay-out', replay);
  expect(sim.code, sim.err).toBe(0);
  const verify = runCaptured('replay', 'verify', replay, '--scenario', file);
  const analyze = runCaptured('analyze', replay, '--json', '--scenario', file);
  expect(analyze.code, analyze.err).toBe(0);
  return { validate, simulate: JSON.parse(sim.out), verify, analyze: JSON.parse(analyze.out) };
}

/** What must not depend on the names: everything but the hashes, file names and the content hash. */
function comparable(p: Played, back: Map<string, string>): unknown {
  const { stateHash: _h, ...sim } = p.simulate;
  const { file: _f, ...analysis } = p.analyze;
  return translate({ validate: p.validate, verify: p.verify.code, sim, analysis }, back);
}

const BASES = ['scenarios/fixtures/mini.yaml', 'scenarios/tutorial.yaml'].map((path) => {
  const doc = YAML.parse(readFileSync(path, 'utf8'));
  const words = new Set<string>();
  const collect = (x: unknown): void => {
    if (typeof x === 'string') words.add(x);
    else if (Array.isArray(x)) x.forEach(collect);
    else if (x && typeof x === 'object') {
      for (const [k, v] of Object.entries(x)) {
        words.add(k);
        collect(v);
      }
    }
  };
  collect(doc);
  return { path, doc, slots: idSlots(doc), words };
});

describe('ids are data', () => {
  it.each(BASES)(
    '$path plays the same game under built-in names as under its own ids',
    ({ doc, slots, words }) => {
      const baseline = new Map<string, unknown>();
      // Ordinary ids carry a "-" or "_", so that no English word of the transcript's prose is taken for one.
      const ordinary = fc.stringMatching(/^[a-z][a-z0-9]{0,6}[-_][a-z0-9]{1,4}$/).filter((s) => !words.has(s));
      const names = fc.uniqueArray(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...BUILTINS) }, ordinary), {
        minLength: slots.length,
        maxLength: slots.length,
      });
      const humans: (string | null)[] = [null, ...doc.parties.map((p: Any) => p.id)];
      fc.assert(
        fc.property(
          names,
          fc.integer({ min: 0, max: 2 ** 31 - 1 }),
          fc.constantFrom(...humans),
          fc.constantFrom('ai', 'random', 'pushover', 'hardliner'),
          (newNames, seed, human, policy) => {
            const { r, back } = renamingOf(slots, newNames);
            const key = `${seed}:${human}:${policy}`;
            if (!baseline.has(key)) {
              baseline.set(key, comparable(play('base', YAML.stringify(doc), seed, human, policy), new Map()));
            }
            const renamed = renameScenario(doc, r);
            const got = play('renamed', YAML.stringify(renamed), seed, human && r.party(human), policy);
            expect(got.validate).toBe(0);
            expect(got.verify.code, got.verify.out).toBe(0);
            expect(comparable(got, back)).toEqual(baseline.get(key));
          },
        ),
        { numRuns: 12 },
      );
    },
    60_000,
  );

  it('refuses __proto__ as an id with one sentence', () => {
    const { r } = renamingOf(
      BASES[0]!.slots,
      BASES[0]!.slots.map((s, k) => (k === 0 ? '__proto__' : s.old)),
    );
    const file = join(dir, 'proto.yaml');
    writeFileSync(file, YAML.stringify(renameScenario(BASES[0]!.doc, r)));
    const v = runCaptured('validate', file);
    expect(v.code).toBe(1);
    expect(v.out).toContain('"__proto__" is reserved by JavaScript');
  });
});
