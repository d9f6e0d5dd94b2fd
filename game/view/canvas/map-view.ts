// The control map: regions filled by the holder's share in steps, hatched where the package on the table (or the
// one being built) would change them, region and place labels, a legend, and hover details. Fills, borders,
// hatching and dots are baked into one texture and rebaked only when they change; hover draws one outline.
// The geometry is fetched lazily the first time a scenario with a map is shown.
import type * as Phaser from 'phaser';
import {
  type GeoCollection,
  hatchSegments,
  type MapModel,
  type MapPalette,
  mapModel,
  type ProjectedMap,
  projectMap,
  regionAt,
} from '../models/map-model';
import type { CanvasInput, Size } from '../models/table-model';
import { cssColour, FONTS, PALETTE } from '../palette';
import { bake } from './crisp';
import { mix } from './draw-table';
import { TextPool } from './text-pool';

// Every map under assets/maps becomes a hashed file in the build; only its URL is in the bundle.
const MAP_URLS = import.meta.glob<string>('../../../assets/maps/*.json', {
  query: '?url',
  import: 'default',
  eager: true,
});

const geometryCache = new Map<string, Promise<GeoCollection>>();

export function loadGeometry(name: string): Promise<GeoCollection> {
  let p = geometryCache.get(name);
  if (!p) {
    const url = Object.entries(MAP_URLS).find(([path]) => path.endsWith(`/${name}.json`))?.[1];
    p = url
      ? fetch(url).then((r) => {
          if (!r.ok) throw new Error(`map ${name}: HTTP ${r.status}`);
          return r.json() as Promise<GeoCollection>;
        })
      : Promise.reject(new Error(`no map named ${name} under assets/maps`));
    // A failed fetch may succeed later (offline → online): forget it.
    p.catch(() => geometryCache.delete(name));
    geometryCache.set(name, p);
  }
  return p;
}

const TITLE_H = 58;

/** A flat ring as the point list Graphics takes (typed as Vector2, but plain {x, y} objects are what it reads). */
function toPoints(ring: number[], dx: number, dy: number): Phaser.Math.Vector2[] {
  const out: { x: number; y: number }[] = [];
  for (let i = 0; i < ring.length; i += 2) out.push({ x: ring[i] + dx, y: ring[i + 1] + dy });
  return out as Phaser.Math.Vector2[];
}
const IVORY = cssColour(PALETTE.ivory);
const MIST = cssColour(PALETTE.mist);

