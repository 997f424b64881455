import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { icnsFile, icoFile, type RenderedIcon } from './icon-files';

/**
 * Draws every icon file from the SVG sources in resources/: icon.ico (Windows), icon.icns
 * (macOS) and icons/<n>x<n>.png. resvg (WebAssembly) draws the same pixels on every OS, so the
 * committed files can be checked against a fresh drawing.
 */

const SMALL_UP_TO = 32;
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const ICNS_SIZES = [16, 32, 64, 128, 256, 512, 1024];

let wasmReady: Promise<void> | null = null;
function loadResvg(): Promise<void> {
  const wasm = readFileSync(createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm'));
  wasmReady ??= initWasm(wasm);
  return wasmReady;
}

/** The icon files by their path relative to resources/. */
export async function renderIconFiles(resourcesDir: string): Promise<Map<string, Buffer>> {
  await loadResvg();
  const large = readFileSync(join(resourcesDir, 'icon.svg'), 'utf8');
  const small = readFileSync(join(resourcesDir, 'icon-small.svg'), 'utf8');
  // macOS keeps the margin of its icon grid; Windows and the PNGs fill the square with the plate.
  const largeCropped = large.replace('viewBox="0 0 1024 1024"', 'viewBox="100 100 824 824"');
  if (largeCropped === large) throw new Error('icon.svg no longer has the viewBox the icons are cropped from');

  const render = (svg: string, size: number): RenderedIcon => {
    const image = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render();
    if (image.width !== size || image.height !== size) throw new Error(`Rendered ${image.width}x${image.height}, wanted ${size}`);
    return { size, png: Buffer.from(image.asPng()), premultipliedRgba: image.pixels };
  };
  const filled = (size: number): RenderedIcon => render(size <= SMALL_UP_TO ? small : largeCropped, size);
  const withMargin = (size: number): RenderedIcon => render(size <= SMALL_UP_TO ? small : large, size);

  const files = new Map<string, Buffer>();
  for (const size of PNG_SIZES) files.set(`icons/${size}x${size}.png`, filled(size).png);
  files.set('icon.ico', icoFile(ICO_SIZES.map(filled)));
  files.set('icon.icns', icnsFile(new Map(ICNS_SIZES.map((size) => [size, withMargin(size).png]))));
  return files;
}
