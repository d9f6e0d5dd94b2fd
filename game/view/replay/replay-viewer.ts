// The replay viewer: an accessible HTML panel beside the canvas that walks a played-back replay step by step. A
// scrubber and a list of every turn; back/forward/first/last with ←/→/Home/End; play and pause with Space at a
// chosen speed; the deal sheet, the transcript (with every AI reason), the turning points and the AI statecharts
// (the states lit, the transition just taken marked) as they were at the step; "play from here" to branch. It holds only an index into the steps: every step's state was computed (and
// checked against the recording) when the replay was opened, so moving is instant and never recomputes a game.
// The host draws the table and the map for each step through hooks.showState.
import type { CompiledScenario, GameState, PlaybackStep, Replay } from '../../session/live';
import { createStatechartsView } from '../charts/statecharts-view';
import { el, uid } from '../ui/dom';
import './replay.css';
import { sheetElement, transcriptEntry } from './replay-sections';
import { replaySheet } from './sheet-model';
import {
  keyCommand,
  moveIndex,
  positionText,
  SPEEDS,
  type Speed,
  speedLabel,
  stepDelay,
  type TimelineCommand,
  timeline,
} from './timeline-model';
import { transcript } from './transcript-model';
import { currentPoint, turningPoints } from './turning-points-model';

export interface ReplayViewerInput {
  scenario: CompiledScenario;
  replay: Replay;
  steps: PlaybackStep[];
}

export interface ReplayViewerHooks {
  /** Draw the table and the map for this state (the host owns the canvas). */
  showState(state: GameState): void;
  /** "Play from here": continue as a live game from the state after `turn` actions; `step` is the step on show
   *  (to come back to it). */
  onBranch(turn: number, step: number): void;
  onClose(): void;
  /** The debrief of the step on show (a finished game, or the game as it stood). Absent: no Debrief button. */
  onDebrief?(state: GameState, opener: HTMLElement): void;
  /** The player's reduced-motion setting; defaults to the page's data-reduce-motion or the system preference. */
  reducedMotion?(): boolean;
}

export interface ReplayViewer {
  destroy(): void;
}

function systemReducedMotion(): boolean {
  return (
    document.documentElement.dataset.reduceMotion === 'true' ||
    window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true
  );
}

function button(label: string, onClick: () => void, className: string, attrs: Record<string, string> = {}) {
  const b = el('button', { className, text: label, attrs: { type: 'button', ...attrs } });
  b.addEventListener('click', onClick);
  return b;
}

/** A collapsible section with a heading inside its summary, so it is both a landmark to skim and a disclosure. */
function section(title: string, body: HTMLElement, open: boolean, className: string): HTMLDetailsElement {
  const d = el('details', { className: `replay-section ${className}` }, [
    el('summary', {}, [el('h2', { text: title })]),
    body,
  ]);
  d.open = open;
  return d;
}

/**
 * The viewer, assembled from named parts: the header (viewerHeader), the transport buttons (transportControls), the
 * timeline with its scrubber (timelineControls), the turning points and every-turn lists (stepList), the timed
 * playback (playback) and the keyboard (viewerKeys). This function holds the step index and draws each step.
 */
