// The table view, in layers so a turn redraws little: the room, the seated delegations, the table and the bands
// are baked into one texture only when they change (size, seats, a walk-out: software WebGL cannot afford
// re-tessellating and filling hundreds of shapes per turn); the plates, moods, screens and the speaker's glow are
// one live Graphics redrawn when they change; the text objects are made once and updated; the speech bubble and
// the speaker's pulse stay live so they can animate. Geometry and wording come from tableModel.
import type * as Phaser from 'phaser';
import { placeBubble } from '../models/bubble-place';
import { NON_VOTING_MARK } from '../models/party-role';
import { labelBoxes } from '../models/table-layout';
import type { TableModel } from '../models/table-model';
import { cssColour, FONTS, PALETTE } from '../palette';
import { setTableBoxes, type TableBox } from '../table-boxes';
import { bake, ellipsize, fittingSize } from './crisp';
import {
  drawMoodFace,
  drawRemote,
  drawRoom,
  drawSeat,
  drawSeatPlate,
  drawSpeakerGlow,
  drawTableTop,
  MOOD_COLOURS,
  wallFlagRects,
} from './draw-table';
import { FlagTextures } from './flag-textures';
import { TextPool } from './text-pool';

export interface Animator {
  /** Runs a tween holding the frame loop, or jumps to the end state with reduced motion. */
  tween(config: Phaser.Types.Tweens.TweenBuilderConfig): void;
  reducedMotion(): boolean;
}

const IVORY = cssColour(PALETTE.ivory);
const MIST = cssColour(PALETTE.mist);
const NAVY = cssColour(PALETTE.navy);
const BRASS_LIGHT = cssColour(PALETTE.brassLight);
const BUBBLE_WIDTH = 270;

export class TableView {
  readonly root: Phaser.GameObjects.Container;
  private readonly backdrop: Phaser.GameObjects.RenderTexture;
  /** Plates, desk flags, mood chips, "by call" screens, header chip, ticker tag and the speaker's glow. */
  private readonly marks: Phaser.GameObjects.Graphics;
  private readonly labels: Phaser.GameObjects.Container;
  private readonly texts: TextPool;
  private readonly pulse: Phaser.GameObjects.Graphics;
  private readonly bubble: Phaser.GameObjects.Container;
  private readonly bubbleBox: Phaser.GameObjects.Graphics;
  private readonly bubbleText: Phaser.GameObjects.Text;
  private readonly tickerText: Phaser.GameObjects.Text;
  private readonly tickerMask: { x: number; w: number } = { x: 0, w: 0 };
  private bubbleKey = -1;
  private bubbleDrawn = '';
  private tickerKey = -1;
  private backdropKey = '';
  private marksKey = '';
  /** The flag-icons pictures laid over the drawn desk and screen flags, one per place, kept across redraws. */
  private readonly flagLayer: Phaser.GameObjects.Container;
  private readonly flagImages = new Map<string, Phaser.GameObjects.Image>();
  private readonly flagsShown = new Set<string>();
  private readonly flags: FlagTextures;

  /** `onFlagLoaded`: a flag picture arrived; the owner redraws (render) so it shows. */
  constructor(
    private readonly scene: Phaser.Scene,
    private readonly anim: Animator,
    onFlagLoaded: () => void = () => {},
  ) {
    this.flags = new FlagTextures(scene, onFlagLoaded);
    this.flagLayer = scene.make.container({}, false);
    this.root = scene.add.container(0, 0);
    this.backdrop = scene.make.renderTexture({ x: 0, y: 0, width: 8, height: 8 }, false).setOrigin(0);
    this.marks = scene.make.graphics({}, false);
    this.labels = scene.make.container({}, false);
    this.texts = new TextPool(scene, this.labels);
    this.pulse = scene.make.graphics({}, false);
    this.bubbleBox = scene.make.graphics({}, false);
    this.bubbleText = scene.make.text(
      {
        text: '',
        style: {
          fontFamily: FONTS.sans,
          fontSize: '15px',
          color: NAVY,
          wordWrap: { width: BUBBLE_WIDTH - 28, useAdvancedWrap: true },
          lineSpacing: 2,
        },
      },
      false,
    );
    this.bubble = scene.make.container({}, false).add([this.bubbleBox, this.bubbleText]);
    this.tickerText = scene.make
      .text({ text: '', style: { fontFamily: FONTS.sans, fontSize: '14px', color: IVORY } }, false)
      .setOrigin(0, 0.5);
    this.root.add([this.backdrop, this.marks, this.flagLayer, this.pulse, this.labels, this.tickerText, this.bubble]);
  }

