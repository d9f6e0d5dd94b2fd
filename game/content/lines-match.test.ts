// Lines that say what the offer says (issue 16): many all-AI games and games with one random player, of every
// shipped scenario, under the current rules. Every line said with a proposal, an acceptance, a rejection or an
// answer to "what would it take?" is checked against the package it goes with, independently of the engine's own
// choice: a line that declares options (`about`) must find them in that package (in a rejection, what it refuses);
// a plain sentence (no line fitted) may name only the options the package holds.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type ActionEntry,
  type CompiledScenario,
  causeWords,
  type GameState,
  type Package,
  POLICIES,
  RULES_REVISION,
  runGame,
  spokenLine,
  stanceWords,
} from '../engine/index';
import { parseScenario } from './index';

const dir = join(__dirname, '..', '..', 'scenarios');
const shipped = readdirSync(dir).filter((f) => f.endsWith('.yaml'));

function load(file: string): CompiledScenario {
  const r = parseScenario(readFileSync(join(dir, file), 'utf8'), file);
  if (!r.ok) throw new Error(`${file} does not load`);
  return r.value;
}

/** Every declared `about` of a party's lines by text (a text may be declared only once per party here). */
function declarations(sc: CompiledScenario, party: string): Map<string, Record<string, string[]>> {
  const out = new Map<string, Record<string, string[]>>();
  for (const st of Object.values(sc.parties.find((p) => p.id === party)!.ai.states)) {
    for (const bank of Object.values(st.lines)) for (const l of bank ?? []) if (l.about) out.set(l.text, l.about);
  }
  return out;
}

interface Said {
  speaker: string;
  kind: 'propose' | 'accept' | 'reject' | 'answer';
  pkg: Package;
  text: string;
  plain: boolean;
}

/** The lines said with decisions in a game, each with the package it goes with (the table as it stood). */
function saidWithDecisions(s: GameState): Said[] {
  const out: Said[] = [];
  let table: Package | null = null;
  let phase = '';
  for (const e of s.log) {
    if (e.phase !== phase) {
      phase = e.phase;
      table = null;
    }
    if (e.kind !== 'action') continue;
    const a = e.action;
    const push = (speaker: string, kind: Said['kind'], pkg: Package | null, entry: ActionEntry) => {
      if (pkg === null) return;
      if (entry.line) out.push({ speaker, kind, pkg, text: entry.line.text, plain: false });
      else if (entry.plainLine) out.push({ speaker, kind, pkg, text: '', plain: true });
    };
    if (a.type === 'offer.propose') {
      push(a.party, 'propose', a.package, e);
      table = a.package;
    } else if (a.type === 'offer.accept') push(a.party, 'accept', table, e);
    else if (a.type === 'offer.reject') push(a.party, 'reject', table, e);
    else if (a.type === 'ask.whatWouldItTake' && e.answer) push(a.target, 'answer', e.answer.package, e);
  }
  return out;
}

/** "Issue (Label)" pairs a plain sentence names. */
function named(sc: CompiledScenario, text: string): { issue: string; option: string }[] {
  const out: { issue: string; option: string }[] = [];
  for (const i of sc.issues)
    for (const o of i.options) if (text.includes(`${i.name} (${o.label})`)) out.push({ issue: i.id, option: o.id });
  return out;
}

describe('lines match the offers they go with', () => {
  it.each(shipped)(
    '%s: all-AI and random games',
    (file) => {
      const sc = load(file);
      const decl = new Map(sc.parties.map((p) => [p.id, declarations(sc, p.id)]));
      const games: GameState[] = [];
      for (let seed = 1; seed <= 12; seed++) games.push(runGame(sc, { seed }));
      for (const p of sc.parties)
        for (const policy of POLICIES.filter((x) => x !== 'ai'))
          for (let seed = 1; seed <= 3; seed++) games.push(runGame(sc, { seed, policies: { [p.id]: policy } }));
      let checked = 0;
      for (const s of games) {
        expect(s.rules).toBe(RULES_REVISION);
        for (const said of saidWithDecisions(s)) {
          if (said.plain) continue; // checked below, from the sentence itself
          const about = decl.get(said.speaker)!.get(said.text);
          if (!about) continue; // a line that names nothing fits anything
          checked++;
          for (const [issue, options] of Object.entries(about)) {
            expect(
              options,
              `${file}: ${said.speaker} says "${said.text}" with a ${said.kind} holding ${issue}=${said.pkg[issue]}`,
            ).toContain(said.pkg[issue]);
          }
        }
        for (const e of s.log) {
          if (e.kind !== 'action' || !e.plainLine) continue;
          const text = spokenLine(sc, e)!.text;
          const pkg =
            e.action.type === 'offer.propose'
              ? e.action.package
              : e.action.type === 'ask.whatWouldItTake'
                ? e.answer!.package
                : null;
          if (e.action.type === 'offer.reject' && e.reason?.redLine) {
            expect(named(sc, text)).toEqual([e.reason.redLine]);
          }
          if (pkg) for (const n of named(sc, text)) expect(pkg[n.issue], `${file}: "${text}"`).toBe(n.option);
        }
      }
      // Alaska and the tutorial declare what their lines are about (about 115 checks for the tutorial's games).
      if (file.startsWith('alaska') || file.startsWith('tutorial')) expect(checked).toBeGreaterThan(50);
    },
    60_000,
  );

  it('an AI that accepts less than it asked for says why, in the words the transcript uses for its stance', () => {
    let below = 0;
    // Accepting below the ask is rare (a deadline, a stance change): Alaska and Camp David over 30 seeds each.
    for (const [file, seed] of ['alaska-2025.yaml', 'camp-david-1978.yaml'].flatMap((f) =>
      Array.from({ length: 30 }, (_, i) => [f, i + 1] as const),
    )) {
      const sc = load(file);
      const s = runGame(sc, { seed });
      for (const e of s.log) {
        if (e.kind !== 'action' || !e.reason || e.reason.value === null) continue;
        const r = e.reason;
        if (e.action.type === 'offer.accept' && r.value! < r.target) {
          below++;
          expect(r.summary).toContain(`Worth ${r.value} to us, below the ${r.target} we would otherwise ask for now`);
        } else expect(r.summary).not.toContain('below the');
        expect(r.summary).toContain(`stance: ${stanceWords(r.stance, r.mood)}`);
        const cause = causeWords(sc, r.cause, e.party, e.phase);
        if (cause && r.cause !== 'phase.started') expect(r.summary).toContain(cause);
      }
    }
    expect(below).toBeGreaterThan(0);
  }, 60_000);
});
