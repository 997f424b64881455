import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Attachment } from '../../../shared/attachment';
import type { BackupResult } from '../../../shared/contract/security-operations';
import type { DocumentModel } from '../../../shared/documents/document-model';
import type { Incident } from '../../../shared/incident';
import { unlockConnection } from '../../../electron/services/database/open-database';
import { checkAndRestore, expectError, expectOk } from '../security/support/security-helpers';
import { FULL_INCIDENT } from '../support/full-incident';
import { makeTempDir } from '../support/temp-dir';
import { makeTestRegister } from '../support/test-register';
import { PDF_HEAD, readBack, upload } from './support/upload';

describe('attachments in backups, restores and documents', () => {
  let register: ReturnType<typeof makeTestRegister>;
  let folder: ReturnType<typeof makeTempDir>;
  let incident: Incident;
  let file: Buffer;
  let attachment: Attachment;

  beforeEach(async () => {
    register = makeTestRegister();
    folder = makeTempDir('breachlog-attach-backups-');
    await register.signIn();
    incident = expectOk(await register.dispatch('incident:create', FULL_INCIDENT)) as Incident;
    file = Buffer.concat([PDF_HEAD, randomBytes(1_200_000)]);
    attachment = expectOk(await upload(register.dispatch, incident.id, 'recipient-confirms.pdf', file, { kind: 'deletion_confirmation', description: 'Reply from Jane' }));
  });
  afterEach(() => {
    register.cleanup();
    folder.remove();
  });

  it('carries them in a backup, and a restore brings them back byte for byte, verified', async () => {
    const made = expectOk(await register.dispatch('backup:create', { folder: folder.path })) as BackupResult;
    expectOk(await register.dispatch('attachment:remove', { id: attachment.id, reason: 'Removed by mistake' }));
    expect(expectOk(await register.dispatch('attachment:list', { incidentId: incident.id }))).toEqual([]);
    expectOk(await checkAndRestore(register.dispatch, { file: made.path }));
    expect(expectOk(await register.dispatch('attachment:list', { incidentId: incident.id }))).toEqual([attachment]);
    expect((await readBack(register.dispatch, attachment.id)).equals(file)).toBe(true);
    expect(expectOk(await register.dispatch('register:verify', {}))).toMatchObject({ intact: true });
  });

  it('refuses a backup whose stored file no longer matches its fingerprint, replacing nothing', async () => {
    const made = expectOk(await register.dispatch('backup:create', { folder: folder.path })) as BackupResult;
    const backup = new Database(made.path);
    unlockConnection(backup, { kind: 'raw', bytes: register.keyBytes });
    backup.prepare('UPDATE attachment_chunk SET bytes = zeroblob(length(bytes)) WHERE chunk_index = 2').run();
    backup.close();
    const error = expectError(await checkAndRestore(register.dispatch, { file: made.path }));
    expect(error.message).toMatch(/does not verify against its audit trail.*the attached file “recipient-confirms\.pdf” \(no\. \d+\) no longer matches the fingerprint recorded when it was added \(its SHA-256 differs\).*nothing has been changed/);
    expect((await readBack(register.dispatch, attachment.id)).equals(file)).toBe(true);
  });

  it('lists them in the audit pack and the ICO draft, by kind, date, size and fingerprint, never their contents', async () => {
    const pack = expectOk(await register.dispatch('document:preview', { request: { kind: 'audit-pack', range: { from: '2026-01-01', to: '2026-12-31' } } })) as DocumentModel;
    const packText = JSON.stringify(pack);
    expect(packText).toContain('Evidence kept with the record');
    expect(packText).toContain('A confirmation of deletion');
    expect(packText).toContain('recipient-confirms.pdf');
    expect(packText).toContain(attachment.sha256.replace(/(.{16})(?!$)/g, '$1 '));
    expect(packText).toContain('1.1 MB');
    expect(packText).not.toContain(file.subarray(PDF_HEAD.length, PDF_HEAD.length + 12).toString('base64'));
    const ico = expectOk(await register.dispatch('document:preview', { request: { kind: 'ico-report', incidentId: incident.id } })) as DocumentModel;
    expect(JSON.stringify(ico)).toContain('Annex C. Evidence held');
    expect(JSON.stringify(ico)).toContain('A confirmation of deletion: Reply from Jane (recipient-confirms.pdf, added');
  });
});