export function mountReplayViewer(
  container: HTMLElement,
  input: ReplayViewerInput,
  hooks: ReplayViewerHooks,
  /** The step shown first (e.g. the one the reader left for "play from here" and came back from). */
  startStep = 0,
): ReplayViewer {
  const { scenario: sc, steps } = input;
  const line = timeline(sc, steps);
  const points = turningPoints(sc, steps);
  const reduced = () => (hooks.reducedMotion ? hooks.reducedMotion() : systemReducedMotion());
  let index = Math.max(0, Math.min(line.last, Math.trunc(startStep) || 0));

  const header = viewerHeader(input, hooks, () => steps[index]!.state);
  const transport = transportControls((command) => run(command));
  const player = playback(
    () => {
      go(index + 1);
      return index < line.last;
    },
    (playing) => {
      transport.showPlaying(playing);
      // While playing, the live region would read every step aloud over the transcript: announce only when still.
      timelineBox.position.setAttribute('aria-live', playing ? 'off' : 'polite');
    },
  );
  transport.speedSelect.addEventListener('change', () => player.setSpeed(Number(transport.speedSelect.value) as Speed));
  const timelineBox = timelineControls(
    line.last,
    (to) => go(to),
    () => hooks.onBranch(steps[index]!.turn, index),
  );

  // Sections.
  const sheetBox = el('div', { className: 'replay-sheet-box' });
  const transcriptList = el('ol', {
    className: 'replay-transcript',
    attrs: { 'aria-label': 'Transcript up to this step' },
  });
  const pointsList = stepList(
    'replay-points',
    'replay-point',
    points.map((p) => ({
      step: p.step,
      attrs: { 'data-kind': p.kind },
      parts: [
        ['replay-point-kind', p.label],
        ['replay-point-turn', `Turn ${p.turn}`],
        ['replay-point-text', p.text],
      ],
    })),
    (to) => go(to, true),
  );
  const turnsList = stepList(
    'replay-turns',
    'replay-turn',
    line.items.map((item) => ({
      step: item.index,
      attrs: {},
      parts: [
        ['replay-turn-label', item.label],
        ['replay-turn-where', item.phase ? `${item.phase}, round ${item.round}` : ''],
      ],
    })),
    (to) => go(to, true),
  );

  // The AI statecharts at this step: drawn (and ELK loaded) only once the section is first opened.
  const charts = createStatechartsView(sc);
  const chartsSection = section('Statecharts', charts.element, false, 'replay-section-charts');
  chartsSection.addEventListener('toggle', () => {
    if (chartsSection.open) charts.activate();
  });

  const root = el('section', { className: 'replay-viewer', attrs: { 'aria-labelledby': header.titleId } }, [
    header.element,
    el('div', { className: 'replay-controls' }, [transport.element, timelineBox.element]),
    el('div', { className: 'replay-scroll' }, [
      section('Deal sheet', sheetBox, true, 'replay-section-sheet'),
      section('Transcript', transcriptList, true, 'replay-section-transcript'),
      section(
        'Turning points',
        points.length > 0
          ? pointsList.element
          : el('p', { className: 'muted', text: 'No turning points in this game.' }),
        true,
        'replay-section-points',
      ),
      chartsSection,
      section('Every turn', turnsList.element, false, 'replay-section-turns'),
    ]),
  ]);
  container.append(root);

  /** Shows step `index` everywhere: the controls, the sections, the lists and (through the host) the canvas. */
  function render(scrollList: boolean): void {
    const step = steps[index]!;
    const item = line.items[index]!;
    timelineBox.show(index, positionText(line, index), item.label, player.playing(), step);
    transport.showEnds(index === 0, index === line.last);
    sheetBox.replaceChildren(sheetElement(replaySheet(sc, step.state)));
    transcriptList.replaceChildren(...transcript(sc, step.state.log).map(transcriptEntry));
    const behavior: ScrollBehavior = reduced() ? 'auto' : 'smooth';
    // The newest line at the bottom of the transcript's own box; the panel itself stays where the reader left it.
    transcriptList.scrollTo?.({ top: transcriptList.scrollHeight, behavior: 'auto' });
    const at = currentPoint(points, index);
    pointsList.mark(
      (i) => i === at,
      (i) => points[i]!.step <= index,
    );
    turnsList.mark((i) => i === index);
    if (scrollList) turnsList.scrollTo(index, behavior);
    charts.show(step.state, index > 0 ? steps[index - 1]!.state : null);
    hooks.showState(step.state);
  }

  function go(to: number, fromList = false): void {
    const next = Math.max(0, Math.min(line.last, to));
    if (next === index && !fromList) return;
    index = next;
    render(!fromList);
  }

  function run(command: TimelineCommand): void {
    if (command === 'toggle') {
      if (player.playing()) player.pause();
      else {
        if (index >= line.last) go(0); // playing from the end starts over
        player.start();
      }
      return;
    }
    player.pause(); // stepping by hand takes over from playback
    go(moveIndex(index, command, line.last));
  }

  const stopKeys = viewerKeys(root, timelineBox.scrub, run);
  render(index > 0);
  header.title.focus({ preventScroll: true });

  return {
    destroy() {
      player.pause();
      stopKeys();
      root.remove();
    },
  };
}

