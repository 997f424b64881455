import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderIconFiles } from '../../../packaging/icon-render';

/** Reads the committed icon files back byte by byte, independently of the code that wrote them. */
const resources = join(import.meta.dirname, '..', '..', '..', 'resources');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function pngSize(png: Buffer): { width: number; height: number; colourType: number } {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), colourType: png.readUInt8(25) };
}

describe('the app icon files', () => {
  it('has a square RGBA PNG of each size in resources/icons', () => {
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
      const png = readFileSync(join(resources, 'icons', `${size}x${size}.png`));
      expect(pngSize(png)).toEqual({ width: size, height: size, colourType: 6 });
    }
  });

  it('has a Windows .ico with 16 to 256 px images, BMP below 256 and PNG at 256', () => {
    const ico = readFileSync(join(resources, 'icon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const count = ico.readUInt16LE(4);
    const images = Array.from({ length: count }, (_, index) => {
      const entry = 6 + index * 16;
      const size = ico.readUInt8(entry) || 256;
      const data = ico.subarray(ico.readUInt32LE(entry + 12), ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8));
      return { size, data, bits: ico.readUInt16LE(entry + 6) };
    });
    expect(images.map((image) => image.size)).toEqual([16, 24, 32, 48, 64, 128, 256]);
    for (const { size, data, bits } of images) {
      expect(bits).toBe(32);
      if (size === 256) {
        expect(pngSize(data)).toMatchObject({ width: 256, height: 256 });
        continue;
      }
      // BITMAPINFOHEADER: width, double height (image + mask), 32 bits; then pixels and mask.
      expect([data.readUInt32LE(0), data.readInt32LE(4), data.readInt32LE(8), data.readUInt16LE(14)]).toEqual([40, size, size * 2, 32]);
      expect(data.length).toBe(40 + size * size * 4 + Math.ceil(size / 32) * 4 * size);
    }
  });

  it('keeps the plate colour and the shape in the 16 px Windows image (BGRA, straight alpha)', () => {
    const ico = readFileSync(join(resources, 'icon.ico'));
    const data = ico.subarray(ico.readUInt32LE(6 + 12));
    // Rows are stored bottom-up; row 1 from the top, middle column, lies on the plate (#1d4f91).
    const at = (x: number, yFromTop: number): number[] => [...data.subarray(40 + ((15 - yFromTop) * 16 + x) * 4, 40 + ((15 - yFromTop) * 16 + x) * 4 + 4)];
    const [blue, green, red, alpha] = at(8, 0);
    expect(alpha).toBe(255);
    expect([red, green, blue]).toEqual([0x1d, 0x4f, 0x91]);
    // The rounded corner is transparent.
    expect(at(0, 0)[3]).toBeLessThan(128);
  });

  it('has a macOS .icns whose entries hold PNGs of the sizes their types promise', () => {
    const icns = readFileSync(join(resources, 'icon.icns'));
    expect(icns.toString('latin1', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const sizes = new Map<string, number>();
    for (let offset = 8; offset < icns.length; ) {
      const type = icns.toString('latin1', offset, offset + 4);
      const length = icns.readUInt32BE(offset + 4);
      sizes.set(type, pngSize(icns.subarray(offset + 8, offset + length)).width);
      offset += length;
    }
    expect(Object.fromEntries(sizes)).toEqual({
      icp4: 16,
      icp5: 32,
      ic11: 32,
      icp6: 64,
      ic12: 64,
      ic07: 128,
      ic08: 256,
      ic13: 256,
      ic09: 512,
      ic14: 512,
      ic10: 1024,
    });
  });

  it('are what the SVG sources draw today (run npm run icons after changing an SVG)', async () => {
    const drawn = await renderIconFiles(resources);
    expect(drawn.size).toBe(11);
    for (const [name, data] of drawn) expect(readFileSync(join(resources, name)).equals(data), name).toBe(true);
  }, 60_000);
});
