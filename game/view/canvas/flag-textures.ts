// The flag-icons pictures (MIT, assets/flags/LICENSE.md) as Phaser textures, loaded only for the codes the
// scenario's parties name: the table's chunk holds the files' URLs (Vite copies the 271 SVGs to dist/assets and
// inlines none), and a flag is fetched, rasterised once at 4:3 and added to the scene's textures the first time a
// party shows it. Until then, or for a code the set does not have, the desk shows the drawn flag (flags.ts).
import type * as Phaser from 'phaser';

// Eager URLs, not lazy imports: one string per flag in this (already lazy) chunk instead of 271 tiny chunks.
const URLS = import.meta.glob<string>('/node_modules/flag-icons/flags/4x3/*.svg', {
  query: '?url&no-inline',
  import: 'default',
  eager: true,
});

const BY_CODE = new Map(Object.entries(URLS).map(([path, url]) => [/([^/]+)\.svg$/.exec(path)![1]!, url]));

/** Pixels of the rasterised picture (4:3): sharp up to a wall flag at 2× and three times a desk flag. */
const W = 128;
const H = 96;

export class FlagTextures {
  private readonly state = new Map<string, 'loading' | 'ready' | 'failed'>();
  /** Grows when a picture arrives, so a view can tell that its flags may draw differently now. */
  version = 0;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly onLoaded: () => void,
  ) {}

  /** The texture key of the code's picture once loaded; null before (it starts loading) or when there is none. */
  key(code: string | null): string | null {
    if (!code) return null;
    const key = `flag:${code}`;
    const s = this.state.get(code);
    if (s === 'ready') return key;
    if (s === undefined) this.load(code, key);
    return null;
  }

  private load(code: string, key: string): void {
    const url = BY_CODE.get(code);
    if (!url || typeof document === 'undefined') {
      this.state.set(code, 'failed');
      return;
    }
    this.state.set(code, 'loading');
    const img = new Image(W, H);
    img.src = url;
    img
      .decode()
      .then(() => {
        const canvas = document.createElement('canvas');
        canvas.width = W;
        canvas.height = H;
        canvas.getContext('2d')?.drawImage(img, 0, 0, W, H);
        if (!this.scene.sys?.textures) return;
        if (!this.scene.textures.exists(key)) this.scene.textures.addCanvas(key, canvas);
        this.state.set(code, 'ready');
        this.version += 1;
        this.onLoaded();
      })
      // A flag that does not load keeps its drawn stand-in; nothing to tell the player.
      .catch(() => this.state.set(code, 'failed'));
  }
}
