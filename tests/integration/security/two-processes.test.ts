import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fileKeySource } from '../../../electron/preview/file-key-source';
import { RegisterSession } from '../../../electron/services/register-session';
import { DataFolder, DataFolderInUse } from '../../../electron/services/security/data-folder';
import { makeTempDir } from '../support/temp-dir';
import type { TsChild } from './support/ts-child';
import { runChild, sleep } from './support/ts-child';

/**
 * Two processes on one data folder, with the real preview entry point in child processes: exactly
 * one owns the folder, the others are refused before they touch anything, and the lock goes with
 * the owner when it is killed with SIGKILL.
 */
const FOLDER_IN_USE_EXIT_CODE = 75;
const ROUNDS = 6;
const AT_ONCE = 3;

interface Started {
  child: TsChild;
  /** The owner's address (with its token), or null for a process that was refused. */
  url: string | null;
  code: number | null;
}

async function startPreview(dataDir: string, extra: string[] = []): Promise<TsChild> {
  return runChild('preview-child.ts', {}, ['--data-dir', dataDir, ...extra]);
}

/** Waits until the child either serves the register or exits. */
async function settle(child: TsChild): Promise<Started> {
  const served = child.waitForLine((line) => line.startsWith('Open: '), 30_000).then(
    (line) => line.slice('Open: '.length),
    () => null,
  );
  const result = await Promise.race([served, child.exited.then(() => 'exited' as const)]);
  if (result === 'exited') return { child, url: null, code: await child.exited };
  return { child, url: result, code: null };
}

async function call(url: string, operation: string, payload: unknown): Promise<{ ok: boolean; value?: unknown; error?: { message: string } }> {
  const address = new URL(url);
  const response = await fetch(`${address.origin}/api/${operation}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-breachlog-token': address.searchParams.get('token') ?? '' },
    body: JSON.stringify(payload),
  });
  return (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
}

async function openInProcess(dataDir: string): Promise<{ titles: string[]; release: () => void }> {
  const folder = DataFolder.acquire(dataDir);
  const session = new RegisterSession(join(dataDir, 'register.db'), fileKeySource(join(dataDir, 'preview-development.key')), undefined, folder);
  try {
    expect(await session.status()).toMatchObject({ state: 'open' });
    const db = (await session.services()).db;
    const titles = db.prepare<[], string>('SELECT title FROM incident ORDER BY id').pluck().all();
    return { titles, release: () => undefined };
  } finally {
    session.close();
    folder.release();
  }
}

describe('one process owns the data folder', () => {
  const folders: ReturnType<typeof makeTempDir>[] = [];
  const children: TsChild[] = [];
  afterEach(async () => {
    for (const child of children.splice(0)) await child.kill();
    for (const folder of folders.splice(0)) folder.remove();
  });

  it(`${AT_ONCE} processes started at once on an empty folder, ${ROUNDS} times: exactly one owns it, and the register always opens afterwards`, async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const folder = makeTempDir('breachlog-two-processes-');
      folders.push(folder);
      const started = await Promise.all(Array.from({ length: AT_ONCE }, () => startPreview(folder.path)));
      children.push(...started);
      const settled = await Promise.all(started.map(settle));
      const owners = settled.filter((s) => s.url !== null);
      const refused = settled.filter((s) => s.url === null);
      expect(owners).toHaveLength(1);
      for (const other of refused) {
        expect(other.code).toBe(FOLDER_IN_USE_EXIT_CODE);
        expect(other.child.stderr()).toMatch(/Breachlog is already open on this register/);
      }
      const url = owners[0]?.url ?? '';
      expect((await call(url, 'session:status', {})).value).toMatchObject({ state: 'open' });
      expect((await call(url, 'session:set-user', { name: 'Zoë Ødegård' })).ok).toBe(true);
      expect((await call(url, 'incident:create', { title: `Round ${round}`, awareAt: '2026-11-24T10:00:00.000Z' })).ok).toBe(true);
      // The owner dies without any chance to clean up; the OS drops its lock.
      await owners[0]?.child.kill();
      const reopened = await openInProcess(folder.path);
      expect(reopened.titles).toEqual([`Round ${round}`]);
      // One key only: a second first-run key would have left a register no key opens.
      expect(readdirSync(folder.path).filter((name) => name.startsWith('preview-development.key'))).toEqual(['preview-development.key']);
    }
  });

  it('refuses a second process while the first is writing, and loses none of the first one’s writes', async () => {
    const folder = makeTempDir('breachlog-two-processes-');
    folders.push(folder);
    const first = await startPreview(folder.path);
    children.push(first);
    const owner = await settle(first);
    const url = owner.url ?? '';
    expect((await call(url, 'session:set-user', { name: 'Zoë Ødegård' })).ok).toBe(true);
    let written = 0;
    let writing = true;
    const writer = (async () => {
      while (writing) {
        const result = await call(url, 'incident:create', { title: `Write ${written}`, awareAt: '2026-11-24T10:00:00.000Z' });
        expect(result.ok).toBe(true);
        written += 1;
      }
    })();
    await sleep(200);
    const second = await startPreview(folder.path);
    children.push(second);
    const refused = await settle(second);
    writing = false;
    await writer;
    expect(refused).toMatchObject({ url: null, code: FOLDER_IN_USE_EXIT_CODE });
    expect(written).toBeGreaterThan(0);
    await first.kill();
    const reopened = await openInProcess(folder.path);
    expect(reopened.titles).toHaveLength(written);
  });

  it('releases the folder when its owner is killed with SIGKILL, so the next process owns it', async () => {
    const folder = makeTempDir('breachlog-two-processes-');
    folders.push(folder);
    const first = await startPreview(folder.path);
    children.push(first);
    expect((await settle(first)).url).not.toBeNull();
    expect(() => DataFolder.acquire(folder.path)).toThrow(DataFolderInUse);
    await first.kill();
    const next = await startPreview(folder.path);
    children.push(next);
    expect((await settle(next)).url).not.toBeNull();
  });

  it('with --wait, a second process waits for the first to go, then owns the folder', async () => {
    const folder = makeTempDir('breachlog-two-processes-');
    folders.push(folder);
    const first = await startPreview(folder.path);
    children.push(first);
    expect((await settle(first)).url).not.toBeNull();
    const waiting = await startPreview(folder.path, ['--wait', '30']);
    children.push(waiting);
    await waiting.waitForLine((line) => line.startsWith('Breachlog is already open on this register: waiting'));
    await sleep(500);
    expect(waiting.lines.some((line) => line.startsWith('Open: '))).toBe(false);
    await first.kill();
    expect((await settle(waiting)).url).not.toBeNull();
  });
});

describe('the data folder lock in one process', () => {
  it('refuses a second holder until the first lets go', () => {
    const folder = makeTempDir('breachlog-folder-lock-');
    try {
      const first = DataFolder.acquire(folder.path);
      expect(() => DataFolder.acquire(folder.path)).toThrow(/Breachlog is already open on this register/);
      first.release();
      DataFolder.acquire(folder.path).release();
    } finally {
      folder.remove();
    }
  });
});
