// The studio's side panels as plain DOM from the session's summaries: the problems list, the package space, the
// balance report and the statecharts (a list of stances and transitions, one block per party, that a drawn diagram can replace).

import {
  type BalanceReport,
  formatBalance,
  type PackageSummary,
  type Problem,
  type StatechartSummary,
} from '../../session/studio/index';
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

/**
 * The balance report in the words of `summit balance` (formatBalance), laid out for the studio's column: the
 * heading line, the party × policy figures as a table, and the all-AI lines as paragraphs that wrap with their
 * indent kept. As one block of monospaced text it was wider than the column and was cut at its right edge.
 */
export function renderBalance(box: HTMLElement, r: BalanceReport): void {
  const lines = formatBalance(r);
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const head = ['party', 'policy', 'deals', 'walkout', 'surplus'];
  const rows = Object.entries(r.byParty).flatMap(([party, byPolicy]) =>
    Object.entries(byPolicy).map(([policy, f]) =>
      el('tr', {}, [
        el('th', { text: party, attrs: { scope: 'row' } }),
        el('td', { text: policy }),
        el('td', { className: 'num', text: pct(f.dealRate) }),
        el('td', { className: 'num', text: pct(f.walkoutRate) }),
        el('td', { className: 'num', text: f.meanSurplus.toFixed(1) }),
      ]),
    ),
  );
  // The lines after the table: from "All AI:" on, each kept with its indent (two spaces a level).
  const allAi = lines.slice(lines.findIndex((l) => l.startsWith('All AI:')));
  box.replaceChildren(
    el('p', { className: 'balance-caption', text: lines[0] ?? '' }),
    el('table', { className: 'studio-table balance-figures' }, [
      el('caption', { className: 'visually-hidden', text: 'Each party played by a policy, the others by their AI' }),
      el('thead', {}, [
        el(
          'tr',
          {},
          head.map((h, i) => el('th', { text: h, className: i > 1 ? 'num' : '', attrs: { scope: 'col' } })),
        ),
      ]),
      el('tbody', {}, rows),
    ]),
    ...allAi.map((line) => {
      const indent = line.length - line.trimStart().length;
      const p = el('p', { className: 'balance-line', text: line.trim() });
      p.style.setProperty('--indent', String(Math.min(4, Math.floor(indent / 2))));
      return p;
    }),
  );
}
