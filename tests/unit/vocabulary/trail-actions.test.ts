import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TRAIL_ACTION_LABELS } from '../../../shared/vocabulary/trail-actions';

const SERVICES = join(import.meta.dirname, '../../../electron/services');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'migrations' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('the trail actions’ words', () => {
  it('cover every action the services write, so a timeline never shows a stored name', () => {
    const written = new Set(sourceFiles(SERVICES).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/action: '([a-z_]+)'/g)].map((m) => m[1] ?? '')));
    expect(written.size).toBeGreaterThan(10);
    const missing = [...written].filter((action) => !(action in TRAIL_ACTION_LABELS));
    expect(missing).toEqual([]);
  });
});