/** The title, what this recording is, and the Debrief and Close buttons. */
function viewerHeader(input: ReplayViewerInput, hooks: ReplayViewerHooks, current: () => GameState) {
  const titleId = uid('replay-title');
  const title = el('h1', {
    className: 'replay-title',
    text: input.scenario.title,
    attrs: { id: titleId, tabindex: '-1' },
  });
  const meta = el('p', { className: 'replay-meta muted', text: replayMeta(input) });
  const close = button('Close replay', () => hooks.onClose(), 'button button-quiet button-small');
  const debrief = hooks.onDebrief
    ? button('Debrief', () => hooks.onDebrief?.(current(), debrief!), 'button button-small')
    : null;
  const element = el('header', { className: 'replay-head' }, [
    el('div', {}, [el('p', { className: 'eyebrow', text: 'Replay' }), title, meta]),
    el('div', { className: 'replay-head-buttons' }, debrief ? [debrief, close] : [close]),
  ]);
  return { element, title, titleId };
}

/** First, back, play/pause, forward, last, and the speed: each button runs a timeline command. */
function transportControls(run: (command: TimelineCommand) => void) {
  const icon = (text: string, command: TimelineCommand, label: string, key: string, hint: string) =>
    button(text, () => run(command), 'button button-small replay-icon', {
      'aria-label': label,
      'aria-keyshortcuts': key,
      title: `${label} (${hint})`,
    });
  const first = icon('«', 'first', 'First step', 'Home', 'Home');
  const back = icon('‹', 'back', 'Step back', 'ArrowLeft', '←');
  const play = button('Play', () => run('toggle'), 'button button-small replay-play', {
    'aria-keyshortcuts': 'Space',
    title: 'Play or pause (Space)',
  });
  const forward = icon('›', 'forward', 'Step forward', 'ArrowRight', '→');
  const last = icon('»', 'last', 'Last step', 'End', 'End');
  const speedId = uid('replay-speed');
  const speedSelect = el(
    'select',
    { className: 'select replay-speed', attrs: { id: speedId } },
    SPEEDS.map((s) => el('option', { text: speedLabel(s), attrs: { value: String(s) } })),
  );
  speedSelect.value = String(1 satisfies Speed);
  const element = el('div', { className: 'replay-transport', attrs: { role: 'group', 'aria-label': 'Playback' } }, [
    first,
    back,
    play,
    forward,
    last,
    el('label', { className: 'replay-speed-label', text: 'Speed', attrs: { for: speedId } }),
    speedSelect,
  ]);
  return {
    element,
    speedSelect,
    /** Disables the buttons that would go past either end. */
    showEnds(atFirst: boolean, atLast: boolean) {
      first.disabled = back.disabled = atFirst;
      forward.disabled = last.disabled = atLast;
    },
    showPlaying(playing: boolean) {
      play.textContent = playing ? 'Pause' : 'Play';
      play.setAttribute('aria-pressed', String(playing));
    },
  };
}

/** The scrubber, where we are and what happened at this step, and "Play from here". */
function timelineControls(last: number, go: (to: number) => void, onBranch: () => void) {
  const scrubId = uid('replay-scrub');
  const scrub = el('input', {
    className: 'replay-scrub',
    attrs: { id: scrubId, type: 'range', min: '0', max: String(last), step: '1', value: '0' },
  });
  scrub.addEventListener('input', () => go(Number(scrub.value)));
  const position = el('p', { className: 'replay-position', attrs: { 'aria-live': 'polite', 'aria-atomic': 'true' } });
  const happened = el('p', { className: 'replay-happened' });
  const branch = button('Play from here', onBranch, 'button replay-branch');
  const element = el('div', { className: 'replay-timeline' }, [
    el('label', { className: 'visually-hidden', text: 'Timeline: turn', attrs: { for: scrubId } }),
    scrub,
    position,
    happened,
    branch,
  ]);
  return {
    element,
    scrub,
    position,
    show(index: number, where: string, label: string, playing: boolean, step: PlaybackStep) {
      scrub.value = String(index);
      scrub.setAttribute('aria-valuetext', `${where}. ${label}`);
      position.textContent = where;
      happened.textContent = label;
      position.setAttribute('aria-live', playing ? 'off' : 'polite');
      const over = step.state.outcome !== null;
      branch.disabled = over;
      branch.textContent = over ? 'The game is over at this step' : `Play from here (next: turn ${step.turn + 1})`;
    },
  };
}

interface StepListItem {
  step: number; // the step the item goes to
  attrs: Record<string, string>;
  parts: [className: string, text: string][];
}

