// Title: the room and the summit table on the canvas; the name, menu and disclaimer are HTML (UiLayer).
// Thin on purpose: geometry comes from titleLayout, drawing from draw/, menus from models/title-menu.
// A still picture (no idle animation): the loop sleeps once it is drawn, keeping the page light.
import * as Phaser from 'phaser';
import type { ViewDeps } from '../deps';
import { drawRoom } from '../draw/room';
import { drawEmblem, drawSummitTable } from '../draw/summit-table';
import { titleLayout } from '../models/title-layout';

export class TitleScene extends Phaser.Scene {
  private backdrop!: Phaser.GameObjects.RenderTexture;

  constructor(private readonly deps: ViewDeps) {
    super('title');
  }

  create(): void {
    const { width, height } = this.scale.gameSize;
    this.backdrop = this.add.renderTexture(0, 0, width, height).setOrigin(0);
    this.layout();
    this.scale.on(Phaser.Scale.Events.RESIZE, this.layout, this);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.scale.off(Phaser.Scale.Events.RESIZE, this.layout, this);
    });

    this.deps.ui.showTitle();
    this.deps.status.setScreen('title');
    this.deps.status.markReady();
    // A still picture from here on: let the loop sleep until something changes.
    this.deps.releaseBoot();
  }

  private layout(): void {
    const { width, height } = this.scale.gameSize;
    this.cameras.main.setSize(width, height);
    const layout = titleLayout({ width, height, viewportWidth: window.innerWidth });
    // The room and table are static: bake them into one texture, so each frame draws a quad instead of
    // re-tessellating hundreds of ellipses (software WebGL in CI cannot afford that at 60 fps).
    const room = this.make.graphics({}, false);
    const table = this.make.graphics({}, false);
    const emblem = this.make.graphics({}, false);
    drawRoom(room, width, height, layout);
    drawSummitTable(table, layout);
    drawEmblem(emblem, layout);
    // On narrow screens the menu covers the table: dim it so the text stays readable.
    table.setAlpha(layout.narrow ? 0.35 : 1);
    this.backdrop.resize(width, height);
    this.backdrop.clear().draw(room).draw(table);
    if (!layout.narrow) this.backdrop.draw(emblem);
    this.backdrop.render();
    for (const g of [room, table, emblem]) g.destroy();
    this.deps.frames.request(2);
  }
}
