// Title: the room and the summit table on the canvas; the name, menu and disclaimer are HTML (UiLayer).
// Thin on purpose: geometry comes from titleLayout, drawing from canvas/draw-table (the game's own table, here
// empty: chairs, name plates and desk flags, nobody seated yet), menus from models/title-menu.
// A still picture (no idle animation): the loop sleeps once it is drawn, keeping the page light.
import * as Phaser from 'phaser';
import type { ViewDeps } from '../deps';
import { type SeatPlace, type TitleLayout, titleLayout } from '../models/title-layout';
import { SEAT_COLOURS } from '../palette';

/** The table's drawing code: loaded when the title is idle, not before it (the table's chunk has it anyway). */
type Draw = typeof import('../canvas/draw-table');

/** The room appears at the latest this long after the menu, however busy the page. */
const IDLE_WAIT_MS = 300;

/** The performance measure each bake of the room leaves (its start and duration), for the bench. */
export const ROOM_MEASURE = 'summit:title-room';

export class TitleScene extends Phaser.Scene {
  private backdrop!: Phaser.GameObjects.RenderTexture;
  private draw: Draw | null = null;

  constructor(private readonly deps: ViewDeps) {
    super('title');
  }

  create(): void {
    const { width, height } = this.scale.gameSize;
    this.backdrop = this.add.renderTexture(0, 0, width, height).setOrigin(0);
    this.deps.ui.showTitle();
    this.deps.status.setScreen('title');
    this.deps.status.markReady();
    // The menu takes input now; the room behind it is baked when the page is next idle. Baking it is the costliest
    // draw of the start (software WebGL: one large texture filled many times over, then read back), and each frame
    // the canvas draws before then is read back too: so the loop draws the first frame (the menu over the navy
    // canvas) and sleeps, and the frames that show the room come once the title has been shown and can be used.
    this.deps.releaseBoot();
    whenIdle(() => {
      import('../canvas/draw-table').then(
        (draw) => {
          if (!this.sys.isActive()) return;
          this.draw = draw;
          this.layout();
          this.scale.on(Phaser.Scale.Events.RESIZE, this.layout, this);
        },
        // Offline with a stale page: the menu works on the plain background.
        () => {},
      );
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.scale.off(Phaser.Scale.Events.RESIZE, this.layout, this);
    });
  }

  private layout(): void {
    const draw = this.draw;
    if (draw === null) return;
    const { width, height } = this.scale.gameSize;
    const started = performance.now();
    this.cameras.main.setSize(width, height);
    const layout = titleLayout({ width, height, viewportWidth: window.innerWidth });
    // The room and table are static: bake them into one texture, so each frame draws a quad instead of
    // re-tessellating hundreds of ellipses (software WebGL in CI cannot afford that at 60 fps).
    const room = this.make.graphics({}, false);
    const table = this.make.graphics({}, false);
    draw.drawRoom(room, { size: { width, height }, table: layout.table, headerHeight: 0, seats: [], wall: false });
    drawEmptyTable(draw, table, layout);
    // On narrow screens the menu covers the table: dim it so the text stays readable.
    table.setAlpha(layout.narrow ? 0.35 : 1);
    this.backdrop.resize(width, height);
    this.backdrop.clear().draw(room).draw(table);
    this.backdrop.render();
    for (const g of [room, table]) g.destroy();
    // How long the bake took, for the bench (scripts/bench/title.ts reads it; nothing in the game does).
    performance.measure(ROOM_MEASURE, { start: started });
    this.deps.frames.request(2);
  }
}

/** Runs `work` when the page is idle (at most IDLE_WAIT_MS later); the next task where there is no requestIdleCallback. */
function whenIdle(work: () => void): void {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(work, { timeout: IDLE_WAIT_MS });
  else setTimeout(work, 0);
}

/**
 * The summit table before anyone sits down: far chairs, the table, a name plate with its desk flag at every place,
 * then the near chairs (drawn last, so the table hides what it should).
 */
function drawEmptyTable(draw: Draw, g: Phaser.GameObjects.Graphics, layout: TitleLayout): void {
  const { drawChair, drawPlate, drawTableTop } = draw;
  const { rx } = layout.table;
  const colourOf = (seat: SeatPlace) => SEAT_COLOURS[layout.seats.indexOf(seat) % SEAT_COLOURS.length]!;
  const chair = (seat: SeatPlace) => {
    const s = (0.85 + seat.depth * 0.4) * (rx / 280);
    drawChair(g, seat.x, seat.y - 30 * s, s, colourOf(seat));
  };
  const far = layout.seats.filter((seat) => seat.depth < 0.5);
  const near = layout.seats.filter((seat) => seat.depth >= 0.5);
  for (const seat of far) chair(seat);
  drawTableTop(g, layout);
  for (const seat of layout.seats) {
    const s = (0.8 + seat.depth * 0.3) * (rx / 300);
    const box = { x: seat.plateX - 20 * s, y: seat.plateY - 6 * s, w: 40 * s, h: 12 * s };
    const place = { colour: colourOf(seat), flag: null, isSpeaker: false, isNext: false, walkedOut: false };
    drawPlate(g, place, box, 0.75 * s);
  }
  for (const seat of near) chair(seat);
}
