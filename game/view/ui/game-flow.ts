// The game flow after the title, loaded with import() on Play or Continue (it brings the engine and content):
// briefing → role → summit (→ privacy between hot-seat players) → end. The game itself is the session's Match:
// this flow shows its states and sends it the player's intents. It owns the pacing of AI turns (one
// `match.step()` every ~700 ms, instant with reduced motion, Escape calls `match.skip()`), the keyboard shortcuts,
// the sounds of the log's new entries, the first-time guide, the notice when an autosave fails, and the canvas.
import type * as Phaser from 'phaser';
import type { Session } from '../../session';
import {
  type Action,
  branchFromReplay,
  bundledScenario,
  type CompiledScenario,
  continueGame,
  createMatch,
  type GameState,
  type LogEntry,
  loadScenario,
  type Match,
  newGame,
  OPENED_FILE_PREFIX,
  type OpenedReplay,
  openReplayLink,
  openReplayText,
  type Package,
  type PartyId,
  scenarioTextToCarry,
  stateHash,
  watchMatch,
} from '../../session/live';
import { createStatechartsView } from '../charts/statecharts-view';
import type { FrameScheduler } from '../frames';
import { actionForKey } from '../models/action-bar';
import { soundsFor } from '../models/sounds';
import { mountReplayViewer } from '../replay/replay-viewer';
import type { SettingsStore } from '../settings-store';
import type { ScreenName, StatusStore } from '../status';
import { buildBranchScreen } from './branch-screen';
import { buildBriefing } from './briefing-screen';
import { type AudioPort, loadAudio, mountCanvas, type SummitCanvasPort } from './canvas-port';
import { type CoachMarks, startCoachMarks } from './coach-marks';
import { openPanel } from './dialog';
import { el } from './dom';
import { buildEndActions, downloadText, openDebrief, type ReplayShare } from './end-actions';
import { buildEndScreen } from './end-screen';
import { buildPrivacyScreen } from './privacy-screen';
import { buildRoleScreen } from './role-screen';
import { setLayout, showScreen } from './screen';
import { createSummitScreen, type SummitScreen } from './summit-screen';

export interface FlowDeps {
  root: HTMLElement;
  status: StatusStore;
  session: Session;
  settings: SettingsStore;
  game: () => Phaser.Game | null;
  frames: () => FrameScheduler | null;
  /** Back to the title (the UI layer redraws it). */
  toTitle(message?: string): void;
  /** Back to the scenario choice. */
  toScenarios(): void;
}

const AI_DELAY_MS = 700;

export class GameFlow {
  private canvas: SummitCanvasPort | null = null;
  private canvasReady: Promise<SummitCanvasPort> | null = null;
  private audio: AudioPort | null = null;
  private live: Match | null = null;
  private unsubscribe: (() => void) | null = null;
  private screen: SummitScreen | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private viewer: PartyId | null = null;
  private privacyFor: PartyId | null = null;
  private mapOn = false;
  private guide: CoachMarks | null = null;
  private shownLog = 0;
  private readonly onKey = (e: KeyboardEvent) => this.key(e);

  constructor(private readonly d: FlowDeps) {
    loadAudio(d.settings).then((a) => {
      this.audio = a;
    });
  }

  private setScreen(name: ScreenName) {
    this.d.status.setScreen(name);
  }

  private async ensureCanvas(): Promise<SummitCanvasPort | null> {
    const game = this.d.game();
    const frames = this.d.frames();
    if (!game || !frames) return null;
    if (!this.canvasReady) this.canvasReady = mountCanvas(game, frames, this.d.settings);
    this.canvas = await this.canvasReady;
    return this.canvas;
  }

  private pendingCanvas: Parameters<SummitCanvasPort['update']>[0] | null = null;

