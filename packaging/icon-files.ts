/**
 * The two icon containers, written by hand because each is a short header around images:
 * Windows .ico (BMP images up to 128 px for the oldest readers, PNG at 256 px as Windows
 * expects) and Apple .icns (PNG images under their type codes).
 */

/** One rendered size: the PNG file and its premultiplied RGBA pixels (as resvg gives them). */
export interface RenderedIcon {
  size: number;
  png: Buffer;
  premultipliedRgba: Uint8Array;
}

export function icoFile(images: readonly RenderedIcon[]): Buffer {
  const entries = images.map((image) => ({ image, data: image.size >= 256 ? image.png : bmpImage(image) }));
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(entries.length, 4);
  let offset = 6 + 16 * entries.length;
  const directory = entries.map(({ image, data }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(image.size >= 256 ? 0 : image.size, 0); // 0 means 256
    entry.writeUInt8(image.size >= 256 ? 0 : image.size, 1);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    return entry;
  });
  return Buffer.concat([header, ...directory, ...entries.map((entry) => entry.data)]);
}

/** A 32-bit BMP as an .ico stores it: no file header, double height, rows bottom-up in BGRA, then an AND mask. */
function bmpImage({ size, premultipliedRgba }: RenderedIcon): Buffer {
  const maskRowBytes = Math.ceil(size / 32) * 4;
  const pixels = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const from = (y * size + x) * 4;
      const to = ((size - 1 - y) * size + x) * 4;
      const alpha = premultipliedRgba[from + 3] ?? 0;
      const straight = (channel: number): number =>
        alpha === 0 ? 0 : Math.min(255, Math.round(((premultipliedRgba[from + channel] ?? 0) * 255) / alpha));
      pixels[to] = straight(2);
      pixels[to + 1] = straight(1);
      pixels[to + 2] = straight(0);
      pixels[to + 3] = alpha;
    }
  }
  const info = Buffer.alloc(40);
  info.writeUInt32LE(40, 0);
  info.writeInt32LE(size, 4);
  info.writeInt32LE(size * 2, 8);
  info.writeUInt16LE(1, 12);
  info.writeUInt16LE(32, 14);
  info.writeUInt32LE(pixels.length + maskRowBytes * size, 20);
  // The alpha channel carries the shape; an all-zero AND mask leaves every pixel to it.
  return Buffer.concat([info, pixels, Buffer.alloc(maskRowBytes * size)]);
}

/** The .icns type codes for PNG images, by the pixel size each holds. */
export const ICNS_TYPES: readonly { type: string; size: number }[] = [
  { type: 'icp4', size: 16 },
  { type: 'icp5', size: 32 },
  { type: 'ic11', size: 32 }, // 16 pt @2x
  { type: 'icp6', size: 64 },
  { type: 'ic12', size: 64 }, // 32 pt @2x
  { type: 'ic07', size: 128 },
  { type: 'ic08', size: 256 },
  { type: 'ic13', size: 256 }, // 128 pt @2x
  { type: 'ic09', size: 512 },
  { type: 'ic14', size: 512 }, // 256 pt @2x
  { type: 'ic10', size: 1024 }, // 512 pt @2x
];

export function icnsFile(pngBySize: ReadonlyMap<number, Buffer>): Buffer {
  const chunks = ICNS_TYPES.map(({ type, size }) => {
    const png = pngBySize.get(size);
    if (!png) throw new Error(`No ${size} px image for the .icns entry ${type}`);
    const header = Buffer.alloc(8);
    header.write(type, 0, 'latin1');
    header.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([header, png]);
  });
  const body = Buffer.concat(chunks);
  const header = Buffer.alloc(8);
  header.write('icns', 0, 'latin1');
  header.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([header, body]);
}
