// Text objects kept across redraws. Every Phaser Text owns a canvas and a texture: making one, or changing its
// style or wording, re-renders and re-uploads it, which software WebGL feels. The views ask for their labels by a
// stable key each redraw; the pool creates a label once, restyles it only when its style changed, and hides the
// ones a redraw did not ask for (they come back when asked again).
import type * as Phaser from 'phaser';
import { FONTS } from '../palette';

type Style = Phaser.Types.GameObjects.Text.TextStyle;

interface Entry {
  text: Phaser.GameObjects.Text;
  style: string;
}

export class TextPool {
  private readonly items = new Map<string, Entry>();
  private readonly seen = new Set<string>();
  private k = 1;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly container: Phaser.GameObjects.Container,
  ) {}

  /** Starts a redraw at resolution k (game pixels per layout unit). */
  begin(k: number): void {
    this.k = k;
    this.seen.clear();
  }

  /**
   * The label for `key` showing `value` (set with setText, so unchanged wording costs nothing). `init` runs once,
   * when the label is made (letter spacing, padding, background: setters that re-render the text).
   */
  get(key: string, value: string, style: Style, init?: (t: Phaser.GameObjects.Text) => void): Phaser.GameObjects.Text {
    const full: Style = { fontFamily: FONTS.sans, ...style };
    const styleKey = JSON.stringify(full);
    let e = this.items.get(key);
    if (!e) {
      const text = this.scene.make.text({ text: value, style: full }, false);
      text.setResolution(this.k);
      init?.(text);
      this.container.add(text);
      e = { text, style: styleKey };
      this.items.set(key, e);
    } else {
      if (e.style !== styleKey) {
        e.text.setStyle(full);
        e.style = styleKey;
      }
      if (e.text.style.resolution !== this.k) e.text.setResolution(this.k);
      e.text.setText(value);
    }
    this.seen.add(key);
    return e.text.setVisible(true).setAlpha(1);
  }

  /** Ends a redraw: labels not asked for are hidden. */
  end(): void {
    for (const [key, e] of this.items) if (!this.seen.has(key)) e.text.setVisible(false);
  }
}