  /**
   * Redraws the canvas at most once per animation frame: a burst of AI turns (skip, reduced motion) changes the
   * state many times in one frame, and a redraw on software WebGL costs far more than the turn itself.
   */
  private drawCanvas(sc: CompiledScenario, state: GameState, viewer: PartyId | null, preview: Package | null) {
    const first = this.pendingCanvas === null;
    this.pendingCanvas = { scenario: sc, state, viewer, preview };
    if (!first) return;
    requestAnimationFrame(() => {
      const input = this.pendingCanvas;
      this.pendingCanvas = null;
      if (!input || !this.canvas) return;
      // The stage is already only the canvas's part of the page: draw in all of it.
      const size = this.d.game()?.scale.gameSize;
      if (size) this.canvas.setViewport?.(0, 0, size.width, size.height);
      this.canvas.update(input);
    });
  }

  /** Briefing for a scenario file chosen on the cards. */
  async openBriefing(file: string): Promise<void> {
    const loaded = await loadScenario(file);
    if (!loaded.ok) {
      this.d.toTitle(loaded.error);
      return;
    }
    await this.showBriefing(file, loaded.value);
  }

  /** Briefing for a scenario compiled from a file the player opened (picker, drop or ?scenario=). */
  async openBriefingFor(sc: CompiledScenario, fileName: string): Promise<void> {
    await this.showBriefing(`${OPENED_FILE_PREFIX}${fileName}`, sc);
  }

  private async showBriefing(file: string, sc: CompiledScenario): Promise<void> {
    setLayout('split', this.d.game(), this.d.frames());
    showScreen(
      this.d.root,
      buildBriefing(
        sc,
        () => this.exit(() => this.d.toScenarios()),
        () => this.openRole(file, sc),
        file.startsWith(OPENED_FILE_PREFIX) ? () => this.openStatecharts(sc) : undefined,
      ),
    );
    this.setScreen('briefing');
    const canvas = await this.ensureCanvas();
    // The briefing's map: the opening state of the scenario, nobody's view. Without a map, the table with its
    // delegations fills that space instead of a blank.
    canvas?.update({ scenario: sc, state: newGame(sc, { seed: 0 }), viewer: null, preview: null });
    this.mapOn = sc.map !== null;
    canvas?.showMap(this.mapOn);
  }

  /** The AI statecharts of an opened scenario file, in a panel over the briefing (nothing lit: no game yet). */
  private openStatecharts(sc: CompiledScenario): void {
    const panel = openPanel(this.d.root, 'Statecharts', 'panel-statecharts', () => {});
    const charts = createStatechartsView(sc);
    panel.body.append(charts.element);
    charts.show(null);
    charts.activate();
  }

  private openRole(file: string, sc: CompiledScenario): void {
    showScreen(
      this.d.root,
      buildRoleScreen(
        sc,
        () => this.showBriefing(file, sc),
        async (choice) => {
          // A scenario of the player's own travels with the game: its save, replay file and link need no other file.
          const scenarioText = await scenarioTextToCarry(sc);
          this.play(createMatch({ file, scenario: sc, scenarioText, ...choice }, this.d.session.saves));
        },
      ),
    );
    this.setScreen('role');
  }

  /** Continue on the title: the saved game played back, or a message and the title. */
  async resume(): Promise<void> {
    const result = await continueGame(this.d.session.saves);
    if (!result.ok) {
      this.d.session.saves.clear();
      this.d.toTitle(result.message);
      return;
    }
    this.play(result.match, result.message);
  }

