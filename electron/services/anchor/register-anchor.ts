import type { AnchorCheck, AnchorFinding, AnchorLevel, AnchorState, RegisterHead } from '../../../shared/register-fingerprint';
import { formatFingerprint } from '../../../shared/register-fingerprint';
import { formatUkDateTime } from '../../../shared/uk-time';
import { basename } from 'node:path';
import type { Db } from '../database/open-database';
import type { AnchorRecord } from './anchor-record';
import { AnchorDamaged, decodeAnchor, encodeAnchor } from './anchor-record';
import type { AnchorStore } from './anchor-store';
import { compareAnchor } from './compare-anchor';
import { checkBackupFingerprint } from '../backup/backup-fingerprint';
import { headBeforeRestore, readTrailHead } from './trail-head';

/** What the keeper needs of the session: the open database, and a word when one is opened. */
export interface AnchoredRegister {
  current(): { db: Db } | null;
  onOpened(listener: (db: Db) => void): void;
}

interface SessionFinding {
  state: AnchorState;
  level: AnchorLevel;
  message: string;
}

/**
 * Keeps the register's fingerprint outside its file, written after every committed change, one
 * write at a time. When a register is opened its trail is compared with the kept fingerprint
 * before anything else is written: what was found then (cut short, rewritten, entries added
 * elsewhere) is kept with the fingerprint for good, so writing the new head never hides it.
 */
