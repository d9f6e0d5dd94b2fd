// "Write a scenario": the scenario studio. The editor on the left with the problems under it; beside it the
// package space, balance (the tournament of `summit balance`, in Web Workers, with a progress bar and Stop) and the
// statecharts. Each change is checked (debounced) with the checks of `summit validate` and `summit lint` and saved
// to IndexedDB, so a reload finds the text where it was. Loaded with import() when the studio opens.

import type { CompiledScenario } from '../../content';
import {
  type BalanceRun,
  balanceHtml,
  type CheckResult,
  checkScenarioText,
  type Draft,
  type DraftStore,
  newDraftId,
  openDraftStore,
  packageSummary,
  runBalance,
  startChoices,
  startText,
  statechartSummary,
} from '../../session/studio/index';
import { el } from '../ui/dom';
import { createStudioEditor, type StudioEditor } from './editor';
import { renderBalance, renderPackageSpace, renderProblems, renderStatecharts } from './studio-panels';
import './studio.css';

export interface StudioDeps {
  onPlay(scenario: CompiledScenario, name: string): void;
  onBack(): void;
}

/** Milliseconds after the last keystroke before the text is checked and saved. */
export const CHECK_DELAY_MS = 250;

const scenarioId = (text: string) => /^id:\s*["']?([A-Za-z0-9_-]+)/m.exec(text)?.[1] ?? 'scenario';

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = el('a', { attrs: { href: url, download: name } });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export async function openStudio(root: HTMLElement, deps: StudioDeps): Promise<void> {
  const store: DraftStore | null = await openDraftStore();
  let drafts: Draft[] = store ? await store.list() : [];
  const today = new Date().toISOString().slice(0, 10);
  let draft: Draft =
    drafts[0] ??
    ({
      id: newDraftId(Date.now()),
      name: 'my-summit',
      text: (await startText('starter', today)) ?? '',
      updated: Date.now(),
    } satisfies Draft);

  // ---- the frame ----------------------------------------------------------------------------------------------
  const draftSelect = el('select', { className: 'studio-select', attrs: { id: 'studio-draft' } });
  const startSelect = el('select', { className: 'studio-select', attrs: { id: 'studio-start' } });
  for (const c of startChoices()) startSelect.append(el('option', { text: c.label, attrs: { value: c.id } }));
  const startButton = el('button', { className: 'button button-quiet', text: 'New draft', attrs: { type: 'button' } });
  const deleteButton = el('button', {
    className: 'button button-quiet',
    text: 'Delete draft',
    attrs: { type: 'button' },
  });
  const downloadButton = el('button', {
    className: 'button button-quiet',
    text: 'Download .yaml',
    attrs: { type: 'button' },
  });
  const playButton = el('button', { className: 'button button-primary', text: 'Play now', attrs: { type: 'button' } });
  const back = el('button', { className: 'button button-quiet', text: 'Back', attrs: { type: 'button' } });
  const saveState = el('p', { className: 'studio-saved', attrs: { role: 'status' } });
  const editorBox = el('div', { className: 'studio-editor' });
  const problemsTitle = el('h2', { text: 'Problems', attrs: { id: 'studio-problems-title' } });
  const problemsSummary = el('p', { className: 'studio-summary', attrs: { role: 'status', 'aria-live': 'polite' } });
  const problemsList = el('ul', { className: 'problem-list', attrs: { 'aria-labelledby': 'studio-problems-title' } });
  const spaceBox = el('div');
  const chartsBox = el('div');

  const runsSelect = el('select', { className: 'studio-select', attrs: { id: 'studio-runs' } });
  for (const n of [20, 50, 200])
    runsSelect.append(el('option', { text: `${n} runs per cell`, attrs: { value: String(n) } }));
  runsSelect.value = '50';
  const runButton = el('button', { className: 'button button-quiet', text: 'Run balance', attrs: { type: 'button' } });
  const stopButton = el('button', {
    className: 'button button-quiet',
    text: 'Stop',
    attrs: { type: 'button', hidden: '' },
  });
  const progress = el('progress', {
    className: 'studio-progress',
    attrs: { max: '1', value: '0', 'aria-label': 'Balance progress', hidden: '' },
  });
  const balanceNote = el('p', { className: 'studio-summary', attrs: { role: 'status' } });
  const balanceTable = el('div', { className: 'balance-table', attrs: { hidden: '' } });
  const reportButton = el('button', {
    className: 'button button-quiet',
    text: 'Download the HTML report',
    attrs: { type: 'button', hidden: '' },
  });

  const section = (title: string, id: string, body: Node[]) =>
    el('section', { className: 'studio-card', attrs: { 'aria-labelledby': id } }, [
      el('h2', { text: title, attrs: { id } }),
      ...body,
    ]);

  root.replaceChildren(
    el('section', { className: 'studio', attrs: { 'aria-labelledby': 'studio-title' } }, [
      el('header', { className: 'studio-header' }, [
        el('div', { className: 'studio-heading' }, [
          el('h1', {
            className: 'side-title',
            text: 'Write a scenario',
            attrs: { id: 'studio-title', tabindex: '-1' },
          }),
          saveState,
        ]),
        el('div', { className: 'studio-actions' }, [downloadButton, playButton, back]),
      ]),
      el('div', { className: 'studio-main' }, [
        el('div', { className: 'studio-left' }, [
          editorBox,
          el('section', { className: 'studio-problems', attrs: { 'aria-labelledby': 'studio-problems-title' } }, [
            el('div', { className: 'studio-problems-head' }, [problemsTitle, problemsSummary]),
            problemsList,
          ]),
        ]),
        el('div', { className: 'studio-side' }, [
          section('Drafts', 'studio-drafts-title', [
            el('div', { className: 'studio-row' }, [
              el('label', { className: 'studio-label', text: 'Open', attrs: { for: 'studio-draft' } }),
              draftSelect,
              deleteButton,
            ]),
            el('div', { className: 'studio-row' }, [
              el('label', { className: 'studio-label', text: 'New from', attrs: { for: 'studio-start' } }),
              startSelect,
              startButton,
            ]),
          ]),
          section('Package space', 'studio-space-title', [spaceBox]),
          section('Balance', 'studio-balance-title', [
            el('p', {
              className: 'muted',
              text: 'AI tournaments as summit balance plays them: each party by each policy against the AI, and all-AI games.',
            }),
            el('div', { className: 'studio-row' }, [
              el('label', { className: 'visually-hidden', text: 'Runs per cell', attrs: { for: 'studio-runs' } }),
              runsSelect,
              runButton,
              stopButton,
            ]),
            progress,
            balanceNote,
            balanceTable,
            reportButton,
          ]),
          section('Statecharts', 'studio-charts-title', [chartsBox]),
        ]),
      ]),
    ]),
  );
  document.body.dataset.layout = 'studio';

  // ---- check and save -----------------------------------------------------------------------------------------
  let last: CheckResult | null = null;
  const editor: StudioEditor = createStudioEditor(editorBox, draft.text, () => schedule());

  const fileName = () => `${scenarioId(editor.text())}.yaml`;
  const check = () => {
    const text = editor.text();
    const result = checkScenarioText(text, fileName(), () => performance.now());
    last = result;
    editor.showProblems(result.problems);
    renderProblems(problemsList, result.problems, (from) => editor.goTo(from));
    const errors = result.problems.filter((p) => p.severity === 'error').length;
    const warnings = result.problems.length - errors;
    problemsSummary.textContent =
      errors + warnings === 0
        ? 'No problems: the file is valid and lints clean.'
        : `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.`;
    problemsSummary.dataset.errors = String(errors);
    playButton.disabled = result.scenario === null;
    runButton.disabled = result.scenario === null || running !== null;
    playButton.title = result.scenario === null ? 'Fix the errors to play' : '';
    renderPackageSpace(spaceBox, result.scenario ? packageSummary(result.scenario) : null);
    renderStatecharts(chartsBox, result.scenario ? statechartSummary(result.scenario) : null);
  };

  const save = async () => {
    if (store === null) {
      saveState.textContent = 'This browser keeps no drafts: download the file to keep it.';
      return;
    }
    draft = { ...draft, name: scenarioId(editor.text()), text: editor.text(), updated: Date.now() };
    try {
      await store.put(draft);
      saveState.textContent = 'Saved in this browser.';
    } catch {
      saveState.textContent = 'Could not save in this browser: download the file to keep it.';
    }
    refreshDrafts();
  };

  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    check();
    void save();
  };
  const schedule = () => {
    saveState.textContent = 'Editing…';
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(flush, CHECK_DELAY_MS);
  };
  const onHide = () => {
    if (timer !== null) flush();
  };
  window.addEventListener('pagehide', onHide);

  const refreshDrafts = async () => {
    if (store === null) return;
    drafts = await store.list();
    if (!drafts.some((d) => d.id === draft.id)) drafts.unshift(draft);
    draftSelect.replaceChildren(
      ...drafts.map((d) =>
        el('option', {
          text: `${d.name} (${new Date(d.updated).toLocaleString('en-GB', { dateStyle: 'short', timeStyle: 'short' })})`,
          attrs: { value: d.id },
        }),
      ),
    );
    draftSelect.value = draft.id;
    deleteButton.disabled = drafts.length < 2;
  };

  const openDraft = (d: Draft) => {
    draft = d;
    editor.setText(d.text);
    flush();
  };

  draftSelect.addEventListener('change', async () => {
    if (timer !== null) flush();
    const d = store ? await store.get(draftSelect.value) : null;
    if (d) openDraft(d);
  });
  startButton.addEventListener('click', async () => {
    if (timer !== null) flush();
    const text = await startText(startSelect.value, today);
    if (text === null) return;
    openDraft({ id: newDraftId(Date.now()), name: scenarioId(text), text, updated: Date.now() });
  });
  deleteButton.addEventListener('click', async () => {
    if (store === null || drafts.length < 2) return;
    if (!window.confirm(`Delete the draft ${draft.name}? Its text is lost unless you downloaded it.`)) return;
    if (timer !== null) clearTimeout(timer);
    timer = null;
    await store.remove(draft.id);
    const rest = await store.list();
    if (rest[0]) openDraft(rest[0]);
  });
  downloadButton.addEventListener('click', () => download(fileName(), editor.text(), 'text/yaml'));
  playButton.addEventListener('click', () => {
    if (timer !== null) flush();
    if (last?.scenario) {
      cleanup();
      deps.onPlay(last.scenario, fileName());
    }
  });

  // ---- balance ------------------------------------------------------------------------------------------------
  let running: BalanceRun | null = null;
  let report: { html: string; name: string } | null = null;
  runButton.addEventListener('click', async () => {
    if (timer !== null) flush();
    const sc = last?.scenario;
    if (!sc || running) return;
    const runs = Number(runsSelect.value);
    const workers = Math.max(1, Math.min(8, (navigator.hardwareConcurrency || 2) - 1));
    const t0 = performance.now();
    progress.hidden = false;
    progress.value = 0;
    stopButton.hidden = false;
    runButton.disabled = true;
    reportButton.hidden = true;
    balanceNote.textContent = `Playing on ${workers} worker${workers === 1 ? '' : 's'}…`;
    running = runBalance({
      scenario: sc,
      text: editor.text(),
      name: fileName(),
      runs,
      seed: 1,
      workers,
      onProgress: (done, total) => {
        progress.max = total;
        progress.value = done;
        progress.setAttribute('aria-valuetext', `${done} of ${total} games`);
      },
    });
    const out = await running.done;
    running = null;
    stopButton.hidden = true;
    runButton.disabled = last?.scenario == null;
    const secs = ((performance.now() - t0) / 1000).toFixed(1);
    if (out.ok) {
      const games = Number(progress.max);
      balanceNote.textContent = `${games.toLocaleString('en')} games in ${secs} s on ${workers} worker${workers === 1 ? '' : 's'}.`;
      renderBalance(balanceTable, out.report);
      balanceTable.hidden = false;
      report = { html: balanceHtml(sc, out.report), name: `${sc.id}-balance.html` };
      reportButton.hidden = false;
      progress.dataset.done = 'true';
    } else {
      balanceNote.textContent = out.stopped ? `Stopped after ${secs} s.` : out.message;
      progress.hidden = true;
    }
  });
  stopButton.addEventListener('click', () => running?.stop());
  reportButton.addEventListener('click', () => {
    if (report) download(report.name, report.html, 'text/html');
  });

  const cleanup = () => {
    running?.stop();
    if (timer !== null) flush();
    window.removeEventListener('pagehide', onHide);
  };
  back.addEventListener('click', () => {
    cleanup();
    deps.onBack();
  });

  // A first visit starts from the starter scenario, kept at once like any draft.
  if (store !== null && (await store.get(draft.id)) === null) await save();
  await refreshDrafts();
  check();
  saveState.textContent =
    store === null ? 'This browser keeps no drafts: download the file to keep it.' : 'Saved in this browser.';
  root.querySelector<HTMLElement>('#studio-title')?.focus();
}
