import { join } from 'node:path';

/** DejaVu Sans covers Latin-extended and Cyrillic names (Łukasz Żółć, Zoë Ødegård) exactly. */
export function pdfFontPaths(resourcesDir: string): { regular: string; bold: string } {
  return {
    regular: join(resourcesDir, 'fonts', 'DejaVuSans.ttf'),
    bold: join(resourcesDir, 'fonts', 'DejaVuSans-Bold.ttf'),
  };
}
