// The first-time guide: three coach marks (deal sheet, actions, map) that point at the real controls, so a
// student who has never seen the game can play a first negotiation unaided. Skippable; offered again from
// Settings. While it shows, the summit's shortcuts pause (the flow checks isOpen()).
import { el } from './dom';
import { button } from './screen';

const STEPS = [
  {
    target: 'deal',
    title: 'The deal sheet',
    text: 'Each row is an issue on the agenda. “On the table” is the offer being discussed; “Your package” is yours to build — the meter shows what it is worth to you, and the line marks what you get with no deal.',
  },
  {
    target: 'actions',
    title: 'Your move',
    text: 'Propose your package (P), accept (A) or reject (R) the one on the table, make statements, or ask a delegation “what would it take?” (W). Every AI answer has a “Why?” in the transcript.',
  },
  {
    target: 'map',
    title: 'The table and the map',
    // "Beside" on a wide screen, "above" on a phone, where the table sits over the panel (styles.css, 799 px).
    text: (narrow: boolean) =>
      `${narrow ? 'Above' : 'Beside'} this panel sit the delegations. Press M or tap Map to see the map: the package you build is previewed on it. A deal needs every party whose consent an issue requires.`,
  },
] as const;

export interface CoachMarks {
  isOpen(): boolean;
}

export function startCoachMarks(root: HTMLElement, onDone: () => void): CoachMarks {
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
    title.textContent = step.title;
    const narrow = window.matchMedia?.('(max-width: 799px)').matches === true;
    text.textContent = typeof step.text === 'function' ? step.text(narrow) : step.text;
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
