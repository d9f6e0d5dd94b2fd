// The summit on the canvas: one Phaser scene ('summit') with two views, the table and the control map, drawn in a
// region of the canvas (the HTML deal sheet covers the rest). The session calls update() with each new state;
// what is new in the log since the last drawn state animates (bubble, speaker pulse, ticker), unless reduced
// motion is on or several turns arrived at once (a skip: the table jumps to the final state). Drawing is lazy:
// update(), showMap(), setViewport() and resizes only mark what changed, and one draw per animation frame
// draws the latest input into the visible view; the hidden view is drawn when it is shown. The loop sleeps
// between changes (frames.ts): every draw requests frames, every tween holds the loop.
import * as Phaser from 'phaser';
import type { CompiledScenario, GameState, Package, PartyId } from '../../engine/index';
import type { FrameScheduler } from '../frames';
import { MAP_PALETTES, type MapPalette } from '../models/map-model';
import { newEntries, type Size, tableModel } from '../models/table-model';
import { PALETTE } from '../palette';
import type { SettingsStore } from '../settings-store';
import { uiScale } from './crisp';
import { MapView } from './map-view';
import { createMotionBudget, type MotionBudget } from './motion-budget';
import { type Animator, TableView } from './table-view';

export interface CanvasInput {
  scenario: CompiledScenario;
  state: GameState;
  viewer: PartyId | null;
  preview: Package | null;
}

export interface SummitCanvas {
  /**
   * Shows this state (drawn at the next animation frame, with the latest input of the frame); animates what is
   * new in state.log since the state last drawn, when that is one turn.
   */
  update(input: CanvasInput): void;
  /** The map view (true) or the table (false). */
  showMap(on: boolean): void;
  /**
   * The canvas region to draw in, in game pixels (Phaser's game size, not CSS pixels). Until it is called the
   * scene takes the left 60 % of the game, where the deal sheet does not cover it, and follows resizes.
   */
  setViewport(x: number, y: number, w: number, h: number): void;
  destroy(): void;
}

/** Left share of the game the canvas uses by default (the HTML panel covers the rest). */
export const DEFAULT_CANVAS_SHARE = 0.6;