  private async play(live: Match, notice: string | null = null): Promise<void> {
    this.live = live;
    this.shownLog = live.state().log.length;
    this.d.session.attach({ scenarioId: live.scenario.id, stateHash: () => live.hash() });
    const download = () => downloadText(live.replayFileName(new Date()), live.replayFile());
    const screen = createSummitScreen(live, {
      onAction: (a) => this.act(a),
      onSkip: () => this.skip(),
      ...(live.scenario.map ? { onToggleMap: () => this.toggleMap() } : {}),
      onLeave: () => this.exit(() => this.d.toTitle()),
      onBuild: (pkg) => this.drawCanvas(live.scenario, live.state(), this.viewer, pkg),
      onDownloadReplay: download,
      sound: {
        get: () => this.d.settings.get(),
        set: (change) => this.d.settings.update(change),
      },
    });
    this.screen = screen;
    // A failed autosave stays on screen, with the game so far one click away: it is the only copy left. The first
    // save was written when the Match was made, so its outcome is read once; later ones arrive as events.
    const saved = live.saveStatus();
    if (!saved.ok) screen.showSaveProblem(saved.message, download);
    this.unsubscribe?.();
    this.unsubscribe = live.subscribe((event) => {
      if (event.type === 'saveFailed') screen.showSaveProblem(event.message, download);
      else if (live.saveStatus().ok) screen.showSaveProblem(null, download);
    });
    setLayout('split', this.d.game(), this.d.frames());
    document.addEventListener('keydown', this.onKey);
    const canvas = await this.ensureCanvas();
    canvas?.showMap(false);
    this.mapOn = false;
    this.audio?.play('room');
    this.privacyFor = null;
    this.viewer = this.firstViewer();
    this.showSummit();
    if (notice) this.screen.showError(notice);
    const humans = live.humans();
    if (!this.d.settings.get().guideSeen && humans.length > 0) {
      this.guide = startCoachMarks(
        this.d.root,
        () => {
          this.d.settings.update({ guideSeen: true });
          this.guide = null;
          this.advance();
        },
        { map: live.scenario.map !== undefined && live.scenario.map !== null },
      );
    } else this.advance();
  }

  private firstViewer(): PartyId | null {
    const live = this.live!;
    const humans = live.humans();
    const now = live.toMove();
    if (now !== null && humans.includes(now)) return now;
    return humans[0] ?? null;
  }

  private showSummit(): void {
    showScreen(this.d.root, this.screen!.element);
    this.setScreen('summit');
    this.render();
  }

  private render(): void {
    const live = this.live!;
    const aiPlaying = this.aiToMove();
    this.screen!.render(this.viewer, aiPlaying);
    this.drawCanvas(live.scenario, live.state(), this.viewer, this.screen!.build());
    this.sounds(live.state().log);
  }

  private aiToMove(): boolean {
    return this.live!.aiToMove();
  }

  /** What happens next: an AI turn after a pause, the privacy screen, the human's move, or the end. */
  private advance(): void {
    const live = this.live;
    if (!live || this.guide?.isOpen()) return;
    if (live.state().outcome) {
      this.finish();
      return;
    }
    const now = live.toMove()!;
    if (live.aiToMove()) {
      this.clearTimer();
      // Reduced motion: no pacing, so the whole run of AI turns is applied at once and drawn once (a turn
      // per timer task would let the canvas redraw between turns, and a redraw costs more than a turn).
      if (this.d.settings.reducedMotion()) {
        this.skip();
        return;
      }
      this.timer = setTimeout(
        () => {
          this.timer = null;
          if (this.live !== live) return;
          live.step();
          this.render();
          this.advance();
        },
        this.d.settings.reducedMotion() ? 0 : AI_DELAY_MS,
      );
      return;
    }
    if (now !== this.viewer && live.humans().length > 1) {
      this.showPrivacy(now);
      return;
    }
    this.viewer = now;
    this.render();
  }

  private showPrivacy(party: PartyId): void {
    const name = this.live!.scenario.parties.find((p) => p.id === party)?.name ?? party;
    this.privacyFor = party;
    // The privacy screen is opaque and covers the page in any layout: keeping the split spares the canvas two
    // resizes (and their redraws) at every change of seat.
    showScreen(
      this.d.root,
      buildPrivacyScreen(name, () => this.leavePrivacy()),
    );
    this.setScreen('privacy');
  }

