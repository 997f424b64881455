import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DatabaseKey } from '../electron/services/database/database-key';
import { closeDatabase, openDatabase } from '../electron/services/database/open-database';
import { buildOpenRegister } from '../electron/services/open-register';
import { Random } from './random';
import { WordSource } from './word-frequencies';
import { saveChange, saveTarget } from './workload';

/**
 * Which tables and indexes a save writes pages of: `npx tsx bench/save-pages.ts FOLDER [saves]`
 * on registers kept by `npm run bench -- --keep` (the encrypted one, with the key kept beside it).
 * Each save starts on an empty WAL; its frames' page numbers are named through SQLite's dbstat.
 * The saves change the register, as the bench's own do.
 */
const [folder, savesText = '60'] = process.argv.slice(2);
if (!folder) throw new Error('Usage: save-pages.ts FOLDER [saves]');
const kept = JSON.parse(readFileSync(join(folder, 'seeded.json'), 'utf8')) as { keyHex: string };
const key: DatabaseKey = { kind: 'raw', bytes: Buffer.from(kept.keyHex, 'hex') };
const path = join(folder, 'register-encrypted.db');
const db = openDatabase(path, key, { create: false });
const { register } = buildOpenRegister(db, () => new Date(), () => 'Bench');
const words = new WordSource();
const random = new Random(7);
const maxId = db.prepare('SELECT max(id) FROM incident').pluck().get() as number;
const nameOf = db.prepare<[number], string>('SELECT name FROM dbstat WHERE pageno = ?').pluck();
const byName = new Map<string, number>();
const perSave: number[] = [];

for (let i = 0; i < Number(savesText); i += 1) {
  const id = saveTarget(random, maxId);
  const { changes } = saveChange(random, register.get(id), words);
  db.pragma('wal_checkpoint(TRUNCATE)');
  register.update(id, changes);
  const pages = walPages(`${path}-wal`);
  perSave.push(pages.size);
  for (const page of pages) {
    const name = nameOf.get(page) ?? (page === 1 ? '(file header)' : '(free list)');
    byName.set(name, (byName.get(name) ?? 0) + 1);
  }
}
closeDatabase(db);

perSave.sort((a, b) => a - b);
console.log(`${perSave.length} saves: pages written p50 ${perSave[Math.floor(perSave.length / 2)]}, p95 ${perSave[Math.floor(perSave.length * 0.95)]}; by table or index, per save:`);
for (const [name, count] of [...byName].sort((a, b) => b[1] - a[1])) console.log(`  ${name.padEnd(34)}${(count / perSave.length).toFixed(2).padStart(7)}`);

/** The distinct page numbers in a WAL file's frames (the frame headers are not encrypted). */
function walPages(file: string): Set<number> {
  const wal = readFileSync(file);
  const pageSize = wal.readUInt32BE(8);
  const pages = new Set<number>();
  for (let at = 32; at + 24 + pageSize <= wal.length; at += 24 + pageSize) pages.add(wal.readUInt32BE(at));
  return pages;
}
