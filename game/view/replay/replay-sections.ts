// The replay viewer's read-only sections as DOM, built from the headless models: the deal sheet at a step and
// the transcript's entries with their "why?" disclosures. Every string goes in through textContent (el): names and
// lines come from scenario files and replays, which are data, never HTML.
import { el } from '../ui/dom';
import type { ReplaySheet } from './sheet-model';
import type { TranscriptItem } from './transcript-model';

const list = (items: string[]) => (items.length === 0 ? 'nobody yet' : items.join(', '));

export function sheetElement(s: ReplaySheet): HTMLElement {
  // At the end the marked option is the outcome's, not a proposal's.
  const chosen = s.outcome ? 'the outcome' : 'on the table';
  const rows = s.rows.map((r) =>
    el('tr', {}, [
      el('th', { text: r.issue, attrs: { scope: 'row' } }),
      el('td', {}, [
        el(
          'ul',
          { className: 'replay-options' },
          r.options.map((o) => {
            const marks = [
              o.onTable ? chosen : '',
              o.committed ? 'agreed earlier' : '',
              o.statusQuo ? 'status quo' : '',
            ]
              .filter(Boolean)
              .join(', ');
            const item = el('li', {
              className: ['replay-option', o.onTable ? 'is-on-table' : '', o.statusQuo ? 'is-status-quo' : '']
                .filter(Boolean)
                .join(' '),
            });
            item.append(el('span', { className: 'replay-option-label', text: o.label }));
            if (marks) item.append(el('span', { className: 'replay-option-mark', text: marks }));
            return item;
          }),
        ),
      ]),
    ]),
  );
  const table = el('table', { className: 'replay-sheet-table' }, [
    el('caption', { className: 'visually-hidden', text: 'Agenda issues and their options at this step' }),
    el('thead', {}, [
      el('tr', {}, [
        el('th', { text: 'Issue', attrs: { scope: 'col' } }),
        el('th', { text: 'Options', attrs: { scope: 'col' } }),
      ]),
    ]),
    el('tbody', {}, rows),
  ]);
  const status = s.outcome
    ? el('p', { className: 'replay-table-status', text: `Outcome: ${s.outcome.text}.` })
    : s.table
      ? el('p', {
          className: 'replay-table-status',
          text: `${s.table.proposer} proposed this package. Accepted by ${list(s.table.accepted)}; waiting for ${list(
            s.table.waitingFor,
          )}.`,
        })
      : el('p', { className: 'replay-table-status muted', text: 'No package on the table.' });
  const children: Node[] = [
    el('p', { className: 'replay-sheet-where' }, [
      el('strong', { text: s.phase }),
      el('span', { text: ` · ${s.when} · ${s.round}` }),
    ]),
    status,
    table,
  ];
  if (s.outcome) {
    children.push(
      el('table', { className: 'replay-values' }, [
        el('caption', { text: 'Each party’s value of the outcome (its no-deal value in brackets)' }),
        el(
          'tbody',
          {},
          s.outcome.values.map((v) =>
            el('tr', {}, [
              el('th', { text: v.party, attrs: { scope: 'row' } }),
              el('td', { text: `${v.value} (${v.reservation})` }),
            ]),
          ),
        ),
      ]),
    );
  }
  if (s.stances.length > 0) {
    children.push(
      el(
        'ul',
        { className: 'replay-stances', attrs: { 'aria-label': 'AI stances at this step' } },
        s.stances.map((x) => el('li', { text: `${x.party}: ${x.words}` })),
      ),
    );
  }
  return el('div', { className: 'replay-sheet' }, children);
}

export function transcriptEntry(item: TranscriptItem): HTMLElement {
  const li = el('li', { className: `replay-entry entry-${item.kind}`, attrs: { 'data-turn': String(item.turn) } });
  if (item.colour) li.style.setProperty('--party', item.colour);
  if (item.text) li.append(el('p', { className: 'entry-text', text: item.text }));
  if (item.line) {
    li.append(
      el('blockquote', { className: 'entry-line' }, [
        el('p', { text: `${item.line.speaker}: “${item.line.text}”` }),
        el('p', { className: 'entry-source', text: item.line.source }),
      ]),
    );
  }
  if (item.why) {
    const why = item.why;
    const children: Node[] = [
      el('summary', { text: 'Why?' }),
      el('p', { text: why.summary }),
      el(
        'dl',
        { className: 'why-facts' },
        why.facts.flatMap((f) => [el('dt', { text: f.label }), el('dd', { text: f.value })]),
      ),
    ];
    if (why.perIssue.length > 0) {
      children.push(
        el('p', { className: 'why-sub', text: 'Value per issue of the package it judged (points of 100):' }),
        el(
          'ul',
          { className: 'why-issues' },
          why.perIssue.map((p) => el('li', { text: `${p.issue}: ${p.points}` })),
        ),
      );
    }
    li.append(el('details', { className: 'why replay-why' }, children));
  }
  return li;
}
