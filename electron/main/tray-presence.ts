import { Menu, nativeImage, Tray } from 'electron';
import { join } from 'node:path';
import type { TrayActions } from './menu-template';
import { trayMenuTemplate } from './menu-template';

/**
 * The icon in the notification area (Windows) or menu bar (macOS) while Breachlog runs without a
 * window. macOS gets the black "Template" image, which it tints for light and dark menu bars.
 */
export class TrayPresence {
  private tray: Tray | null = null;

  constructor(
    private readonly resourcesDir: string,
    private readonly platform: NodeJS.Platform,
    private readonly actions: TrayActions,
  ) {}

  shown(): boolean {
    return this.tray !== null;
  }

  show(): void {
    if (this.tray) return;
    const file = this.platform === 'darwin' ? 'tray-iconTemplate.png' : 'tray-icon.png';
    const tray = new Tray(nativeImage.createFromPath(join(this.resourcesDir, file)));
    tray.setToolTip('Breachlog: a 72-hour deadline is running');
    tray.setContextMenu(Menu.buildFromTemplate(trayMenuTemplate(this.actions)));
    // On Windows a click on the icon opens the window; the menu is on the right button.
    if (this.platform !== 'darwin') tray.on('click', () => this.actions.open());
    this.tray = tray;
  }

  hide(): void {
    this.tray?.destroy();
    this.tray = null;
  }
}