  setVisible(on: boolean): void {
    this.root.setVisible(on);
    if (!on) setTableBoxes(null);
  }

  /** Draws the model, redrawing only the layers that changed; `animate`: the speaker/ticker changed by play. */
  render(m: TableModel, animate: boolean, k = 1): void {
    const { width, height } = m.size;
    this.root.setScale(k);
    if (this.bubbleText.style.resolution !== k) this.bubbleText.setResolution(k);
    if (this.tickerText.style.resolution !== k) this.tickerText.setResolution(k);
    // The room and the seated delegations: they change with the size, the phase's seats and walk-outs only.
    const backdropKey = JSON.stringify([
      width,
      height,
      k,
      m.table,
      m.headerHeight,
      m.tickerHeight,
      m.seats.map((s) => [s.party, s.x, s.y, s.scale, s.colour, s.flag, s.members.length, s.outward, s.walkedOut]),
      this.flags.version,
    ]);
    if (backdropKey !== this.backdropKey) {
      this.backdropKey = backdropKey;
      const g = this.scene.make.graphics({}, false);
      drawRoom(g, m);
      // Far seats first: the table hides the lower half of the delegations behind it.
      for (const seat of m.seats) drawSeat(g, seat, false);
      drawTableTop(g, m);
      this.bands(g, m);
      bake(this.backdrop, g, width, height, k);
      g.destroy();
      // The wall's flags: their pictures stamped over the drawn stand-ins, once loaded.
      let stamped = false;
      for (const r of wallFlagRects(m)) {
        const key = this.flags.key(r.flag);
        if (!key) continue;
        const frame = this.scene.textures.getFrame(key);
        this.backdrop.stamp(key, undefined, r.x * k, r.y * k, {
          originX: 0,
          originY: 0,
          scaleX: (r.w * k) / frame.width,
          scaleY: (r.h * k) / frame.height,
        });
        stamped = true;
      }
      if (stamped) this.backdrop.render();
    }
    const marksKey = JSON.stringify([backdropKey, m.seats, m.remote, m.header, m.ticker.length > 0]);
    if (marksKey !== this.marksKey) {
      this.marksKey = marksKey;
      const g = this.marks;
      g.clear();
      this.flagsShown.clear();
      this.texts.begin(k);
      for (const seat of m.seats) drawSpeakerGlow(g, seat);
      for (const seat of m.seats) this.plate(g, seat);
      for (const r of m.remote) this.remote(g, r);
      this.header(g, m);
      this.tickerTag(g, m);
      this.texts.end();
      for (const [id, img] of this.flagImages) if (!this.flagsShown.has(id)) img.setVisible(false);
    }
    this.ticker(m, animate);
    const bubble = this.speech(m, animate);
    this.publishBoxes(m, bubble);
  }

  /** What the table drew, for window.__summit.tableBoxes() (the browser tests check nothing overlaps). */
  private publishBoxes(m: TableModel, bubble: TableBox | null): void {
    const boxes: TableBox[] = [];
    for (const s of m.seats) {
      const l = s.label;
      // labelBoxes: plate, flag, then the chip and the tag when there are.
      const names = ['plate', 'flag', ...(l.chip ? ['chip'] : []), ...(l.you ? ['you'] : [])];
      for (const [i, b] of labelBoxes(l).entries()) boxes.push({ kind: names[i] ?? 'label', party: s.party, ...b });
    }
    for (const r of m.remote)
      boxes.push({ kind: 'screen', party: r.party, ...r.box, ...(r.noVote ? { mark: NON_VOTING_MARK } : {}) });
    if (bubble) boxes.push(bubble);
    const { width, height } = m.size;
    setTableBoxes({ width, height, top: m.headerHeight, bottom: height - m.tickerHeight, boxes });
  }

