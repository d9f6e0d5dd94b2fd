// The transcript: one list item per log entry, its sentence rendered by the session's logSentence, appended (never
// rebuilt) so the live region announces only what is new. AI answers carry a "why?" disclosure with their
// structured reason; "what would it take?" answers list what the delegation wants (from the answer's data).
import type { CompiledScenario, LogEntry, Reason } from '../../session/live';
import { answerItems, effectsSentence, entryParty, logSentence, spokenLine } from '../../session/live';
import { latestLine } from '../models/latest-line';
import { reasonView } from '../models/reason-view';
import { el } from './dom';

export interface TranscriptPanel {
  element: HTMLElement;
  /** The newest entry's sentence, for the line pinned under the panel (outside its scrolling part). */
  latest: HTMLElement;
  /** Shows the log; appends entries past those already shown (a shorter log, e.g. a new game, starts over). */
  show(log: readonly LogEntry[]): void;
}

export function createTranscript(sc: CompiledScenario): TranscriptPanel {
  const list = el('ol', {
    className: 'transcript-list',
    attrs: { 'aria-live': 'polite', 'aria-relevant': 'additions', 'aria-label': 'Transcript', tabindex: '0' },
  });
  let shown = 0;
  const element = el('section', { className: 'transcript', attrs: { 'aria-labelledby': 'transcript-title' } }, [
    el('h2', { text: 'Transcript', attrs: { id: 'transcript-title' } }),
    list,
  ]);
  // The list grows inside the panel's one scrolling part (no scroll inside a scroll); the newest sentence is
  // pinned under the panel instead, so it is in view with the deal sheet and the actions. Not a live region: the
  // list already announces each new entry.
  const latestText = el('span', { className: 'latest-text' });
  const latest = el('div', { className: 'latest-line' }, [
    el('p', {}, [el('span', { className: 'latest-label', text: 'Latest: ' }), latestText]),
  ]);
  // An opened "why?" is scrolled into view (it may open below the panel's fold).
  list.addEventListener(
    'toggle',
    (e) => {
      const d = e.target as HTMLDetailsElement;
      if (d.open) d.scrollIntoView({ block: 'nearest' });
    },
    true,
  );
  return {
    element,
    latest,
    show(log) {
      if (log.length < shown) {
        list.replaceChildren();
        shown = 0;
      }
      for (const entry of log.slice(shown)) list.append(entryItem(sc, entry));
      shown = log.length;
      const latestNow = latestLine(sc, log);
      latestText.textContent = latestNow.text;
      latestText.classList.toggle('latest-quote', latestNow.quote);
    },
  };
}

function entryItem(sc: CompiledScenario, e: LogEntry): HTMLElement {
  const party = sc.parties.find((p) => p.id === entryParty(e));
  const item = el('li', { className: `entry entry-${e.kind}`, attrs: { 'data-turn': String(e.turn) } });
  if (party) item.style.setProperty('--party', party.colour);
  // A question shows the question alone here and the answer below; a spoken line ('said') only as the quote.
  if (e.kind !== 'said') item.append(el('p', { className: 'entry-text', text: logSentence(sc, e, { answer: false }) }));
  const line = spokenLine(sc, e);
  if (line) {
    const ask = e.kind === 'action' && e.action.type === 'ask.whatWouldItTake' ? e.action : null;
    const speakerName = ask ? partyName(sc, ask.target) : (party?.name ?? '');
    item.append(
      el('blockquote', { className: 'entry-line' }, [
        el('p', { text: `${speakerName}: “${line.text}”` }),
        el('p', {
          className: 'entry-source',
          text: line.simulated ? 'Simulated paraphrase' : sourceLabel(sc, line.source),
        }),
      ]),
    );
  }
  if (e.kind !== 'action') return item;
  // Every statement gets an answer: what it moved (trust, no-deal values), or that it moved nothing.
  const effects = effectsSentence(sc, e);
  if (effects) item.append(el('p', { className: 'entry-effects', text: effects }));
  if (e.answer) {
    const wanted = answerItems(sc, e.answer);
    item.append(
      el('div', { className: 'answer' }, [
        el('p', { className: 'answer-title', text: wanted.length > 0 ? 'It would take:' : e.answer.reason.summary }),
        ...(wanted.length > 0
          ? [
              el(
                'ul',
                {},
                wanted.map((w) => el('li', { text: w })),
              ),
            ]
          : []),
      ]),
    );
  }
  // "Why?" on an answer explains the answer (the party asked); on an AI's action, the action.
  const why = e.answer?.reason ?? e.reason;
  const whose = e.answer && e.action.type === 'ask.whatWouldItTake' ? e.action.target : e.party;
  if (why) item.append(whyDisclosure(sc, why, e.phase, whose));
  return item;
}

function whyDisclosure(sc: CompiledScenario, reason: Reason, phase: string, party: string): HTMLElement {
  const view = reasonView(sc, reason, phase, party);
  const facts = el(
    'dl',
    { className: 'why-facts' },
    view.facts.flatMap((f) => [el('dt', { text: f.label }), el('dd', { text: f.value })]),
  );
  const children: Node[] = [el('summary', { text: 'Why?' }), el('p', { text: view.summary }), facts];
  if (view.perIssue.length > 0) {
    children.push(
      el('p', { className: 'why-sub', text: 'Value per issue of the package it judged (points of 100):' }),
      el(
        'ul',
        { className: 'why-issues' },
        view.perIssue.map((p) => el('li', { text: `${p.issue}: ${p.points}` })),
      ),
    );
  }
  return el('details', { className: 'why' }, children);
}

function partyName(sc: CompiledScenario, id: string): string {
  return sc.parties.find((p) => p.id === id)?.name ?? id;
}

function sourceLabel(sc: CompiledScenario, id: string | undefined): string {
  const source = sc.sources.find((s) => s.id === id);
  if (!source) return 'Quoted';
  return `Quoted: ${source.title}${source.publisher ? `, ${source.publisher}` : ''}${source.date ? `, ${source.date}` : ''}`;
}
