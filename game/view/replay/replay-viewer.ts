// The replay viewer: an accessible HTML panel beside the canvas that walks a played-back replay step by step. A
// scrubber and a list of every turn; back/forward/first/last with ←/→/Home/End; play and pause with Space at a
// chosen speed; the deal sheet, the transcript (with every AI reason) and the turning points as they were at the
// step; "play from here" to branch. It holds only an index into the steps: every step's state was computed (and
// checked against the recording) when the replay was opened, so moving is instant and never recomputes a game.
// The host draws the table and the map for each step through hooks.showState.
import type { CompiledScenario, GameState } from '../../session/live';
import type { PlaybackStep, Replay } from '../../session/replay-open';
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
  /** "Play from here": continue as a live game from the state after `turn` actions. */
  onBranch(turn: number): void;
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

export function mountReplayViewer(
  container: HTMLElement,
  input: ReplayViewerInput,
  hooks: ReplayViewerHooks,
): ReplayViewer {
  const { scenario: sc, steps } = input;
  const line = timeline(sc, steps);
  const points = turningPoints(sc, steps);
  const reduced = () => (hooks.reducedMotion ? hooks.reducedMotion() : systemReducedMotion());
  let index = 0;
  let speed: Speed = 1;
  let playing = false;
  let timer: ReturnType<typeof setTimeout> | null = null;

  // Header.
  const titleId = uid('replay-title');
  const title = el('h1', { className: 'replay-title', text: sc.title, attrs: { id: titleId, tabindex: '-1' } });
  const meta = el('p', { className: 'replay-meta muted', text: replayMeta(input) });
  const close = button('Close replay', () => hooks.onClose(), 'button button-quiet button-small');
  const debrief = hooks.onDebrief
    ? button('Debrief', () => hooks.onDebrief?.(steps[index]!.state, debrief!), 'button button-small')
    : null;

  // Transport.
  const first = button('«', () => run('first'), 'button button-small replay-icon', {
    'aria-label': 'First step',
    'aria-keyshortcuts': 'Home',
    title: 'First step (Home)',
  });
  const back = button('‹', () => run('back'), 'button button-small replay-icon', {
    'aria-label': 'Step back',
    'aria-keyshortcuts': 'ArrowLeft',
    title: 'Step back (←)',
  });
  const play = button('Play', () => run('toggle'), 'button button-small replay-play', {
    'aria-keyshortcuts': 'Space',
    title: 'Play or pause (Space)',
  });
  const forward = button('›', () => run('forward'), 'button button-small replay-icon', {
    'aria-label': 'Step forward',
    'aria-keyshortcuts': 'ArrowRight',
    title: 'Step forward (→)',
  });
  const lastButton = button('»', () => run('last'), 'button button-small replay-icon', {
    'aria-label': 'Last step',
    'aria-keyshortcuts': 'End',
    title: 'Last step (End)',
  });
  const speedId = uid('replay-speed');
  const speedSelect = el(
    'select',
    { className: 'select replay-speed', attrs: { id: speedId } },
    SPEEDS.map((s) => el('option', { text: speedLabel(s), attrs: { value: String(s) } })),
  );
  speedSelect.value = String(speed);
  speedSelect.addEventListener('change', () => {
    speed = Number(speedSelect.value) as Speed;
    if (playing) schedule();
  });
  const transport = el('div', { className: 'replay-transport', attrs: { role: 'group', 'aria-label': 'Playback' } }, [
    first,
    back,
    play,
    forward,
    lastButton,
    el('label', { className: 'replay-speed-label', text: 'Speed', attrs: { for: speedId } }),
    speedSelect,
  ]);

  // Scrubber.
  const scrubId = uid('replay-scrub');
  const scrub = el('input', {
    className: 'replay-scrub',
    attrs: { id: scrubId, type: 'range', min: '0', max: String(line.last), step: '1', value: '0' },
  });
  scrub.addEventListener('input', () => go(Number(scrub.value)));
  const position = el('p', { className: 'replay-position', attrs: { 'aria-live': 'polite', 'aria-atomic': 'true' } });
  const happened = el('p', { className: 'replay-happened' });
  const branch = button('Play from here', () => hooks.onBranch(steps[index]!.turn), 'button replay-branch');
  const timelineBox = el('div', { className: 'replay-timeline' }, [
    el('label', { className: 'visually-hidden', text: 'Timeline: turn', attrs: { for: scrubId } }),
    scrub,
    position,
    happened,
    branch,
  ]);

  // Sections.
  const sheetBox = el('div', { className: 'replay-sheet-box' });
  const transcriptList = el('ol', {
    className: 'replay-transcript',
    attrs: { 'aria-label': 'Transcript up to this step' },
  });
  const pointButtons = points.map((p) => button('', () => go(p.step, true), 'replay-point', { 'data-kind': p.kind }));
  points.forEach((p, i) => {
    pointButtons[i]!.append(
      el('span', { className: 'replay-point-kind', text: p.label }),
      el('span', { className: 'replay-point-turn', text: `Turn ${p.turn}` }),
      el('span', { className: 'replay-point-text', text: p.text }),
    );
  });
  const pointsList = el(
    'ol',
    { className: 'replay-points' },
    pointButtons.map((b) => el('li', {}, [b])),
  );
  const turnButtons = line.items.map((item) => button('', () => go(item.index, true), 'replay-turn', {}));
  line.items.forEach((item, i) => {
    turnButtons[i]!.append(
      el('span', { className: 'replay-turn-label', text: item.label }),
      el('span', { className: 'replay-turn-where', text: item.phase ? `${item.phase}, round ${item.round}` : '' }),
    );
  });
  const turnsList = el(
    'ol',
    { className: 'replay-turns' },
    turnButtons.map((b) => el('li', {}, [b])),
  );

  const root = el('section', { className: 'replay-viewer', attrs: { 'aria-labelledby': titleId } }, [
    el('header', { className: 'replay-head' }, [
      el('div', {}, [el('p', { className: 'eyebrow', text: 'Replay' }), title, meta]),
      el('div', { className: 'replay-head-buttons' }, debrief ? [debrief, close] : [close]),
    ]),
    el('div', { className: 'replay-controls' }, [transport, timelineBox]),
    el('div', { className: 'replay-scroll' }, [
      section('Deal sheet', sheetBox, true, 'replay-section-sheet'),
      section('Transcript', transcriptList, true, 'replay-section-transcript'),
      section(
        'Turning points',
        points.length > 0 ? pointsList : el('p', { className: 'muted', text: 'No turning points in this game.' }),
        true,
        'replay-section-points',
      ),
      section('Every turn', turnsList, false, 'replay-section-turns'),
    ]),
  ]);
  container.append(root);

  function render(scrollList: boolean): void {
    const step = steps[index]!;
    const item = line.items[index]!;
    scrub.value = String(index);
    const where = positionText(line, index);
    scrub.setAttribute('aria-valuetext', `${where}. ${item.label}`);
    position.textContent = where;
    happened.textContent = item.label;
    // While playing, the live region would read every step aloud over the transcript: announce only when still.
    position.setAttribute('aria-live', playing ? 'off' : 'polite');
    first.disabled = back.disabled = index === 0;
    forward.disabled = lastButton.disabled = index === line.last;
    const over = step.state.outcome !== null;
    branch.disabled = over;
    branch.textContent = over ? 'The game is over at this step' : `Play from here (turn ${step.turn})`;
    sheetBox.replaceChildren(sheetElement(replaySheet(sc, step.state)));
    transcriptList.replaceChildren(...transcript(sc, step.state.log).map(transcriptEntry));
    const behavior: ScrollBehavior = reduced() ? 'auto' : 'smooth';
    // The newest line at the bottom of the transcript's own box; the panel itself stays where the reader left it.
    transcriptList.scrollTo?.({ top: transcriptList.scrollHeight, behavior: 'auto' });
    const at = currentPoint(points, index);
    pointButtons.forEach((b, i) => {
      if (i === at) b.setAttribute('aria-current', 'step');
      else b.removeAttribute('aria-current');
      b.classList.toggle('is-past', points[i]!.step <= index);
    });
    turnButtons.forEach((b, i) => {
      if (i === index) b.setAttribute('aria-current', 'step');
      else b.removeAttribute('aria-current');
    });
    if (scrollList) scrollWithin(turnsList, turnButtons[index]!, behavior);
    hooks.showState(step.state);
  }

  function go(to: number, fromList = false): void {
    const next = Math.max(0, Math.min(line.last, to));
    if (next === index && !fromList) return;
    index = next;
    render(!fromList);
  }

  function schedule(): void {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(tick, stepDelay(speed));
  }

  function tick(): void {
    timer = null;
    if (!playing) return;
    go(index + 1);
    if (index >= line.last) pause();
    else schedule();
  }

  function pause(): void {
    playing = false;
    if (timer !== null) clearTimeout(timer);
    timer = null;
    play.textContent = 'Play';
    play.setAttribute('aria-pressed', 'false');
    position.setAttribute('aria-live', 'polite');
  }

  function start(): void {
    if (index >= line.last) go(0); // playing from the end starts over
    playing = true;
    play.textContent = 'Pause';
    play.setAttribute('aria-pressed', 'true');
    schedule();
    position.setAttribute('aria-live', 'off');
  }

  function run(command: TimelineCommand): void {
    if (command === 'toggle') {
      if (playing) pause();
      else start();
      return;
    }
    pause(); // stepping by hand takes over from playback
    go(moveIndex(index, command, line.last));
  }

  const EDITABLE = new Set(['INPUT', 'SELECT', 'TEXTAREA']);
  const onKey = (e: KeyboardEvent): void => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    const command = keyCommand(e.key);
    if (command === null) return;
    const target = e.target instanceof HTMLElement ? e.target : null;
    // Keys belong to the viewer when focus is in it or nowhere in particular (the page body).
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

  render(false);
  title.focus({ preventScroll: true });

  return {
    destroy() {
      pause();
      document.removeEventListener('keydown', onKey);
      root.remove();
    },
  };
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
  const branch = replay.parent ? ` · branched at turn ${replay.parent.turn}` : '';
  return `${who} · ${outcome} · seed ${replay.seed}${branch}`;
}