  private text(
    key: string,
    x: number,
    y: number,
    value: string,
    style: Phaser.Types.GameObjects.Text.TextStyle,
    init?: (t: Phaser.GameObjects.Text) => void,
  ) {
    return this.texts.get(key, value, style, init).setPosition(x, y);
  }

  private plate(g: Phaser.GameObjects.Graphics, seat: TableModel['seats'][number]): void {
    const p = seat.party;
    const l = seat.label;
    const box = l.plate;
    const cx = box.x + box.w / 2;
    drawSeatPlate(g, seat, l);
    this.flagPicture(`${p}:desk`, seat.flag, l.flag);
    // The layout sized the card for the whole name; the cut is a safeguard for fonts wider than estimated.
    const name = this.text(`${p}:name`, cx, box.y + 3, '', { fontSize: '14px', fontStyle: '700', color: NAVY });
    ellipsize(name.setOrigin(0.5, 0), seat.short, box.w - 6);
    if (l.leader) {
      const leader = this.text(`${p}:leader`, cx, box.y + 19, '', { fontSize: '11px', color: '#3a4658' });
      ellipsize(leader.setOrigin(0.5, 0), seat.leader, box.w - 10);
    }
    if (l.you) {
      this.text(`${p}:you`, l.you.x, l.you.y, 'YOU', { fontSize: '10px', fontStyle: '700', color: NAVY }, (t) =>
        t.setPadding(4, 1, 4, 1).setBackgroundColor(BRASS_LIGHT),
      );
    }
    // Under the plate: the mood (AI seats), or the walk-out.
    const chip = l.chip;
    if (!chip) return;
    const cy = chip.y + chip.h / 2;
    if (seat.walkedOut) {
      this.text(`${p}:out`, chip.x + chip.w / 2, cy, 'Walked out', {
        fontSize: '12px',
        fontStyle: '600',
        color: MIST,
      }).setOrigin(0.5, 0.5);
    } else if (seat.mood && seat.moodLabel) {
      g.fillStyle(PALETTE.night, 0.72);
      g.fillRoundedRect(chip.x, chip.y, chip.w, chip.h, chip.h / 2);
      if (l.chipText) {
        drawMoodFace(g, seat.mood, chip.x + 12, cy, 6.5);
        const label = this.text(`${p}:mood`, chip.x + 22, cy, '', {
          fontSize: '12px',
          fontStyle: '600',
          color: cssColour(MOOD_COLOURS[seat.mood]),
        }).setOrigin(0, 0.5);
        ellipsize(label, seat.moodLabel, chip.w - 26);
      } else drawMoodFace(g, seat.mood, chip.x + chip.w / 2, cy, 6.5);
    }
  }

  /** Lays the flag-icons picture of `code` over the drawn flag in `rect`, once loaded (a place id per flag). */
  private flagPicture(id: string, code: string | null, rect: { x: number; y: number; w: number; h: number }): void {
    const key = this.flags.key(code);
    if (!key) return;
    let img = this.flagImages.get(id);
    if (!img) {
      img = this.scene.add.image(0, 0, key).setOrigin(0);
      this.flagLayer.add(img);
      this.flagImages.set(id, img);
    } else if (img.texture.key !== key) img.setTexture(key);
    img.setPosition(rect.x, rect.y).setDisplaySize(rect.w, rect.h).setVisible(true);
    this.flagsShown.add(id);
  }

