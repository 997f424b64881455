import { build } from 'electron-builder';
import config from '../electron-builder.config';

/**
 * An unpacked build for the Electron end-to-end tests (`npm run package:e2e`, into dist/e2e):
 * the shipped configuration — the same app.asar, unpacked binding, resources and every other
 * fuse — except that the Node inspector fuse stays on, because Playwright drives Electron
 * through `--inspect`. Never signed and never distributed; the installers come from
 * `npm run package`, whose fuses `npm run check:packaged` reads back.
 */
await build({
  dir: true,
  publish: 'never',
  config: {
    ...config,
    directories: { ...config.directories, output: 'dist/e2e' },
    electronFuses: { ...config.electronFuses, enableNodeCliInspectArguments: true },
    mac: { ...config.mac, identity: null, notarize: false },
    win: { ...config.win, azureSignOptions: null },
  },
});
