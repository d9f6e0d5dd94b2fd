// The briefing: the public situation, the agenda phase by phase, and the map on the canvas beside it. For a scenario
// file the player opened (an instructor checking their own file), also a button to its AI statecharts.
import type { CompiledScenario } from '../../session/live';
import { formatDate, listNames } from '../models/scenario-card';
import { el } from './dom';
import { button, paragraphs } from './screen';

export function buildBriefing(
  sc: CompiledScenario,
  onBack: () => void,
  onNext: () => void,
  onStatecharts?: () => void,
): HTMLElement {
  const partyName = (id: string) => sc.parties.find((p) => p.id === id)?.name ?? id;
  const issueName = (id: string) => sc.issues.find((i) => i.id === id)?.name ?? id;
  const phases = sc.phases.map((ph) =>
    el('li', { className: 'phase-item' }, [
      el('h4', { text: ph.name }),
      el('p', { className: 'muted', text: `${formatDate(ph.date)} · ${ph.place} · ${ph.rounds} rounds` }),
      el('p', { text: `In the room: ${listNames(ph.inRoom.map(partyName))}.` }),
      el('p', { text: `Agenda: ${ph.agenda.map(issueName).join(', ')}.` }),
    ]),
  );
  return el('section', { className: 'side-panel briefing', attrs: { 'aria-labelledby': 'briefing-title' } }, [
    el('header', { className: 'side-header' }, [
      el('p', { className: 'eyebrow', text: 'Briefing' }),
      el('h1', { className: 'side-title', text: sc.title, attrs: { id: 'briefing-title' } }),
      el('p', { className: 'muted', text: `${formatDate(sc.date)} · ${sc.place}` }),
    ]),
    // Text only, nothing to tab to: the scrolling region itself takes focus, so the keyboard can scroll it.
    el('div', { className: 'side-scroll', attrs: { tabindex: '0', role: 'region', 'aria-label': 'Briefing text' } }, [
      el('p', { className: 'lead', text: sc.summary }),
      el('h2', { text: 'The situation' }),
      ...paragraphs(sc.briefing),
      el('h2', { text: 'The agenda' }),
      el('ol', { className: 'phase-list' }, phases),
      sc.map
        ? // Beside the panel on a wide screen, above it on a phone (styles.css shows the words that fit the layout).
          el('p', { className: 'hint' }, [
            el('span', { className: 'wide-only', text: 'The map beside this panel' }),
            el('span', { className: 'narrow-only', text: 'The map above this panel' }),
            document.createTextNode(' shows who controls which region today.'),
          ])
        : el('span'),
      ...(onStatecharts
        ? [
            el('h2', { text: 'The statecharts' }),
            el('p', {
              text: 'How each AI delegation’s statechart in this file moves: its states, and the events and guards that move it on.',
            }),
            button('Show the statecharts', onStatecharts, 'button briefing-statecharts'),
          ]
        : []),
    ]),
    el('footer', { className: 'side-footer' }, [
      button('Back', onBack, 'button button-quiet'),
      button('Choose your role', onNext, 'button button-primary'),
    ]),
  ]);
}