  private remote(g: Phaser.GameObjects.Graphics, r: TableModel['remote'][number]): void {
    drawRemote(g, r);
    const p = r.party;
    const { x, y, w, h } = r.box;
    this.flagPicture(`${p}:screen`, r.flag, { x: x + 8, y: y + 8, w: 16, h: 12 });
    // "BY CALL" between the flag and the live dot, where it fits (a phone's narrow screens show the dot alone).
    if (w >= 104) {
      this.text(`${p}:call`, x + 30, y + 7, 'BY CALL', { fontSize: '10px', fontStyle: '700', color: MIST }, (t) =>
        t.setLetterSpacing(1),
      );
    }
    // A non-voting party (a coordinator): "NO VOTE" across the foot of its picture, like a broadcast's caption,
    // as its plate would say "· no vote" at the table.
    if (r.noVote) {
      const caption = this.text(
        `${p}:novote`,
        x + w / 2,
        y + h - 24 - 4,
        NON_VOTING_MARK.toUpperCase(),
        {
          fontSize: '10px',
          fontStyle: '700',
          color: IVORY,
          backgroundColor: 'rgba(7, 16, 29, 0.82)',
          padding: { x: 5, y: 2 },
        },
        (t) => t.setLetterSpacing(1),
      ).setOrigin(0.5, 1);
      if (caption.width > w - 8) caption.setScale((w - 8) / caption.width);
      else caption.setScale(1);
    }
    const label = this.text(`${p}:remote`, x + 8, y + h - 12, '', {
      fontSize: '13px',
      fontStyle: '700',
      color: IVORY,
    }).setOrigin(0, 0.5);
    if (r.walkedOut) {
      ellipsize(label, r.isViewer ? `${r.short} (you)` : r.short, w - 16);
      this.text(`${p}:left`, x + w / 2, y + (h - 24) / 2, 'Left the talks', {
        fontSize: '12px',
        color: MIST,
      }).setOrigin(0.5);
    } else if (r.mood && r.moodLabel) {
      const face = x + w - 12;
      drawMoodFace(g, r.mood, face, y + h - 12, 6);
      const mood = this.text(`${p}:mood`, face - 10, y + h - 12, r.moodLabel, {
        fontSize: '11px',
        fontStyle: '600',
        color: cssColour(MOOD_COLOURS[r.mood]),
      }).setOrigin(1, 0.5);
      // The name keeps clear of the mood label; when both do not fit (a narrow screen), the name wins and the mood
      // keeps its face only (the deal sheet names every mood): "Ru…" beside "Maximalist" told nobody anything.
      label.setText(r.short);
      const room = face - 16 - mood.width - (x + 8);
      if (label.width > room) mood.setVisible(false);
      ellipsize(label, r.short, mood.visible ? room : face - 12 - (x + 8));
    } else ellipsize(label, r.isViewer ? `${r.short} (you)` : r.short, w - 16);
  }

  /** The header and ticker bands' backgrounds (baked with the room). */
  private bands(g: Phaser.GameObjects.Graphics, m: TableModel): void {
    const { width, height } = m.size;
    const h = m.headerHeight;
    g.fillGradientStyle(PALETTE.night, PALETTE.night, PALETTE.navy, PALETTE.navy, 0.95);
    g.fillRect(0, 0, width, h);
    g.fillStyle(PALETTE.brass, 0.6);
    g.fillRect(0, h - 1, width, 1);
    const y = height - m.tickerHeight;
    g.fillStyle(PALETTE.night, 0.96);
    g.fillRect(0, y, width, m.tickerHeight);
    g.fillStyle(PALETTE.brass, 0.6);
    g.fillRect(0, y, width, 1);
  }