  private leavePrivacy(): void {
    if (this.privacyFor === null) return;
    this.viewer = this.privacyFor;
    this.privacyFor = null;
    this.showSummit();
    this.advance();
  }

  private act(action: Action): void {
    const live = this.live;
    if (!live) return;
    const result = live.act(action);
    if (!result.ok) {
      this.screen?.showError(result.error.message);
      return;
    }
    this.render();
    this.advance();
  }

  /** Escape / Skip: every AI turn up to the next human turn (or the end) at once. */
  private skip(): void {
    const live = this.live;
    if (!live) return;
    this.clearTimer();
    // Every AI turn at once, nothing drawn in between; the Match autosaves once the game is at rest again.
    const moved = live.skip() > 0;
    this.render();
    // Nothing moved (a human to move, or an AI turn the rules refused): advancing again would only loop.
    if (moved) this.advance();
  }

  private toggleMap(): void {
    // Without a map, M does nothing (showing the map would only blank the table).
    if (!this.live?.scenario.map) return;
    this.mapOn = !this.mapOn;
    this.canvas?.showMap(this.mapOn);
  }

  private key(e: KeyboardEvent): void {
    if (e.ctrlKey || e.metaKey || e.altKey || this.guide?.isOpen()) return;
    if (this.privacyFor !== null) {
      if (e.key === 'Enter') {
        e.preventDefault();
        this.leavePrivacy();
      }
      return;
    }
    if (this.d.status.get().screen !== 'summit') return;
    const target = e.target as HTMLElement | null;
    // Keys in an open dialog (the walk-out question) are the dialog's: Escape cancels it, letters do nothing.
    if (target?.closest('dialog[open]')) return;
    const tag = target?.tagName ?? '';
    if (e.key === 'Escape') {
      if (this.aiToMove()) {
        e.preventDefault();
        this.skip();
      }
      return;
    }
    // Typing in a field, or pressing Enter/Space on a focused control, is that control's business.
    if (tag === 'SELECT' || tag === 'INPUT' || tag === 'TEXTAREA') return;
    if ((e.key === 'Enter' || e.key === ' ') && (tag === 'BUTTON' || tag === 'SUMMARY' || tag === 'A')) return;
    if (e.key === 'm' || e.key === 'M') {
      e.preventDefault();
      this.toggleMap();
      return;
    }
    const type = actionForKey(e.key);
    if (type && this.screen?.trigger(type)) e.preventDefault();
  }

  /** Sounds for log entries not yet heard: gavel at a phase start, paper on proposals, chime on news, a deal. */
  private sounds(log: readonly LogEntry[]): void {
    const fresh = log.slice(this.shownLog);
    this.shownLog = log.length;
    for (const name of soundsFor(fresh)) this.audio?.play(name);
  }