/** A list of buttons that each go to a step (the turning points, every turn), marking the current one. */
function stepList(listClass: string, itemClass: string, items: StepListItem[], go: (step: number) => void) {
  const buttons = items.map((item) => {
    const b = button('', () => go(item.step), itemClass, item.attrs);
    b.append(...item.parts.map(([className, text]) => el('span', { className, text })));
    return b;
  });
  const element = el(
    'ol',
    { className: listClass },
    buttons.map((b) => el('li', {}, [b])),
  );
  return {
    element,
    /** aria-current="step" where `current`; the class is-past where `past` (when given). */
    mark(current: (i: number) => boolean, past?: (i: number) => boolean) {
      buttons.forEach((b, i) => {
        if (current(i)) b.setAttribute('aria-current', 'step');
        else b.removeAttribute('aria-current');
        if (past) b.classList.toggle('is-past', past(i));
      });
    },
    scrollTo(i: number, behavior: ScrollBehavior) {
      scrollWithin(element, buttons[i]!, behavior);
    },
  };
}

/**
 * Timed playback at a chosen speed: `advance` moves one step and says whether there is another; `changed` hears
 * when playback starts or stops.
 */
function playback(advance: () => boolean, changed: (playing: boolean) => void) {
  let speed: Speed = 1;
  let playing = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const schedule = () => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(tick, stepDelay(speed));
  };
  const pause = () => {
    playing = false;
    if (timer !== null) clearTimeout(timer);
    timer = null;
    changed(false);
  };
  function tick(): void {
    timer = null;
    if (!playing) return;
    if (advance()) schedule();
    else pause();
  }
  return {
    playing: () => playing,
    pause,
    start() {
      playing = true;
      changed(true);
      schedule();
    },
    setSpeed(next: Speed) {
      speed = next;
      if (playing) schedule();
    },
  };
}

const EDITABLE = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

/**
 * ←/→/Home/End and Space for the viewer, when focus is in it or nowhere in particular (the page body), and not
 * where the key already means something (the scrubber's own arrows, a text field, Space on a button). Returns the
 * function that stops listening.
 */
function viewerKeys(root: HTMLElement, scrub: HTMLElement, run: (command: TimelineCommand) => void): () => void {
  const onKey = (e: KeyboardEvent): void => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    const command = keyCommand(e.key);
    if (command === null) return;
    const target = e.target instanceof HTMLElement ? e.target : null;
    if (target && target !== document.body && !root.contains(target)) return;
    if (target === scrub) {
      // The range input moves itself with arrows, Home and End (and fires 'input'); only Space is ours.
      if (command !== 'toggle') return;
    } else if (target && (EDITABLE.has(target.tagName) || target.isContentEditable)) {
      return;
    } else if (command === 'toggle' && target && (target.tagName === 'BUTTON' || target.tagName === 'SUMMARY')) {
      return; // Space presses the focused button
    }
    e.preventDefault();
    run(command);
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}

/** Brings an item into view inside its own scrolling list, without scrolling the panel or the page around it. */
function scrollWithin(list: HTMLElement, item: HTMLElement, behavior: ScrollBehavior): void {
  const top = item.offsetTop; // the list is positioned (replay.css), so this is relative to it
  if (top < list.scrollTop) list.scrollTo?.({ top, behavior });
  else if (top + item.offsetHeight > list.scrollTop + list.clientHeight) {
    list.scrollTo?.({ top: top + item.offsetHeight - list.clientHeight, behavior });
  }
}

/** "Seed 2 · played by Southland · agreement · recorded by summit-0.1.0" — what this recording is. */
function replayMeta({ scenario: sc, replay, steps }: ReplayViewerInput): string {
  const humans = sc.parties.filter((p) => replay.seats[p.id] === 'human').map((p) => p.name);
  const who = humans.length > 0 ? `played by ${humans.join(' and ')}` : 'AI only';
  // The ending the playback reached, never the file's own claim about it.
  const ended = steps[steps.length - 1]?.state.outcome ?? null;
  const outcome = ended
    ? { agreement: 'agreement', 'no-deal': 'no deal', walkout: 'walk-out' }[ended.kind]
    : 'unfinished';
  const branch = replay.parent ? ` · branched after turn ${replay.parent.turn}` : '';
  return `${who} · ${outcome} · seed ${replay.seed}${branch}`;
}
