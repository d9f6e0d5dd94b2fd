// Flags drawn from shapes into a Graphics: the stand-ins shown until the flag-icons picture of a code has loaded
// (flag-textures.ts), and on the title. A few codes are drawn as their flags (us, ru, ua, eg, il, eu); any other code
// shows the party colour with a stripe.
import type * as Phaser from 'phaser';

type G = Phaser.GameObjects.Graphics;

function stripes(g: G, x: number, y: number, w: number, h: number, colours: number[]): void {
  const sh = h / colours.length;
  colours.forEach((c, i) => {
    g.fillStyle(c, 1);
    g.fillRect(x, y + i * sh, w, sh + 0.5);
  });
}

function star(g: G, cx: number, cy: number, r: number, colour: number, points = 5): void {
  const pts: { x: number; y: number }[] = [];
  for (let i = 0; i < points * 2; i++) {
    const a = -Math.PI / 2 + (i * Math.PI) / points;
    const rr = i % 2 === 0 ? r : r * 0.42;
    pts.push({ x: cx + Math.cos(a) * rr, y: cy + Math.sin(a) * rr });
  }
  g.fillStyle(colour, 1);
  g.fillPoints(pts as Phaser.Math.Vector2[], true);
}

/** Draws the flag with its top-left at (x, y); w:h should be about 3:2. */
export function drawFlag(
  g: G,
  code: string | null,
  fallback: number,
  x: number,
  y: number,
  w: number,
  h: number,
): void {
  switch (code) {
    case 'us': {
      const sh = h / 13;
      for (let i = 0; i < 13; i++) {
        g.fillStyle(i % 2 === 0 ? 0xb22234 : 0xffffff, 1);
        g.fillRect(x, y + i * sh, w, sh + 0.3);
      }
      g.fillStyle(0x3c3b6e, 1);
      g.fillRect(x, y, w * 0.4, sh * 7);
      // At table-flag sizes the fifty stars read as a dotted field.
      if (w >= 14) {
        g.fillStyle(0xffffff, 0.85);
        const cols = 5;
        const rows = 4;
        for (let r = 0; r < rows; r++) {
          for (let c = 0; c < cols; c++) {
            g.fillRect(x + ((c + 0.5) * w * 0.4) / cols - 0.5, y + ((r + 0.5) * sh * 7) / rows - 0.5, 1, 1);
          }
        }
      }
      break;
    }
    case 'ru':
      stripes(g, x, y, w, h, [0xffffff, 0x0039a6, 0xd52b1e]);
      break;
    case 'ua':
      stripes(g, x, y, w, h, [0x0057b7, 0xffd700]);
      break;
    case 'eg':
      stripes(g, x, y, w, h, [0xce1126, 0xffffff, 0x000000]);
      g.fillStyle(0xc09300, 1);
      g.fillCircle(x + w / 2, y + h / 2, h * 0.1);
      break;
    case 'il': {
      g.fillStyle(0xffffff, 1);
      g.fillRect(x, y, w, h);
      g.fillStyle(0x0038b8, 1);
      g.fillRect(x, y + h * 0.1, w, h * 0.15);
      g.fillRect(x, y + h * 0.75, w, h * 0.15);
      const r = h * 0.2;
      g.lineStyle(Math.max(0.8, h * 0.05), 0x0038b8, 1);
      g.strokeTriangle(
        x + w / 2,
        y + h / 2 - r,
        x + w / 2 - r * 0.87,
        y + h / 2 + r / 2,
        x + w / 2 + r * 0.87,
        y + h / 2 + r / 2,
      );
      g.strokeTriangle(
        x + w / 2,
        y + h / 2 + r,
        x + w / 2 - r * 0.87,
        y + h / 2 - r / 2,
        x + w / 2 + r * 0.87,
        y + h / 2 - r / 2,
      );
      break;
    }
    case 'eu': {
      g.fillStyle(0x003399, 1);
      g.fillRect(x, y, w, h);
      const cx = x + w / 2;
      const cy = y + h / 2;
      const ring = h / 3;
      for (let i = 0; i < 12; i++) {
        const a = (i * Math.PI) / 6;
        const sx = cx + Math.cos(a) * ring;
        const sy = cy + Math.sin(a) * ring;
        if (w >= 24) star(g, sx, sy, h / 18 + 0.6, 0xffcc00);
        else {
          g.fillStyle(0xffcc00, 1);
          g.fillCircle(sx, sy, Math.max(0.6, h / 22));
        }
      }
      break;
    }
    default:
      g.fillStyle(fallback, 1);
      g.fillRect(x, y, w, h);
      g.fillStyle(0xffffff, 0.35);
      g.fillRect(x, y + h * 0.4, w, h * 0.2);
  }
  // A faint edge so white fields read against the ivory plates and the pale map.
  g.lineStyle(1, 0x000000, 0.25);
  g.strokeRect(x, y, w, h);
}