  private finish(): void {
    const live = this.live!;
    this.clearTimer();
    document.removeEventListener('keydown', this.onKey);
    // A finished game is not offered to "Continue".
    this.d.session.saves.clear();
    setLayout('split', this.d.game(), this.d.frames());
    showScreen(
      this.d.root,
      buildEndScreen(
        live.scenario,
        live.state(),
        () => this.exit(() => this.d.toScenarios()),
        () => this.exit(() => this.d.toTitle()),
        buildEndActions({
          scenario: live.scenario,
          state: live.state(),
          player: live.humans()[0] ?? null,
          share: shareOf(live),
          onWatch: () => this.watchLive(live),
        }),
      ),
    );
    this.setScreen('end');
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Opens a replay from a file's text or a share link, then shows it in the viewer; errors go to `onError`. */
  async openReplay(source: { text: string; name: string } | { link: string }, onError: (message: string) => void) {
    const opened =
      'link' in source
        ? await openReplayLink(source.link, bundledScenario)
        : await openReplayText(source.text, source.name, bundledScenario);
    if (!opened.ok) {
      onError(opened.error);
      return;
    }
    const carried = opened.value.replay.scenarioText !== undefined ? OPENED_FILE_PREFIX : '';
    await this.watch(opened.value, `${carried}${opened.value.scenario.id}.yaml`);
  }

  /** The replay of the game just finished, in the viewer. */
  private async watchLive(live: Match): Promise<void> {
    const opened = watchMatch(live);
    if (!opened.ok) return;
    this.exit(() => {});
    await this.watch(opened.value, live.file);
  }

  /** The replay viewer beside the canvas: every step drawn on the table and map; "play from here" branches. */
  private async watch(opened: OpenedReplay, file: string, startStep = 0): Promise<void> {
    const host = el('section', { className: 'replay-host', attrs: { 'aria-label': 'Replay' } });
    showScreen(this.d.root, host);
    setLayout('split', this.d.game(), this.d.frames());
    const canvas = await this.ensureCanvas();
    canvas?.showMap(false);
    // The step on show is "the running game" for window.__summit.stateHash(): a shared link must show the same state.
    let shown = (opened.steps[startStep] ?? opened.steps[0]).state;
    this.d.session.attach({ scenarioId: opened.scenario.id, stateHash: () => stateHash(shown) });
    const viewer = mountReplayViewer(
      host,
      opened,
      {
        showState: (state) => {
          shown = state;
          this.drawCanvas(opened.scenario, state, null, null);
        },
        onBranch: (turn, step) => {
          viewer.destroy();
          this.chooseBranchSeats(opened, file, turn, step);
        },
        onClose: () => {
          viewer.destroy();
          this.exit(() => this.d.toTitle());
        },
        onDebrief: (state, opener) =>
          openDebrief({ scenario: opened.scenario, state, player: humanOf(opened.replay.seats) }, opener),
        reducedMotion: () => this.d.settings.get().reduceMotion,
      },
      startStep,
    );
    // Only now does the viewer take keys: the screen name tells tests (and the hook) it is ready.
    this.setScreen('replay');
  }

  /** "Play from turn N as …": the player picks the party (or parties) to take over, then the game goes on live. */
  private chooseBranchSeats(opened: OpenedReplay, file: string, turn: number, step: number): void {
    const sc = opened.scenario;
    const start = (humans: PartyId[]) => {
      const branch = branchFromReplay(sc, opened.replay, turn, humans, {
        file,
        difficulty: 'normal',
        save: this.d.session.saves,
      });
      if (!branch.ok) {
        this.exit(() => this.d.toTitle(`This game cannot go on from turn ${turn + 1}: ${branch.error}`));
        return;
      }
      this.play(branch.value);
    };
    // Back returns to the replay viewer at the step the player left (every screen has a way back).
    showScreen(
      this.d.root,
      buildBranchScreen(sc, turn, start, () => void this.watch(opened, file, step)),
    );
  }

  /** Leaves the game (it stays saved unless finished) and the canvas. */
  exit(then: () => void): void {
    this.clearTimer();
    document.removeEventListener('keydown', this.onKey);
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.live = null;
    this.d.session.attach(null);
    this.canvas?.destroy();
    this.canvas = null;
    this.canvasReady = null;
    for (const n of this.d.root.querySelectorAll('.coach')) n.remove();
    this.guide = null;
    setLayout('title', this.d.game(), this.d.frames());
    then();
  }
}

/** The first human seat of a replay (whose view the debrief takes), or null for an AI-only game. */
function humanOf(seats: Record<string, string>): PartyId | null {
  return Object.keys(seats).find((p) => seats[p] === 'human') ?? null;
}

/** The Match's replay file and link, for the end screen's buttons. */
function shareOf(match: Match): ReplayShare {
  return {
    fileName: () => match.replayFileName(new Date()),
    file: () => match.replayFile(),
    link: () => match.link(),
  };
}

export function createGameFlow(d: FlowDeps): GameFlow {
  return new GameFlow(d);
}