interface Viewport {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * Large text (the settings' text size, 19 px instead of 16 px for the panels) reaches the canvas: the views are
 * laid out in a smaller logical size and drawn scaled up by the same ratio, so every label grows with the page's.
 */
export const LARGE_TEXT_SCALE = 19 / 16;
function textScale(settings: SettingsStore): number {
  return settings.get().textSize === 'large' ? LARGE_TEXT_SCALE : 1;
}

/** The colleague's `colourBlind` setting may not exist yet in stored or typed settings: read it defensively. */
function colourBlind(settings: SettingsStore): boolean {
  return (settings.get() as unknown as { colourBlind?: unknown }).colourBlind === true;
}

class SummitScene extends Phaser.Scene {
  constructor(
    key: string,
    private readonly ready: (scene: SummitScene) => void,
  ) {
    super(key);
  }

  create(): void {
    this.scene.bringToTop();
    this.ready(this);
  }
}

let mounted = 0;

/**
 * The mounted summit canvas, assembled from named parts: the region it draws in (canvasRegion), the tweens it
 * runs (tweenAnimator), the stage's size watch (stageFitter), the map's hover (mapHover), and the draw itself
 * (one per animation frame, below).
 */
export function mountSummitCanvas(game: Phaser.Game, frames: FrameScheduler, settings: SettingsStore): SummitCanvas {
  mounted += 1;
  const key = mounted === 1 ? 'summit' : `summit-${mounted}`;
  let scene: SummitScene | null = null;
  let table: TableView | null = null;
  let map: MapView | null = null;
  let input: CanvasInput | null = null;
  let mapOn = false;
  let destroyed = false;
  /** Game pixels per layout unit: the display's ratio times the text size. */
  const scaleK = () => uiScale(game) * textScale(settings);
  const region = canvasRegion(game, scaleK);
  const budget = createMotionBudget(game);
  const still = () => settings.reducedMotion() || budget.still();
  const animator = tweenAnimator(frames, still, budget, () => scene);
  const fitter = stageFitter(game, () => destroyed);
  const palette = (): MapPalette => (colourBlind(settings) ? MAP_PALETTES.colourBlind : MAP_PALETTES.standard);

  // What the views last drew, so a draw can skip a view whose input did not change.
  let tableDirty = true;
  let mapDirty = true;
  /** The state the table last drew: what is new since then decides the animation. */
  let drawnState: GameState | null = null;
  let pending = 0;

  const draw = () => {
    pending = 0;
    if (!scene || !table || !map || !input || destroyed) return;
    fitter.refit();
    const v = region.viewport();
    scene.cameras.main.setViewport(v.x, v.y, v.w, v.h);
    const s = region.size();
    const k = scaleK();
    if (!mapOn && tableDirty) {
      // A new state finishes the previous animation first: the screen never shows two turns half-drawn.
      animator.completeAll();
      tableDirty = false;
      const fresh =
        drawnState !== null && drawnState.scenario.id === input.state.scenario.id
          ? newEntries(drawnState, input.state)
          : [];
      // One turn animates; several at once (Escape skips the AI turns) jump straight to the last.
      const turns = fresh.filter((e) => e.kind === 'action').length;
      const animate = fresh.length > 0 && turns <= 1 && !still();
      drawnState = input.state;
      table.render(tableModel(input, s), animate, k);
    }
    if (mapOn && mapDirty) {
      mapDirty = false;
      if (input.scenario.map) map.render(input, s, palette(), k);
    }
    table.setVisible(!mapOn);
    map.setVisible(mapOn);
    // One frame per change: every text and texture is updated by now, so the next frame shows all of it.
    frames.request(1);
  };

  /** Marks the views dirty and draws once, at the next animation frame, whatever arrives before it. */
  const render = (views: 'both' | 'map' = 'both') => {
    if (destroyed) return;
    if (views === 'both') tableDirty = true;
    mapDirty = true;
    if (pending === 0) pending = requestAnimationFrame(draw);
  };

  // Also with a fixed viewport: the CSS scale (and so the text's resolution) may have changed.
  const onResize = () => render();
  const unsubscribe = settings.subscribe(() => render());
  const stopHover = mapHover(
    game,
    scaleK,
    region,
    frames,
    () => map,
    () => mapOn,
  );

  const created = (s: SummitScene) => {
    scene = s;
    s.cameras.main.setBackgroundColor(PALETTE.navy);
    // A flag picture that arrives redraws the table (the wall is baked, the desks are marks).
    table = new TableView(s, animator, () => render());
    map = new MapView(
      s,
      () => render('map'),
      () => frames.request(2),
    );
    game.scale.on(Phaser.Scale.Events.RESIZE, onResize);
    render();
  };
  game.scene.add(key, new SummitScene(key, created), true);
  // The scene is created on the next step of the loop, which may be asleep.
  frames.request(3);

  return {
    update(next) {
      input = next;
      // Start fetching the map now, so it is there when the player presses the key.
      map?.prefetch(next);
      render();
    },
    showMap(on) {
      if (mapOn === on) return;
      mapOn = on;
      // Only the view shown is drawn; the other one is drawn when it is shown (if something changed meanwhile).
      if (pending === 0) pending = requestAnimationFrame(draw);
    },
    setViewport(x, y, w, h) {
      if (region.set(x, y, w, h)) render();
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      if (pending !== 0) cancelAnimationFrame(pending);
      fitter.disconnect();
      animator.stopAll();
      unsubscribe();
      game.scale.off(Phaser.Scale.Events.RESIZE, onResize);
      stopHover();
      game.scene.remove(key);
      frames.request(2);
    },
  };
}

/** Where on the canvas the summit draws, in game pixels, and the views' layout size in CSS-sized units. */
interface CanvasRegion {
  viewport(): Viewport;
  size(): Size;
  /** setViewport's request; true when what the views should draw in changed. */
  set(x: number, y: number, w: number, h: number): boolean;
}

function canvasRegion(game: Phaser.Game, scaleK: () => number): CanvasRegion {
  let fixed: Viewport | null = null;
  /** setViewport asked for the whole game: follow the game's size when it changes. */
  let whole = false;
  const viewport = (): Viewport => {
    const { width, height } = game.scale.gameSize;
    if (whole) return { x: 0, y: 0, w: width, h: height };
    if (fixed) return fixed;
    // When the page already narrowed the stage to the free area (the split layout), take the whole canvas;
    // when the canvas spans the window, keep to its left part, which the panel does not cover.
    const stage = game.canvas?.parentElement?.getBoundingClientRect();
    const spansWindow = !stage || stage.width >= window.innerWidth * 0.9;
    return { x: 0, y: 0, w: spansWindow ? Math.round(width * DEFAULT_CANVAS_SHARE) : width, h: height };
  };
  return {
    viewport,
    size() {
      const v = viewport();
      const k = scaleK();
      return { width: Math.round(v.w / k), height: Math.round(v.h / k) };
    },
    set(x, y, w, h) {
      const next = { x: Math.round(x), y: Math.round(y), w: Math.max(1, Math.round(w)), h: Math.max(1, Math.round(h)) };
      const { width, height } = game.scale.gameSize;
      const nowWhole = next.x === 0 && next.y === 0 && next.w === Math.round(width) && next.h === Math.round(height);
      const changedWhole = nowWhole !== whole;
      whole = nowWhole;
      if (whole) return changedWhole;
      if (fixed && fixed.x === next.x && fixed.y === next.y && fixed.w === next.w && fixed.h === next.h) {
        return changedWhole;
      }
      fixed = next;
      return true;
    },
  };
}

/**
 * The table view's tweens, each holding the frame loop while it runs; the draw completes or stops them all. The
 * frames they cause are timed (the motion budget): when they are too slow, later changes are drawn still.
 */
function tweenAnimator(
  frames: FrameScheduler,
  still: () => boolean,
  budget: MotionBudget,
  sceneOf: () => Phaser.Scene | null,
): Animator & { completeAll(): void; stopAll(): void } {
  const active = new Set<Phaser.Tweens.Tween>();
  const onFrame = () => budget.frame(performance.now());
  return {
    reducedMotion: still,
    tween(config) {
      const scene = sceneOf();
      if (!scene) return;
      const release = frames.hold();
      if (active.size === 0) {
        budget.gap();
        scene.game.events.on(Phaser.Core.Events.POST_RENDER, onFrame);
      }
      const done = () => {
        if (!active.delete(tween)) return;
        release();
        if (active.size === 0) scene.game.events.off(Phaser.Core.Events.POST_RENDER, onFrame);
      };
      const tween = scene.tweens.add({
        ...config,
        onComplete: (...args) => {
          (config.onComplete as ((...a: unknown[]) => void) | undefined)?.(...args);
          done();
        },
        onStop: done,
      });
      active.add(tween);
      // Never keep the loop awake for a tween that somehow did not finish (hidden tab, scene shut down).
      window.setTimeout(done, (Number(config.duration) || 500) + 1000);
    },
    completeAll() {
      for (const t of [...active]) t.complete();
    },
    stopAll() {
      for (const t of [...active]) t.stop();
    },
  };
}

/**
 * The split layout narrows the stage without a window resize, and Phaser checks its parent only in its loop
 * (every resizeInterval), which sleeps between changes: the canvas kept the window's size, centred on the
 * narrower stage with its left part off screen (seen at 1280×720, 1024×768 and 1920×1080). Before each draw and
 * whenever the stage's size changes, a canvas whose CSS size differs from its parent's is refitted.
 */
function stageFitter(game: Phaser.Game, destroyed: () => boolean): { refit(): void; disconnect(): void } {
  const refit = () => {
    const parent = game.canvas?.parentElement;
    if (destroyed() || !parent || !game.canvas) return;
    game.scale.getParentBounds();
    const want = parent.getBoundingClientRect();
    const have = game.canvas.getBoundingClientRect();
    if (Math.abs(want.width - have.width) > 1 || Math.abs(want.height - have.height) > 1) game.scale.refresh();
  };
  const stage = game.canvas?.parentElement;
  const observer = typeof ResizeObserver === 'undefined' || !stage ? null : new ResizeObserver(() => refit());
  if (stage) observer?.observe(stage);
  return { refit, disconnect: () => observer?.disconnect() };
}

/**
 * Hover on the map: DOM events on the canvas, because Phaser's input queue only runs while the loop is awake.
 * Returns the function that stops listening.
 */
function mapHover(
  game: Phaser.Game,
  scaleK: () => number,
  region: CanvasRegion,
  frames: FrameScheduler,
  mapView: () => MapView | null,
  mapShown: () => boolean,
): () => void {
  const onMove = (e: PointerEvent) => {
    const map = mapView();
    if (!mapShown() || !map) return;
    const v = region.viewport();
    const x = game.scale.transformX(e.pageX) - v.x;
    const y = game.scale.transformY(e.pageY) - v.y;
    const k = scaleK();
    if (x < 0 || y < 0 || x > v.w || y > v.h) map.pointer(-1, -1, region.size());
    else map.pointer(x / k, y / k, region.size());
  };
  const onLeave = () => {
    mapView()?.clearHover();
    frames.request(2);
  };
  game.canvas?.addEventListener('pointermove', onMove);
  game.canvas?.addEventListener('pointerleave', onLeave);
  return () => {
    game.canvas?.removeEventListener('pointermove', onMove);
    game.canvas?.removeEventListener('pointerleave', onLeave);
  };
}
