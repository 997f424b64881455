import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { icnsFile, icoFile, type RenderedIcon } from './icon-files';

/**
 * Renders the app icon from its SVG sources into the files the installers and the app use:
 * resources/icon.ico (Windows), resources/icon.icns (macOS) and resources/icons/<n>x<n>.png.
 * The outputs are committed, so packaging never needs this script; run it after changing an
 * SVG: `npm run icons`. resvg (WebAssembly) draws the same pixels on every OS.
 */

const resourcesDir = join(import.meta.dirname, '..', 'resources');
const SMALL_UP_TO = 32;
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

const require = createRequire(import.meta.url);
await initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));

const large = readFileSync(join(resourcesDir, 'icon.svg'), 'utf8');
const small = readFileSync(join(resourcesDir, 'icon-small.svg'), 'utf8');
// macOS keeps the margin of its icon grid; Windows and the PNGs fill the square with the plate.
const largeCropped = large.replace('viewBox="0 0 1024 1024"', 'viewBox="100 100 824 824"');
if (largeCropped === large) throw new Error('icon.svg no longer has the viewBox this script crops');

function render(svg: string, size: number): RenderedIcon {
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render();
  if (image.width !== size || image.height !== size) throw new Error(`Rendered ${image.width}x${image.height}, wanted ${size}`);
  return { size, png: Buffer.from(image.asPng()), premultipliedRgba: image.pixels };
}

const filled = (size: number): RenderedIcon => render(size <= SMALL_UP_TO ? small : largeCropped, size);
const withMargin = (size: number): RenderedIcon => render(size <= SMALL_UP_TO ? small : large, size);

mkdirSync(join(resourcesDir, 'icons'), { recursive: true });
for (const size of PNG_SIZES) writeFileSync(join(resourcesDir, 'icons', `${size}x${size}.png`), filled(size).png);
writeFileSync(join(resourcesDir, 'icon.ico'), icoFile(ICO_SIZES.map(filled)));
const macSizes = [16, 32, 64, 128, 256, 512, 1024];
writeFileSync(join(resourcesDir, 'icon.icns'), icnsFile(new Map(macSizes.map((size) => [size, withMargin(size).png]))));
console.log(`Wrote resources/icon.ico (${ICO_SIZES.join(', ')} px), resources/icon.icns and ${PNG_SIZES.length} PNGs in resources/icons/`);
