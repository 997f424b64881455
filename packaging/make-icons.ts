import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { renderIconFiles } from './icon-render';

/**
 * `npm run icons`: redraws the app icon files from resources/icon.svg and icon-small.svg (the
 * same picture drawn for 16-32 px). The outputs are committed, so packaging never runs this;
 * run it after changing an SVG, and commit what it writes.
 */
const resourcesDir = join(import.meta.dirname, '..', 'resources');
const files = await renderIconFiles(resourcesDir);
for (const [name, data] of files) {
  mkdirSync(dirname(join(resourcesDir, name)), { recursive: true });
  writeFileSync(join(resourcesDir, name), data);
}
console.log(`Wrote ${[...files.keys()].map((name) => `resources/${name}`).join(', ')}`);
