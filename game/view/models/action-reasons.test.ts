// Disabled action buttons say why, in the engine's own words, and the phase line says what the viewer can do
// before they try: on Alaska as Ukraine at Anchorage (not in the room), in Berlin (in the room), waiting, watching.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../content/index';
import { newGame } from '../../engine/newgame';
import { applyAction, checkAction, legalActionTypes } from '../../engine/rules';
import type { CompiledScenario } from '../../engine/scenario';
import type { GameState } from '../../engine/state';
import { actionsView, listWords, walkOutWarning } from './action-reasons';

const sc: CompiledScenario = (() => {
  const r = parseScenario(readFileSync('scenarios/alaska-2025.yaml', 'utf8'), 'alaska-2025.yaml');
  if (!r.ok) throw new Error('alaska does not parse');
  return r.value;
})();
const rules = { checkAction, legalActionTypes };
const start = (): GameState =>
  newGame(sc, { seed: 1, seats: { ukraine: 'human', us: 'ai', russia: 'ai', europe: 'ai' } });
const anchorage = sc.phases.findIndex((p) => p.inRoom.length === 2);
/** Ukraine to speak in the phase at `phase`. */
function ukraineToSpeak(phase: number): GameState {
  const s = start();
  return { ...s, phase, speakerIndex: sc.phases[phase]!.order.indexOf('ukraine') };
}

describe('actionsView', () => {
  it('at Anchorage, says Ukraine is not in the room and what it can do instead, before and at its turn', () => {
    const s = ukraineToSpeak(anchorage);
    const v = actionsView(sc, s, 'ukraine', legalActionTypes(sc, s, 'ukraine'), rules, false);
    expect(v.phaseLine).toMatch(/^Ukraine is not in the room at .*Anchorage.*: on its turn it can /);
    expect(v.phaseLine).toContain('call a delegation');
    expect(v.phaseLine).not.toContain('propose');
    const propose = v.buttons.find((b) => b.type === 'offer.propose')!;
    expect(propose.enabled).toBe(false);
    expect(propose.reason).toMatch(/Ukraine is not in the room at .*Anchorage.* cannot propose/);
    expect(v.buttons.find((b) => b.type === 'party.walkOut')!.reason).toMatch(/not in the room/);
    expect(v.buttons.find((b) => b.type === 'call.place')).toMatchObject({ enabled: true, reason: null });
    // The four greyed-out buttons share one sentence, not four nearly alike.
    expect(v.reasons).toEqual([
      {
        text: `Ukraine is not in the room at ${sc.phases[anchorage]!.place} and cannot propose, accept, reject or walk out.`,
        types: ['offer.propose', 'offer.accept', 'offer.reject', 'party.walkOut'],
      },
    ]);
    // The same line while another delegation speaks: shown before the viewer's turn comes.
    const waiting = { ...s, speakerIndex: 0 };
    const w = actionsView(sc, waiting, 'ukraine', [], rules, true);
    expect(w.phaseLine).toBe(v.phaseLine);
    expect(w.buttons.every((b) => !b.enabled)).toBe(true);
    expect(w.reasons).toHaveLength(1);
    expect(w.reasons[0]!.text).toMatch(/^It is .*'s? turn, not Ukraine's\.$/);
    expect(w.reasons[0]!.types).toHaveLength(w.buttons.length);
  });

  it('speaks of a plural party as one: "European allies are not in the room …: on their turn they can"', () => {
    const s = { ...start(), phase: anchorage, speakerIndex: sc.phases[anchorage]!.order.indexOf('europe') };
    const v = actionsView(sc, s, 'europe', legalActionTypes(sc, s, 'europe'), rules, false);
    expect(v.phaseLine).toMatch(/^European allies are not in the room at .*Anchorage.*: on their turn they can /);
    expect(v.buttons.find((b) => b.type === 'offer.propose')!.reason).toMatch(
      /^European allies are not in the room at .* and cannot propose\.$/,
    );
    const white = sc.phases.findIndex((p) => p.id === 'white-house');
    const inRoom = { ...start(), phase: white, speakerIndex: sc.phases[white]!.order.indexOf('europe') };
    expect(actionsView(sc, inRoom, 'europe', legalActionTypes(sc, inRoom, 'europe'), rules, false).phaseLine).toMatch(
      /^European allies are in the room at .* and can do everything on their turn: /,
    );
  });

  it('in the room without an offer on the table, accept and reject say there is none', () => {
    const phase = sc.phases.findIndex((p) => p.inRoom.includes('ukraine'));
    const s = ukraineToSpeak(phase);
    const v = actionsView(sc, s, 'ukraine', legalActionTypes(sc, s, 'ukraine'), rules, false);
    expect(v.phaseLine).toMatch(/^Ukraine is in the room at .* and can do everything on its turn: propose/);
    expect(v.buttons.find((b) => b.type === 'offer.accept')!.reason).toBe('There is no offer on the table to accept.');
    expect(v.buttons.find((b) => b.type === 'offer.propose')!.enabled).toBe(true);
    // Every disabled button has a reason, every enabled one none.
    for (const b of v.buttons) expect(b.reason === null).toBe(b.enabled);
  });

  it('with an offer of its own on the table, the proposer cannot accept it', () => {
    const phase = sc.phases.findIndex((p) => p.inRoom.includes('ukraine'));
    const s = ukraineToSpeak(phase);
    const pkg = Object.fromEntries(
      sc.phases[phase]!.agenda.map((id) => [id, sc.issues.find((i) => i.id === id)!.statusQuo]),
    );
    const r = applyAction(sc, s, { type: 'offer.propose', party: 'ukraine', package: pkg });
    if (!r.ok) throw new Error(r.error.message);
    const again = { ...r.value, speakerIndex: sc.phases[phase]!.order.indexOf('ukraine') };
    const v = actionsView(sc, again, 'ukraine', legalActionTypes(sc, again, 'ukraine'), rules, false);
    expect(v.buttons.find((b) => b.type === 'offer.accept')!.reason).toBe('Ukraine cannot accept its own offer.');
  });

  it('when watching, every button says so and there is no phase line', () => {
    const v = actionsView(sc, start(), null, [], rules, true);
    expect(v.phaseLine).toBeNull();
    expect(v.buttons.every((b) => !b.enabled && b.reason !== null)).toBe(true);
  });

  it('after the end, the buttons say the game is over', () => {
    const s = {
      ...ukraineToSpeak(anchorage),
      outcome: { kind: 'walkout', package: {}, values: {}, reservations: {}, by: 'us' },
    } as GameState;
    const v = actionsView(sc, s, 'ukraine', [], rules, false);
    expect(v.reasons.map((r) => r.text)).toEqual(['The game is over.']);
  });
});

describe('walkOutWarning', () => {
  it('says the whole summit ends and names the phases that will not be held', () => {
    const w = walkOutWarning(sc, ukraineToSpeak(0), 'ukraine');
    expect(w.title).toBe('Walk out of the talks as Ukraine?');
    for (const p of sc.phases.slice(1)) expect(w.body).toContain(p.name);
    expect(w.body).toContain(`not only ${sc.phases[0]!.name}`);
  });
  it('in the last phase, says the summit ends without a final agreement', () => {
    const w = walkOutWarning(sc, ukraineToSpeak(sc.phases.length - 1), 'ukraine');
    expect(w.body).toMatch(/^This is the last phase/);
  });
});

describe('listWords', () => {
  it('joins with commas and "and"', () => {
    expect(listWords([])).toBe('');
    expect(listWords(['a'])).toBe('a');
    expect(listWords(['a', 'b', 'c'])).toBe('a, b and c');
  });
});
