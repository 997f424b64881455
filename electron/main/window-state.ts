import type { Rectangle } from 'electron';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * The window's size, position and maximised state, kept in `window-state.json` in the app's data
 * folder between runs. It holds geometry only, never anything from the register.
 */
export interface WindowState {
  bounds: Rectangle;
  maximised: boolean;
}

export const DEFAULT_SIZE = { width: 1200, height: 820 };
export const MIN_SIZE = { width: 720, height: 520 };
/** At least this much of the title bar must be on a screen for the saved place to be used. */
const VISIBLE_MARGIN = 100;

const pixels = z.number().int().min(-100_000).max(100_000);
const stateSchema = z.object({
  bounds: z.object({ x: pixels, y: pixels, width: pixels.min(1), height: pixels.min(1) }),
  maximised: z.boolean(),
});

/** The saved state, or null when there is none or it is damaged (the window then opens at its default). */
export function readWindowState(path: string): WindowState | null {
  try {
    const parsed = stateSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function writeWindowState(path: string, state: WindowState): void {
  const temporary = `${path}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(state)}\n`);
  renameSync(temporary, path);
}

function overlaps(a: Rectangle, b: Rectangle, margin: number): boolean {
  return a.x + margin <= b.x + b.width && b.x + margin <= a.x + a.width && a.y >= b.y && a.y + margin <= b.y + b.height;
}

function centred(size: { width: number; height: number }, area: Rectangle): Rectangle {
  const width = Math.min(size.width, area.width);
  const height = Math.min(size.height, area.height);
  return { x: area.x + Math.round((area.width - width) / 2), y: area.y + Math.round((area.height - height) / 2), width, height };
}

/**
 * Where the window opens: the saved place if its title bar is on a screen that is still there
 * (shrunk to fit that screen), otherwise centred on the primary screen. A monitor unplugged since
 * last time can't leave the window off-screen.
 */
export function windowPlacement(saved: WindowState | null, workAreas: Rectangle[], primary: Rectangle): WindowState {
  if (!saved) return { bounds: centred(DEFAULT_SIZE, primary), maximised: false };
  const area = workAreas.find((candidate) => overlaps(saved.bounds, candidate, VISIBLE_MARGIN));
  if (!area) return { bounds: centred(saved.bounds, primary), maximised: saved.maximised };
  const width = Math.max(Math.min(saved.bounds.width, area.width), Math.min(MIN_SIZE.width, area.width));
  const height = Math.max(Math.min(saved.bounds.height, area.height), Math.min(MIN_SIZE.height, area.height));
  const x = Math.min(Math.max(saved.bounds.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(saved.bounds.y, area.y), area.y + area.height - height);
  return { bounds: { x, y, width, height }, maximised: saved.maximised };
}