export class RegisterAnchor {
  /** undefined until read; null when nothing is kept. */
  private record: AnchorRecord | null | undefined;
  private damage: string | null = null;
  private opened: { db: Db; head: RegisterHead | null } | null = null;
  private found: SessionFinding | null = null;
  private writeFailure: string | null = null;
  private adoptNextOpen: { backupPath: string; text: string } | null = null;
  /** Findings not yet written out with the fingerprint. */
  private pendingHistory = false;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: AnchorStore,
    private readonly session: AnchoredRegister,
    private readonly clock: () => Date,
    private readonly timeZone: () => string,
  ) {
    // Captured at once, before any change this process makes: what the file held when opened.
    session.onOpened((db) => {
      this.opened = { db, head: readTrailHead(db) };
    });
  }

  /** Resolves when every write asked for so far is done. */
  idle(): Promise<void> {
    return this.queue.then(() => undefined);
  }

  /** After any operation: checks a newly opened register, then keeps the head if it moved. */
  afterOperation(): Promise<void> {
    return this.serialized(() => this.sync());
  }

  /**
   * After a successful restore: the register was replaced on purpose, so its head is kept as it
   * is, with a note of what it replaced (earlier alarms become notes of the time before the restore).
   */
  afterRestore(backupPath: string): Promise<void> {
    return this.serialized(async () => {
      await this.load();
      const note = { backupPath, text: `Restored from the backup ${basename(backupPath)}.` };
      const db = this.session.current()?.db;
      this.opened = null;
      if (!db) {
        this.adoptNextOpen = note;
        return;
      }
      await this.adopt(db, note);
    });
  }

  /** The comparison for "Verify the register", after bringing the kept fingerprint up to date. */
  check(db: Db): Promise<AnchorCheck> {
    return this.serialized(async () => {
      await this.sync();
      const history = this.record?.history ?? [];
      const keptIn = this.store.keptIn;
      if (this.writeFailure) {
        return { state: 'unavailable', level: 'warning', message: this.writeFailure, keptIn, history };
      }
      if (this.found && this.found.level !== 'ok') return { ...this.found, keptIn, history };
      const live = compareAnchor(db, this.record ?? null, readTrailHead(db), this.timeZone());
      if (live.state !== 'matches' && live.state !== 'empty') {
        return { state: live.state, level: levelOf(live.state), message: live.message, keptIn, history };
      }
      const alarm = history.findLast((finding) => finding.level === 'alarm');
      if (alarm) {
        const message = `On ${formatUkDateTime(alarm.at, this.timeZone())} Breachlog found: ${alarm.message}`;
        return { state: alarm.state === 'restored' ? 'mismatch' : alarm.state, level: 'alarm', message, keptIn, history };
      }
      const head = this.record?.head ?? null;
      const state = this.found?.state === 'caught-up' ? 'caught-up' : head ? 'matches' : 'empty';
      const message = head
        ? `The register matches the fingerprint kept in ${keptIn} (${formatFingerprint(head)}).${state === 'caught-up' ? ' It was one change behind after Breachlog last stopped suddenly, and has been brought up to date.' : ''}`
        : 'The register has no entries yet.';
      return { state, level: 'ok', message, keptIn, history };
    });
  }

  private serialized<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async load(): Promise<void> {
    if (this.record !== undefined) return;
    try {
      const bytes = await this.store.load();
      this.record = bytes ? decodeAnchor(bytes) : null;
    } catch (error) {
      this.damage = error instanceof AnchorDamaged ? error.message : 'it could not be read';
      this.record = null;
    }
  }

  private async sync(): Promise<void> {
    const db = this.session.current()?.db;
    if (!db) return;
    await this.load();
    const opened = this.opened;
    this.opened = null;
    const justOpened = opened !== null && opened.db === db;
    if (opened && justOpened) {
      if (this.adoptNextOpen) {
        const note = this.adoptNextOpen;
        this.adoptNextOpen = null;
        await this.adopt(db, note);
        return;
      }
      this.checkOpened(db, opened.head);
    }
    const head = readTrailHead(db);
    const kept = this.record;
    if (kept && sameHead(kept.head, head) && !this.pendingHistory) return;
    if (kept && !justOpened) {
      // Running, only this process writes: any new head must extend the kept one.
      const live = compareAnchor(db, kept, head, this.timeZone());
      if (live.state === 'mismatch') this.remember({ state: 'mismatch', level: 'alarm', message: live.message });
    }
    await this.write(head);
  }

  /** Compares what the file held when opened with the kept fingerprint; keeps whatever needs keeping. */
  private checkOpened(db: Db, head: RegisterHead | null): void {
    if (this.damage) {
      const damage = this.damage;
      this.damage = null;
      this.remember({
        state: 'damaged',
        level: 'alarm',
        message:
          `The fingerprint kept in ${this.store.keptIn} could not be read back (${damage}): it was damaged, or replaced by someone without this computer’s key store. ` +
          `Breachlog has started a new one${head ? ` at ${formatFingerprint(head)}` : ''}, but cannot confirm that nothing was removed from the register before now. Check a fingerprint from a printout or a backup.`,
      });
      return;
    }
    const comparison = compareAnchor(db, this.record ?? null, head, this.timeZone());
    const level = levelOf(comparison.state);
    this.found = { state: comparison.state, level, message: comparison.message };
    if (level !== 'ok') this.remember(this.found);
  }

  private remember(finding: SessionFinding): void {
    this.found = finding;
    const entry: AnchorFinding = { at: this.clock().toISOString(), ...finding };
    this.record = { head: this.record?.head ?? null, writtenAt: this.record?.writtenAt ?? entry.at, history: [...(this.record?.history ?? []), entry] };
    this.pendingHistory = true;
  }

  private async adopt(db: Db, note: { backupPath: string; text: string }): Promise<void> {
    const before = this.record?.head ?? null;
    const head = readTrailHead(db);
    const earlier = (this.record?.history ?? []).map((finding) =>
      finding.level === 'note' ? finding : { ...finding, level: 'note' as const, message: `Before a restore: ${finding.message}` },
    );
    const replaced = before ? ` The register it replaced ended at ${formatFingerprint(before)}.` : '';
    const now = head ? ` It now ends at ${formatFingerprint(head)}.` : '';
    // The backup as restored, against the fingerprint written beside it when it was made.
    const beside = checkBackupFingerprint(note.backupPath, headBeforeRestore(db));
    const at = this.clock().toISOString();
    const findings: AnchorFinding[] = [...earlier, { at, level: 'note', state: 'restored', message: `${note.text}${replaced}${now}` }];
    if (beside.state === 'differs') findings.push({ at, level: 'alarm', state: 'mismatch', message: beside.message });
    this.record = { head: this.record?.head ?? null, writtenAt: at, history: findings };
    this.found = null;
    this.damage = null;
    this.pendingHistory = true;
    await this.write(head);
  }

  private async write(head: RegisterHead | null): Promise<void> {
    const record: AnchorRecord = { head, writtenAt: this.clock().toISOString(), history: this.record?.history ?? [] };
    try {
      await this.store.store(encodeAnchor(record));
      this.record = record;
      this.pendingHistory = false;
      this.writeFailure = null;
    } catch (error) {
      // The change itself is committed: say so on the next verify rather than fail the operation.
      const code = (error as { code?: unknown }).code;
      this.writeFailure = `Breachlog could not update the fingerprint kept in ${this.store.keptIn}${typeof code === 'string' ? ` (${code})` : ''}, so it is behind the register. It tries again after the next change.`;
    }
  }
}

function levelOf(state: AnchorState): AnchorLevel {
  if (state === 'mismatch' || state === 'damaged') return 'alarm';
  if (state === 'behind' || state === 'missing' || state === 'unavailable') return 'warning';
  return 'ok';
}

function sameHead(a: RegisterHead | null, b: RegisterHead | null): boolean {
  return a === b || (a !== null && b !== null && a.entry === b.entry && a.hash === b.hash);
}