  private header(g: Phaser.GameObjects.Graphics, m: TableModel): void {
    const { width } = m.size;
    const status = m.header.status;
    // A phone's short strip: a smaller title, the date tucked under it.
    const c = m.compact;
    const mid = c ? 16 : 22;
    const round = (
      status
        ? this.text('status', width - 18, mid, status, { fontSize: '12px', fontStyle: '700', color: NAVY })
        : this.text(
            'round',
            width - 18,
            mid,
            m.header.round.toUpperCase(),
            { fontSize: '12px', fontStyle: '700', color: BRASS_LIGHT },
            (t) => t.setLetterSpacing(1.5),
          )
    ).setOrigin(1, 0.5);
    const chip = { x: round.x - round.width - 12, y: mid - 12, w: round.width + 24, h: 24 };
    if (status) {
      g.fillStyle(PALETTE.brassLight, 1);
      g.fillRoundedRect(chip.x, chip.y, chip.w, chip.h, 12);
    } else {
      g.lineStyle(1, PALETTE.brass, 0.8);
      g.strokeRoundedRect(chip.x, chip.y, chip.w, chip.h, 12);
    }
    // A long phase name ("A trilateral follow-up (simulated, not historical)" at 1024 px) is set a size smaller
    // before it is cut.
    const room = chip.x - 30;
    const size = fittingSize(m.header.phase, FONTS.serif, c ? [17, 15] : [21, 19, 17], room);
    const title = this.text('title', c ? 12 : 18, c ? 4 : 10, '', {
      fontFamily: FONTS.serif,
      fontSize: `${size}px`,
      color: BRASS_LIGHT,
    });
    ellipsize(title, m.header.phase, room);
    const date = this.text('date', c ? 12 : 18, c ? 26 : 40, '', { fontSize: c ? '12px' : '13px', color: MIST });
    ellipsize(date, m.header.dateLine, width - 36);
  }

  private tickerTag(g: Phaser.GameObjects.Graphics, m: TableModel): void {
    const { width, height } = m.size;
    const y = height - m.tickerHeight;
    const tag = this.text(
      'world',
      14,
      y + m.tickerHeight / 2,
      'WORLD',
      { fontSize: '11px', fontStyle: '700', color: NAVY },
      (t) => t.setLetterSpacing(1.5),
    ).setOrigin(0, 0.5);
    g.fillStyle(m.ticker.length > 0 ? 0xd9534f : PALETTE.brass, 1);
    g.fillRoundedRect(8, y + m.tickerHeight / 2 - 10, tag.width + 12, 20, 3);
    this.tickerMask.x = tag.width + 32;
    this.tickerMask.w = width - this.tickerMask.x - 14;
  }

  private ticker(m: TableModel, animate: boolean): void {
    const y = m.size.height - m.tickerHeight / 2;
    const [latest, previous] = m.ticker;
    const value = latest ? (previous ? `${latest.text}   ·   ${previous.text}` : latest.text) : 'No news yet.';
    ellipsize(this.tickerText, value, this.tickerMask.w);
    const colour = latest ? IVORY : MIST;
    if (this.tickerText.style.color !== colour) this.tickerText.setColor(colour);
    const fresh = latest !== undefined && latest.key !== this.tickerKey;
    this.tickerKey = latest?.key ?? -1;
    this.tickerText.setPosition(this.tickerMask.x, y).setAlpha(1);
    if (fresh && animate && !this.anim.reducedMotion()) {
      // The headline slides in from the right, as on a news channel.
      this.tickerText.setX(this.tickerMask.x + 60).setAlpha(0);
      this.anim.tween({ targets: this.tickerText, x: this.tickerMask.x, alpha: 1, duration: 500, ease: 'Cubic.Out' });
    }
  }