export class MapView {
  readonly root: Phaser.GameObjects.Container;
  private readonly baked: Phaser.GameObjects.RenderTexture;
  private readonly labels: Phaser.GameObjects.Container;
  private readonly texts: TextPool;
  private readonly hover: Phaser.GameObjects.Graphics;
  private readonly tip: Phaser.GameObjects.Container;
  private readonly tipBox: Phaser.GameObjects.Graphics;
  private readonly tipText: Phaser.GameObjects.Text;
  private geo: { name: string; data: GeoCollection } | null = null;
  private projected: { key: string; map: ProjectedMap } | null = null;
  private model: MapModel | null = null;
  private bakedKey = '';
  private k = 1;
  private loading: string | null = null;
  private failed: string | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    /** Called when the geometry arrives (or fails), so the owner renders again with its latest input. */
    private readonly onLoaded: () => void,
    private readonly requestFrame: () => void,
  ) {
    this.root = scene.add.container(0, 0);
    this.baked = scene.make.renderTexture({ x: 0, y: 0, width: 8, height: 8 }, false).setOrigin(0);
    this.labels = scene.make.container({}, false);
    this.texts = new TextPool(scene, this.labels);
    this.hover = scene.make.graphics({}, false);
    this.tipBox = scene.make.graphics({}, false);
    this.tipText = scene.make.text(
      { text: '', style: { fontFamily: FONTS.sans, fontSize: '13px', color: IVORY, lineSpacing: 3 } },
      false,
    );
    this.tip = scene.make.container({}, false).add([this.tipBox, this.tipText]).setVisible(false);
    this.root.add([this.baked, this.hover, this.labels, this.tip]);
  }

  setVisible(on: boolean): void {
    this.root.setVisible(on);
    if (!on) this.clearHover();
  }

  /** Starts the download early (the table shows first; the map is one key away). */
  prefetch(input: CanvasInput): void {
    const name = input.scenario.map?.geometry;
    if (!name || this.geo?.name === name || this.loading === name) return;
    this.loading = name;
    this.failed = null;
    loadGeometry(name).then(
      (data) => {
        if (this.loading !== name) return;
        this.loading = null;
        this.geo = { name, data };
        this.projected = null;
        this.onLoaded();
      },
      (e: unknown) => {
        if (this.loading !== name) return;
        this.loading = null;
        this.failed = e instanceof Error ? e.message : String(e);
        console.warn(`Summit: ${this.failed}`);
        this.onLoaded();
      },
    );
  }

  render(input: CanvasInput, size: Size, palette: MapPalette, k = 1): void {
    this.k = k;
    this.root.setScale(k);
    this.tipText.setResolution(k);
    const spec = input.scenario.map;
    if (!spec) {
      this.message(size, 'This scenario has no map.');
      return;
    }
    this.prefetch(input);
    if (this.failed) {
      this.message(size, 'The map could not be loaded.');
      return;
    }
    if (!this.geo || this.geo.name !== spec.geometry) {
      this.message(size, 'Loading the map…');
      return;
    }
    const box = { width: size.width, height: size.height - TITLE_H };
    const pkey = `${spec.geometry}:${box.width}x${box.height}`;
    if (this.projected?.key !== pkey) this.projected = { key: pkey, map: projectMap(this.geo.data, box, 28) };
    const m = mapModel(input, this.projected.map, palette);
    this.model = m;
    if (!m) return;
    // Rebake only when something visible changed: shares, previews, palette or size.
    const key = JSON.stringify([pkey, k, palette.name, m.regions.map((r) => [r.fill, r.previewFill])]);
    if (key !== this.bakedKey) {
      this.bakedKey = key;
      this.bake(m, this.projected.map, size, palette);
    }
    this.clearHover();
  }

  private message(size: Size, text: string): void {
    this.model = null;
    const key = JSON.stringify(['message', size, this.k, text]);
    if (key === this.bakedKey) return;
    this.bakedKey = key;
    const g = this.scene.make.graphics({}, false);
    g.fillStyle(PALETTE.navy, 1);
    g.fillRect(0, 0, size.width, size.height);
    bake(this.baked, g, size.width, size.height, this.k);
    g.destroy();
    this.texts.begin(this.k);
    this.texts
      .get('message', text, { fontSize: '16px', color: MIST })
      .setPosition(size.width / 2, size.height / 2)
      .setOrigin(0.5);
    this.texts.end();
  }

  private bake(m: MapModel, map: ProjectedMap, size: Size, palette: MapPalette): void {
    const g = this.scene.make.graphics({}, false);
    g.fillGradientStyle(PALETTE.navyMid, PALETTE.navyMid, PALETTE.night, PALETTE.night, 1);
    g.fillRect(0, 0, size.width, size.height);
    // A faint graticule-like grid reads as "map" before the regions arrive in the eye.
    g.lineStyle(1, PALETTE.navyLight, 0.35);
    for (let x = 0; x < size.width; x += 48) g.lineBetween(x, TITLE_H, x, size.height);
    for (let y = TITLE_H; y < size.height; y += 48) g.lineBetween(0, y, size.width, y);

    const views = new Map(m.regions.map((r) => [r.id, r]));
    // Largest first: a region inside another (a city inside its oblast, drawn as the oblast's hole) lands on top.
    const order = [...map.regions].sort((a, b) => b.area - a.area);
    const pts = (ring: number[], dx = 0, dy = 0) => toPoints(ring, dx, TITLE_H + dy);
    // A soft shadow under the whole country lifts it off the background.
    g.fillStyle(0x000000, 0.35);
    for (const r of order) for (const [outer] of r.polygons) g.fillPoints(pts(outer, 3, 4), true);
    for (const r of order) {
      const v = views.get(r.id);
      g.fillStyle(v?.fill ?? palette.unknown, 1);
      for (const [outer] of r.polygons) g.fillPoints(pts(outer), true);
    }
    for (const r of order) {
      const v = views.get(r.id);
      if (!v?.hatched || v.previewFill === null) continue;
      // Stripes of the colour the region would take, over its current colour.
      // Same step before and after (e.g. 1 % → 0 %): pale stripes, so the change still shows.
      if (v.previewFill === v.fill) g.lineStyle(2, palette.hatch, 0.55);
      else g.lineStyle(3.2, v.previewFill, 1);
      for (const [x1, y1, x2, y2] of hatchSegments(r, 8)) g.lineBetween(x1, y1 + TITLE_H, x2, y2 + TITLE_H);
    }
    g.lineStyle(1, palette.border, 0.9);
    for (const r of order)
      for (const rings of r.polygons) for (const ring of rings) g.strokePoints(pts(ring), true, true);
    for (const r of order) {
      if (!views.get(r.id)?.hatched) continue;
      g.lineStyle(2, palette.hatch, 1);
      for (const [outer] of r.polygons) g.strokePoints(pts(outer), true, true);
    }

    // Labels are kept between bakes and found again by key (see text-pool.ts).
    this.texts.begin(this.k);
    let n = 0;
    const text = (x: number, y: number, value: string, style: Phaser.Types.GameObjects.Text.TextStyle) => {
      n += 1;
      return this.texts.get(`label-${n}`, value, style).setPosition(x, y).setOrigin(0);
    };
    for (const [i, r] of map.regions.entries()) {
      const v = m.regions[i];
      if (!v.label) continue;
      // Light text with a dark halo reads on every step of the ramp and over the hatching.
      text(r.centroid.x, r.centroid.y + TITLE_H, v.name, {
        fontSize: '11px',
        fontStyle: '600',
        color: '#f6f1e4',
        stroke: '#0b1626',
        strokeThickness: 3,
      })
        .setOrigin(0.5)
        .setAlpha(0.9);
    }
    for (const p of m.places) {
      const y = p.y + TITLE_H;
      if (p.kind === 'capital') {
        g.fillStyle(PALETTE.night, 1);
        g.fillCircle(p.x, y, 5.5);
        g.lineStyle(2, PALETTE.ivory, 1);
        g.strokeCircle(p.x, y, 5);
        g.fillStyle(PALETTE.ivory, 1);
        g.fillCircle(p.x, y, 2);
      } else if (p.kind === 'front') {
        g.fillStyle(0xffffff, 1);
        g.fillTriangle(p.x, y - 6, p.x + 5.5, y + 4, p.x - 5.5, y + 4);
        g.fillStyle(0xd62f2f, 1);
        g.fillTriangle(p.x, y - 4, p.x + 3.8, y + 3, p.x - 3.8, y + 3);
      } else {
        g.fillStyle(PALETTE.night, 1);
        g.fillRect(p.x - 3.5, p.y + TITLE_H - 3.5, 7, 7);
        g.fillStyle(PALETTE.ivory, 1);
        g.fillRect(p.x - 2, y - 2, 4, 4);
      }
      if (p.label) {
        text(p.label.x, p.label.y + TITLE_H, p.name, {
          fontSize: '12px',
          fontStyle: p.kind === 'capital' ? '700' : '600',
          color: IVORY,
          stroke: '#07101d',
          strokeThickness: 3,
        }).setOrigin(p.label.align === 'left' ? 0 : 1, 0.5);
      }
    }

    // Title band.
    g.fillStyle(PALETTE.night, 0.9);
    g.fillRect(0, 0, size.width, TITLE_H);
    g.fillStyle(PALETTE.brass, 0.6);
    g.fillRect(0, TITLE_H - 1, size.width, 1);
    text(18, 10, 'Who holds what', { fontFamily: FONTS.serif, fontSize: '21px', color: cssColour(PALETTE.brassLight) });
    text(18, 37, m.previewing ? this.previewCaption(m) : `Share of each region held: ${m.holderLabel}`, {
      fontSize: '13px',
      color: m.previewing ? cssColour(PALETTE.ivory) : MIST,
    });

    this.legend(g, m, size, palette, text);
    this.texts.end();
    bake(this.baked, g, size.width, size.height, this.k);
    g.destroy();
  }

  private previewCaption(m: MapModel): string {
    const what = m.previewSource === 'preview' ? 'the package you are building' : 'the package on the table';
    return `Hatched: what ${what} would change`;
  }

  private legend(
    g: Phaser.GameObjects.Graphics,
    m: MapModel,
    size: Size,
    palette: MapPalette,
    text: (x: number, y: number, v: string, s: Phaser.Types.GameObjects.Text.TextStyle) => Phaser.GameObjects.Text,
  ): void {
    const sw = 34;
    const n = m.legend.length;
    const w = sw * n + 28;
    const h = m.previewing ? 96 : 74;
    const x = 14;
    const y = size.height - h - 14;
    g.fillStyle(PALETTE.night, 0.85);
    g.fillRoundedRect(x, y, w, h, 8);
    g.lineStyle(1, PALETTE.brass, 0.5);
    g.strokeRoundedRect(x, y, w, h, 8);
    m.legend.forEach((e, i) => {
      g.fillStyle(e.colour, 1);
      g.fillRect(x + 14 + i * sw, y + 30, sw - 2, 14);
    });
    text(x + 14, y + 10, `${m.otherLabel}`, { fontSize: '11px', fontStyle: '600', color: cssColour(palette.ramp[0]) });
    text(x + w - 14, y + 10, `${m.holderLabel}`, {
      fontSize: '11px',
      fontStyle: '600',
      color: cssColour(mix(palette.ramp[n - 1], 0xffffff, 0.25)),
    }).setOrigin(1, 0);
    text(x + 14, y + 48, '0%', { fontSize: '10px', color: MIST });
    text(x + w / 2, y + 48, '50%', { fontSize: '10px', color: MIST }).setOrigin(0.5, 0);
    text(x + w - 14, y + 48, `100% ${m.holderLabel}`, { fontSize: '10px', color: MIST }).setOrigin(1, 0);
    if (m.previewing) {
      const sx = x + 14;
      const sy = y + 68;
      g.fillStyle(palette.ramp[1], 1);
      g.fillRect(sx, sy, 30, 16);
      g.lineStyle(3, palette.ramp[5], 1);
      for (let k = 0; k <= 22; k += 7) g.lineBetween(sx + k, sy + 16, sx + k + 8, sy);
      g.lineStyle(1.5, palette.hatch, 1);
      g.strokeRect(sx, sy, 30, 16);
      text(sx + 38, sy + 8, 'after the deal', { fontSize: '11px', color: IVORY }).setOrigin(0, 0.5);
    }
  }

  /** Pointer in view coordinates: outline and details of the region under it. */
  pointer(x: number, y: number, size: Size): void {
    const map = this.projected?.map;
    if (!this.model || !map || !this.root.visible) return;
    const hit = y > TITLE_H ? regionAt(map.regions, x, y - TITLE_H) : null;
    if (!hit) {
      if (this.tip.visible) {
        this.clearHover();
        this.requestFrame();
      }
      return;
    }
    const v = this.model.regions.find((r) => r.id === hit.id);
    this.hover.clear();
    this.hover.lineStyle(2.5, PALETTE.brassLight, 1);
    for (const [outer] of hit.polygons) {
      this.hover.strokePoints(toPoints(outer, 0, TITLE_H), true, true);
    }
    const lines = [v?.name ?? hit.name];
    if (v?.share === null || v?.share === undefined) lines.push('Not part of this scenario');
    else {
      lines.push(`${this.model.holderLabel}: ${v.share}%`);
      if (v.previewShare !== null) lines.push(`After the deal: ${v.previewShare}%`);
    }
    this.tipText.setText(lines);
    const w = this.tipText.width + 20;
    const h = this.tipText.height + 14;
    this.tipBox.clear();
    this.tipBox.fillStyle(PALETTE.night, 0.94);
    this.tipBox.fillRoundedRect(0, 0, w, h, 6);
    this.tipBox.lineStyle(1, PALETTE.brass, 0.8);
    this.tipBox.strokeRoundedRect(0, 0, w, h, 6);
    this.tipText.setPosition(10, 7);
    const tx = x + 16 + w > size.width ? x - w - 12 : x + 16;
    const ty = Math.max(TITLE_H + 4, Math.min(size.height - h - 4, y - h / 2));
    this.tip.setPosition(tx, ty).setVisible(true);
    this.requestFrame();
  }

  clearHover(): void {
    this.hover.clear();
    this.tip.setVisible(false);
  }

  /** For tests and the dev page: the region ids drawn hatched. */
  hatched(): string[] {
    return this.model?.regions.filter((r) => r.hatched).map((r) => r.id) ?? [];
  }
}
