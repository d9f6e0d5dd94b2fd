// The first-time guide: three coach marks (deal sheet, actions, table and map) that point at the real controls, so
// a student who has never seen the game can play a first negotiation unaided. Skippable; offered again from
// Settings. While it shows, the summit's shortcuts pause (the flow checks isOpen()). Its words follow the game in
// front of the student: no map talk for a scenario without one, and no keys on a touch screen.
import { el } from './dom';
import { button } from './screen';

/** What the guide's words depend on. */
export interface GuideContext {
  /** The table sits above the panel (a phone, under 800 px wide), not beside it. */
  narrow: boolean;
  /** A touch screen: no keyboard to press keys on. */
  touch: boolean;
  /** The scenario has a map (a Map button and key). */
  map: boolean;
}

interface Step {
  target: string;
  title: (c: GuideContext) => string;
  text: (c: GuideContext) => string;
}

/** "(P)" after an action's name where there is a keyboard; nothing on a touch screen. */
const key = (c: GuideContext, k: string) => (c.touch ? '' : ` (${k})`);

export const STEPS: readonly Step[] = [
  {
    target: 'deal',
    title: () => 'The deal sheet',
    text: () =>
      'Each row is an issue on the agenda. “On the table” is the offer being discussed; “Your package” is yours to build — the meter shows what it is worth to you, and the line marks what you get with no deal.',
  },
  {
    target: 'actions',
    title: () => 'Your move',
    text: (c) =>
      `Propose your package${key(c, 'P')}, accept${key(c, 'A')} or reject${key(c, 'R')} the one on the table, make statements, or ask a delegation “what would it take?”${key(c, 'W')}. Every AI answer has a “Why?” in the transcript.`,
  },
  {
    target: 'map',
    title: (c) => (c.map ? 'The table and the map' : 'The table'),
    // "Beside" on a wide screen, "above" on a phone, where the table sits over the panel (styles.css, 799 px).
    text: (c) => {
      const where = `${c.narrow ? 'Above' : 'Beside'} this panel sit the delegations, each with its mood under its name.`;
      const map = c.map
        ? ` ${c.touch ? 'Tap Map' : 'Press M or click Map'} to see the map: the package you build is previewed on it.`
        : '';
      return `${where}${map} A deal needs every party whose consent an issue requires.`;
    },
  },
];

export interface CoachMarks {
  isOpen(): boolean;
}

/** The guide's context on this device, for a scenario with or without a map. */
export function guideContext(map: boolean): GuideContext {
  const media = (q: string) => window.matchMedia?.(q).matches === true;
  return { narrow: media('(max-width: 799px)'), touch: media('(pointer: coarse)'), map };
}

export function startCoachMarks(root: HTMLElement, onDone: () => void, options: { map: boolean }): CoachMarks {
  let index = 0;
  let open = true;
  const title = el('h2', { attrs: { id: 'guide-title' } });
  const text = el('p');
  const counter = el('p', { className: 'muted' });
  const next = button('Next', () => go(index + 1), 'button button-primary');
  const skip = button('Skip the guide', () => finish(), 'button button-quiet');
  const box = el('div', { className: 'coach', attrs: { role: 'dialog', 'aria-labelledby': 'guide-title' } }, [
    counter,
    title,
    text,
    el('div', { className: 'coach-buttons' }, [skip, next]),
  ]);
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      finish();
    }
  };
  function go(i: number) {
    for (const n of root.querySelectorAll('.coach-target')) n.classList.remove('coach-target');
    if (i >= STEPS.length) {
      finish();
      return;
    }
    index = i;
    const step = STEPS[i]!;
    counter.textContent = `Guide ${i + 1} of ${STEPS.length}`;
    const c = guideContext(options.map);
    title.textContent = step.title(c);
    text.textContent = step.text(c);
    next.textContent = i === STEPS.length - 1 ? 'Start negotiating' : 'Next';
    box.dataset.step = step.target;
    root.querySelector(`[data-guide="${step.target}"]`)?.classList.add('coach-target');
    next.focus();
  }
  function finish() {
    if (!open) return;
    open = false;
    for (const n of root.querySelectorAll('.coach-target')) n.classList.remove('coach-target');
    document.removeEventListener('keydown', onKey, true);
    box.remove();
    onDone();
  }
  document.addEventListener('keydown', onKey, true);
  root.append(box);
  go(0);
  return { isOpen: () => open };
}
