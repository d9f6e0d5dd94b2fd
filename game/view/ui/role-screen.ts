// Role choice: your party (or "AI only — watch"), other human players for hot seat, difficulty, an advanced
// seed, and the confidential brief of the party you picked.
import type { CompiledScenario, Seat } from '../../session/live';
import { DIFFICULTIES, type Difficulty } from '../models/difficulty';
import { NON_VOTING_BRIEF, NON_VOTING_MARK, nonVoting } from '../models/party-role';
import { el, uid } from './dom';
import { button, paragraphs } from './screen';

export interface RoleChoice {
  seats: Record<string, Seat>;
  difficulty: Difficulty;
  seed: number;
}

/** A default seed from the browser's random source: games differ by default, and the seed field can fix one. */
export function defaultSeed(): number {
  const a = new Uint32Array(1);
  crypto.getRandomValues(a);
  return a[0]! % 1_000_000;
}

export function buildRoleScreen(
  sc: CompiledScenario,
  onBack: () => void,
  onStart: (c: RoleChoice) => void,
): HTMLElement {
  const WATCH = '__watch';
  const group = uid('party');
  let chosen = sc.parties[0]!.id;
  const briefBox = el('div', { className: 'brief', attrs: { 'aria-live': 'polite' } });
  const others = new Map<string, HTMLInputElement>();

  const showBrief = () => {
    const party = sc.parties.find((p) => p.id === chosen);
    if (!party) {
      briefBox.replaceChildren(
        el('h2', { text: 'Watch the AI delegations' }),
        el('p', { text: 'Every party is played by the computer. Press Escape or Skip to jump to the end.' }),
      );
    } else {
      briefBox.replaceChildren(
        el('h2', { text: `Confidential brief: ${party.name}` }),
        el('p', {
          className: 'muted',
          text: `${party.leader} · your no-deal value when the talks begin: ${party.reservation} / 100 (events can move it; the deal sheet shows it as it stands, and a game without a final agreement scores you at it)`,
        }),
        ...(nonVoting(sc, party.id) ? [el('p', { className: 'hint', text: NON_VOTING_BRIEF })] : []),
        ...paragraphs(party.brief),
      );
    }
    for (const [id, box] of others) {
      box.disabled = chosen === WATCH || id === chosen;
      if (box.disabled) box.checked = false;
    }
  };

  const partyRadios = [
    ...sc.parties.map((p) => ({ id: p.id, label: nonVoting(sc, p.id) ? `${p.name} (${NON_VOTING_MARK})` : p.name })),
    { id: WATCH, label: 'AI only — watch' },
  ].map((p, i) => {
    const id = uid('party-option');
    const input = el('input', { attrs: { type: 'radio', name: group, id, value: p.id } });
    input.checked = i === 0;
    input.addEventListener('change', () => {
      if (input.checked) {
        chosen = p.id;
        showBrief();
      }
    });
    return el('div', { className: 'choice' }, [input, el('label', { text: p.label, attrs: { for: id } })]);
  });

  const hotSeat = sc.parties.map((p) => {
    const id = uid('hotseat');
    const box = el('input', { attrs: { type: 'checkbox', id, value: p.id } });
    others.set(p.id, box);
    return el('div', { className: 'choice' }, [box, el('label', { text: p.name, attrs: { for: id } })]);
  });

  const difficultyName = uid('difficulty');
  let difficulty: Difficulty = 'normal';
  const difficultyRadios = DIFFICULTIES.map((d) => {
    const id = uid('difficulty-option');
    const input = el('input', { attrs: { type: 'radio', name: difficultyName, id, value: d.id } });
    input.checked = d.id === 'normal';
    input.addEventListener('change', () => {
      if (input.checked) difficulty = d.id;
    });
    return el('div', { className: 'choice' }, [
      input,
      el('label', { text: d.label, attrs: { for: id } }),
      el('p', { className: 'hint', text: d.description }),
    ]);
  });

  const seedId = uid('seed');
  const seedInput = el('input', {
    className: 'text-input',
    attrs: { type: 'number', id: seedId, min: '0', max: '2147483647', step: '1', value: String(defaultSeed()) },
  });
  const error = el('p', { className: 'form-error', attrs: { role: 'alert' } });

  const start = () => {
    const seed = Number(seedInput.value);
    if (!Number.isInteger(seed) || seed < 0 || seed > 2147483647) {
      error.textContent = 'The seed must be a whole number from 0 to 2147483647.';
      seedInput.focus();
      return;
    }
    const seats: Record<string, Seat> = {};
    for (const p of sc.parties) seats[p.id] = p.id === chosen || others.get(p.id)?.checked ? 'human' : 'ai';
    onStart({ seats, difficulty, seed });
  };

  const form = el('div', { className: 'side-scroll role-form' }, [
    el('fieldset', {}, [el('legend', { text: 'Your party' }), ...partyRadios]),
    el('fieldset', {}, [
      el('legend', { text: 'Other human players on this device (hot seat)' }),
      el('p', {
        className: 'hint',
        text: 'Each human party plays in turn; a privacy screen hides your brief between seats.',
      }),
      ...hotSeat,
    ]),
    el('fieldset', {}, [el('legend', { text: 'Difficulty' }), ...difficultyRadios]),
    el('details', { className: 'advanced' }, [
      el('summary', { text: 'Advanced: seed' }),
      el('label', { text: 'Seed (the same seed and moves give the same game)', attrs: { for: seedId } }),
      seedInput,
    ]),
    error,
    briefBox,
  ]);
  showBrief();
  return el('section', { className: 'side-panel role', attrs: { 'aria-labelledby': 'role-title' } }, [
    el('header', { className: 'side-header' }, [
      el('p', { className: 'eyebrow', text: sc.title }),
      el('h1', { className: 'side-title', text: 'Take a seat', attrs: { id: 'role-title' } }),
    ]),
    form,
    el('footer', { className: 'side-footer' }, [
      button('Back', onBack, 'button button-quiet'),
      button('Start the summit', start, 'button button-primary'),
    ]),
  ]);
}