  /** Draws the latest speaker's bubble; returns its box (null for none). */
  private speech(m: TableModel, animate: boolean): TableBox | null {
    const b = m.bubble;
    if (this.pulse.commandBuffer.length > 0) this.pulse.clear();
    if (!b) {
      this.bubble.setVisible(false);
      this.bubbleKey = -1;
      return null;
    }
    const fresh = b.key !== this.bubbleKey;
    this.bubbleKey = b.key;
    const raw = b.text;
    if (this.bubbleText.style.wordWrapWidth !== b.width - 28) this.bubbleText.setWordWrapWidth(b.width - 28, true);
    // Each setter re-renders the text: only the ones that change.
    const family = b.quote ? FONTS.serif : FONTS.sans;
    const fontStyle = b.quote ? 'italic' : '';
    if (this.bubbleText.style.fontFamily !== family) this.bubbleText.setFontFamily(family);
    if (this.bubbleText.style.fontStyle !== fontStyle) this.bubbleText.setFontStyle(fontStyle);
    this.bubbleText.setText(b.quote ? `“${raw}”` : raw);
    const w = Math.min(b.width, this.bubbleText.width + 28);
    const h = this.bubbleText.height + 20;
    // Where it covers no plate, flag, mood or screen (models/bubble-place.ts); the tail points at the speaker.
    const { x, y, below, covers } = placeBubble(m, b.party, b.anchor, w, h);
    // Nowhere free (a crowded table on a small screen with large text): no bubble rather than a hidden name or mood;
    // the latest line under the table says the words.
    if (covers) {
      this.bubble.setVisible(false);
      return null;
    }
    const side = x + w <= b.anchor.x ? 'right' : below ? 'top' : 'bottom';
    const seatColour = [...m.seats, ...m.remote].find((s) => s.party === b.party)?.colour ?? PALETTE.brass;
    const drawn = JSON.stringify([w, h, x, y, b.anchor, side, seatColour]);
    if (drawn !== this.bubbleDrawn) {
      this.bubbleDrawn = drawn;
      this.drawBubble(w, h, b.anchor.x - x, b.anchor.y - y, side, seatColour);
    }
    this.bubbleText.setPosition(16, 10);
    this.bubble.setPosition(x, y).setVisible(true);
    this.bubbleEntrance(m, animate, fresh, b, y);
    return { kind: 'bubble', party: b.party, x, y, w, h };
  }

  private drawBubble(
    w: number,
    h: number,
    ax: number,
    ay: number,
    side: 'right' | 'top' | 'bottom',
    seatColour: number,
  ): void {
    const g = this.bubbleBox;
    g.clear();
    g.fillStyle(0x000000, 0.3);
    g.fillRoundedRect(3, 4, w, h, 12);
    g.fillStyle(PALETTE.ivory, 1);
    g.fillRoundedRect(0, 0, w, h, 12);
    g.fillStyle(seatColour, 1);
    g.fillRoundedRect(0, 0, 5, h, { tl: 12, bl: 12, tr: 0, br: 0 });
    // The tail towards the speaker (kept within the box's span).
    g.fillStyle(PALETTE.ivory, 1);
    const tx = Math.max(18, Math.min(w - 18, ax));
    const tipX = Math.max(6, Math.min(w - 6, ax));
    if (side === 'right') g.fillTriangle(w - 1, h / 2 - 8, w - 1, h / 2 + 8, w + 14, Math.max(6, Math.min(h - 6, ay)));
    else if (side === 'top') g.fillTriangle(tx - 9, 1, tx + 9, 1, tipX, Math.max(-16, ay));
    else g.fillTriangle(tx - 9, h - 1, tx + 9, h - 1, tipX, Math.min(h + 16, ay));
  }

  private bubbleEntrance(
    m: TableModel,
    animate: boolean,
    fresh: boolean,
    b: NonNullable<TableModel['bubble']>,
    y: number,
  ) {
    if (fresh && animate && !this.anim.reducedMotion()) {
      this.bubble.setAlpha(0).setY(y + 10);
      this.anim.tween({ targets: this.bubble, alpha: 1, y, duration: 380, ease: 'Cubic.Out' });
      // A ring that swells and fades around the new speaker draws the eye to who spoke.
      const seat = m.seats.find((s) => s.party === b.party);
      if (seat) {
        const ring = { r: 18 * seat.scale, a: 0.9 };
        const draw = () => {
          this.pulse.clear();
          this.pulse.lineStyle(3, PALETTE.brassLight, ring.a);
          this.pulse.strokeCircle(seat.x, seat.y, ring.r);
        };
        draw();
        this.anim.tween({ targets: ring, r: 46 * seat.scale, a: 0, duration: 900, ease: 'Sine.Out', onUpdate: draw });
      }
    } else {
      this.bubble.setAlpha(1);
    }
  }
}
