// The studio's side panels as plain DOM from the session's summaries: the problems list, the package space and the
// statecharts (a list of stances and transitions, one block per party, that a drawn diagram can replace).

import type { PackageSummary, Problem, StatechartSummary } from '../../session/studio/index';
import { el } from '../ui/dom';

const pkgWords = (pkg: Record<string, string>) =>
  Object.entries(pkg)
    .map(([issue, option]) => `${issue}: ${option}`)
    .join(', ');

/** The problems list: one button per problem (it moves the cursor there), errors first as the loader gives them. */
export function renderProblems(list: HTMLElement, problems: readonly Problem[], goTo: (from: number) => void): void {
  list.replaceChildren(
    ...problems.map((p) => {
      const where = el('span', { className: 'problem-where', text: `${p.line}:${p.column}` });
      const kind = el('span', {
        className: `problem-kind problem-${p.severity}`,
        text: p.severity === 'error' ? 'Error' : 'Warning',
      });
      const text = el('span', {
        className: 'problem-text',
        text: `${p.message}${p.hint ? ` (${p.hint})` : ''}${p.rule ? ` [${p.rule}]` : ''}`,
      });
      const button = el('button', { className: 'problem', attrs: { type: 'button' } }, [kind, where, text]);
      button.addEventListener('click', () => goTo(p.from));
      return el('li', {}, [button]);
    }),
  );
}

export function renderPackageSpace(box: HTMLElement, s: PackageSummary | null): void {
  if (s === null) {
    box.replaceChildren(el('p', { className: 'muted', text: 'Shown once the file has no errors.' }));
    return;
  }
  const rows = s.parties.map((p) =>
    el('tr', {}, [
      el('th', { text: p.name, attrs: { scope: 'row' } }),
      el('td', { text: String(p.reservation) }),
      el('td', { text: `${p.best.value} (${pkgWords(p.best.package)})` }),
      el('td', { text: `${p.worst.value} (${pkgWords(p.worst.package)})` }),
    ]),
  );
  box.replaceChildren(
    el('p', {
      text: `${s.packages.toLocaleString('en')} packages; ${s.zopa.toLocaleString('en')} in the zone of possible agreement (worth more than no deal to ${s.consent.join(', ')}).`,
    }),
    el('table', { className: 'studio-table' }, [
      el('thead', {}, [
        el('tr', {}, [
          el('th', { text: 'Party', attrs: { scope: 'col' } }),
          el('th', { text: 'No deal', attrs: { scope: 'col' } }),
          el('th', { text: 'Best package', attrs: { scope: 'col' } }),
          el('th', { text: 'Worst package', attrs: { scope: 'col' } }),
        ]),
      ]),
      el('tbody', {}, rows),
    ]),
  );
}

export function renderStatecharts(box: HTMLElement, charts: readonly StatechartSummary[] | null): void {
  if (charts === null) {
    box.replaceChildren(el('p', { className: 'muted', text: 'Shown once the file has no errors.' }));
    return;
  }
  box.replaceChildren(
    ...charts.map((c) =>
      el('div', { className: 'statechart-list', attrs: { 'data-party': c.party } }, [
        el('h3', { text: c.name }),
        el(
          'ul',
          {},
          c.stances.map((s) =>
            el('li', {}, [
              el('span', { className: 'stance-name', text: s.id }),
              el('span', { className: 'muted-inline', text: ` ${s.mood}${s.initial ? ', starts here' : ''}` }),
              ...(s.transitions.length
                ? [
                    el(
                      'ul',
                      {},
                      s.transitions.map((t) =>
                        el('li', {
                          text: `on ${t.event}${t.guard ? ` if ${t.guard}` : ''} → ${t.target ?? '(stays)'}`,
                        }),
                      ),
                    ),
                  ]
                : []),
            ]),
          ),
        ),
      ]),
    ),
  );
}
