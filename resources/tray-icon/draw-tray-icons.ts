/**
 * Draws the tray and menu-bar icons (a clock face) and writes them as PNGs beside this folder:
 *   tray-icon.png, tray-icon@2x.png                 Windows notification area: white hands on the accent blue
 *   tray-iconTemplate.png, tray-iconTemplate@2x.png macOS menu bar: black and transparent, tinted by macOS
 * Run with `npx tsx resources/tray-icon/draw-tray-icons.ts` after changing the drawing.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

type Rgba = [number, number, number, number];
const ACCENT: Rgba = [0x1d, 0x4f, 0x91, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const BLACK: Rgba = [0, 0, 0, 255];
const SUPERSAMPLE = 4;

/** Which part of the icon a point (in a 0..1 square) falls on. */
function partAt(x: number, y: number): 'face' | 'hand' | 'ring' | 'none' {
  const dx = x - 0.5;
  const dy = y - 0.5;
  const r = Math.hypot(dx, dy);
  if (r > 0.47) return 'none';
  const onMinuteHand = Math.abs(dx) < 0.045 && dy < 0.03 && dy > -0.33;
  const onHourHand = Math.abs(dy) < 0.045 && dx > -0.03 && dx < 0.24;
  if (onMinuteHand || onHourHand) return 'hand';
  return r > 0.36 ? 'ring' : 'face';
}

function draw(size: number, colour: (part: 'face' | 'hand' | 'ring') => Rgba | null): Buffer {
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < SUPERSAMPLE; sy += 1) {
        for (let sx = 0; sx < SUPERSAMPLE; sx += 1) {
          const part = partAt((px + (sx + 0.5) / SUPERSAMPLE) / size, (py + (sy + 0.5) / SUPERSAMPLE) / size);
          const c = part === 'none' ? null : colour(part);
          if (!c) continue;
          r += c[0] * c[3];
          g += c[1] * c[3];
          b += c[2] * c[3];
          a += c[3];
        }
      }
      const offset = (py * size + px) * 4;
      pixels[offset] = a ? Math.round(r / a) : 0;
      pixels[offset + 1] = a ? Math.round(g / a) : 0;
      pixels[offset + 2] = a ? Math.round(b / a) : 0;
      pixels[offset + 3] = Math.round(a / (SUPERSAMPLE * SUPERSAMPLE));
    }
  }
  return encodePng(size, pixels);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rows = Buffer.concat(
    Array.from({ length: size }, (_, y) => Buffer.concat([Buffer.from([0]), rgba.subarray(y * size * 4, (y + 1) * size * 4)])),
  );
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = join(import.meta.dirname, '..');
const windows = (part: 'face' | 'hand' | 'ring') => (part === 'hand' ? WHITE : ACCENT);
// The template's face is transparent so macOS can tint the ring and hands for light and dark bars.
const template = (part: 'face' | 'hand' | 'ring') => (part === 'face' ? null : BLACK);
for (const [name, size, colour] of [
  ['tray-icon.png', 16, windows],
  ['tray-icon@2x.png', 32, windows],
  ['tray-iconTemplate.png', 16, template],
  ['tray-iconTemplate@2x.png', 32, template],
] as const) {
  writeFileSync(join(out, name), draw(size, colour));
}
