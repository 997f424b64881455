import { createHash, randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Attachment } from '../../../shared/attachment';
import { ATTACHMENT_LIMITS } from '../../../shared/attachment';
import type { VerifyResult } from '../../../shared/audit';
import type { Incident } from '../../../shared/incident';
import { FULL_INCIDENT } from '../support/full-incident';
import { makeTestRegister } from '../support/test-register';
import { PDF_HEAD, PNG_BYTES, readBack, upload } from './support/upload';

type Register = ReturnType<typeof makeTestRegister>;

async function newIncident(register: Register, fields: Partial<Incident> = {}): Promise<Incident> {
  const created = await register.dispatch('incident:create', { ...FULL_INCIDENT, ...fields });
  if (!created.ok) throw new Error(created.error.message);
  return created.value as Incident;
}

async function verify(register: Register): Promise<VerifyResult> {
  const result = await register.dispatch('register:verify', {});
  if (!result.ok) throw new Error(result.error.message);
  return result.value as VerifyResult;
}

async function counts(register: Register) {
  const { db } = await register.session.services();
  const count = (table: string) => db.prepare<[], number>(`SELECT count(*) FROM ${table}`).pluck().get();
  return { attachments: count('attachment'), contents: count('attachment_content'), chunks: count('attachment_chunk') };
}

describe('attachments on a real encrypted register', () => {
  let register: Register;
  let incident: Incident;

  beforeEach(async () => {
    register = makeTestRegister();
    await register.signIn();
    incident = await newIncident(register);
  });
  afterEach(() => register.cleanup());

  it('keeps a multi-megabyte file in chunks and gives it back byte for byte, its size and SHA-256 on the trail', async () => {
    const bytes = randomBytes(3 * 1024 * 1024 + 12_345);
    const added = await upload(register.dispatch, incident.id, 'recipient-reply.bin', bytes, { kind: 'deletion_confirmation', description: 'Reply from the recipient' });
    expect(added.ok).toBe(true);
    const attachment = (added as { value: Attachment }).value;
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    expect(attachment).toMatchObject({ size: bytes.length, sha256, kind: 'deletion_confirmation', mediaType: 'application/octet-stream', name: 'recipient-reply.bin' });
    expect((await counts(register)).chunks).toBe(Math.ceil(bytes.length / ATTACHMENT_LIMITS.chunkBytes));
    expect((await readBack(register.dispatch, attachment.id)).equals(bytes)).toBe(true);

    const timeline = await register.dispatch('incident:timeline', { id: incident.id });
    const entry = timeline.ok ? (timeline.value as { action: string; newValue: unknown }[]).find((e) => e.action === 'attachment_added') : undefined;
    expect(entry?.newValue).toMatchObject({ sha256, size: bytes.length, name: 'recipient-reply.bin' });
    expect(await verify(register)).toMatchObject({ intact: true, problems: [] });

    register.reopen();
    await register.signIn();
    expect((await readBack(register.dispatch, attachment.id)).equals(bytes)).toBe(true);
    const space = await register.dispatch('attachment:space', {});
    expect(space).toMatchObject({ ok: true, value: { usedBytes: bytes.length, files: 1 } });
  });

  it('verify names a stored file whose bytes no longer match its fingerprint, and one whose row was edited', async () => {
    const bytes = randomBytes(600_000);
    const added = (await upload(register.dispatch, incident.id, 'report.bin', bytes)) as { value: Attachment };
    const { db } = await register.session.services();
    const flipped = Buffer.from(bytes.subarray(ATTACHMENT_LIMITS.chunkBytes, 2 * ATTACHMENT_LIMITS.chunkBytes));
    flipped[100] = (flipped[100] ?? 0) ^ 0xff;
    db.prepare('UPDATE attachment_chunk SET bytes = ? WHERE chunk_index = 1').run(flipped);
    const result = await verify(register);
    expect(result.intact).toBe(false);
    expect(result.problems?.map((p) => p.message).join('\n')).toMatch(/the attached file “report\.bin” \(no\. \d+\) no longer matches the fingerprint recorded when it was added \(its SHA-256 differs\)/);

    // Rewriting the row's fingerprint to match the changed bytes is caught by the trail.
    db.prepare('UPDATE attachment_chunk SET bytes = ? WHERE chunk_index = 1').run(bytes.subarray(ATTACHMENT_LIMITS.chunkBytes, 2 * ATTACHMENT_LIMITS.chunkBytes));
    expect((await verify(register)).intact).toBe(true);
    db.prepare('UPDATE attachment SET sha256 = ? WHERE id = ?').run('0'.repeat(64), added.value.id);
    const edited = await verify(register);
    expect(edited.problems?.map((p) => p.message).join('\n')).toMatch(/an attachment \(no\. \d+\): “sha256” has been changed outside Breachlog/);

    db.prepare('UPDATE attachment SET sha256 = ? WHERE id = ?').run(added.value.sha256, added.value.id);
    db.prepare('DELETE FROM attachment_chunk WHERE chunk_index = 2').run();
    expect((await verify(register)).problems?.map((p) => p.message).join('\n')).toMatch(/“report\.bin”.*a part of it is missing|“report\.bin”.* instead of/);
  });

  it('refuses an empty file, one over the size limit and one over the total, before anything is stored', async () => {
    const empty = await upload(register.dispatch, incident.id, 'empty.txt', Buffer.alloc(0));
    expect(empty).toMatchObject({ ok: false, error: { message: expect.stringMatching(/“empty\.txt” is empty \(0 bytes\).*Nothing was kept/) } });
    const big = await register.dispatch('attachment:upload-start', { incidentId: incident.id, name: 'video.mp4', size: ATTACHMENT_LIMITS.perFileBytes + 1, kind: 'other', description: '' });
    expect(big).toMatchObject({ ok: false, error: { message: expect.stringMatching(/a file can be at most 25 MB\. Nothing was kept/) } });
    // Files being added count towards the total.
    const starts = Math.floor(ATTACHMENT_LIMITS.totalBytes / ATTACHMENT_LIMITS.perFileBytes);
    for (let i = 0; i < starts; i += 1) {
      const started = await register.dispatch('attachment:upload-start', { incidentId: incident.id, name: `part-${i}.bin`, size: ATTACHMENT_LIMITS.perFileBytes, kind: 'other', description: '' });
      expect(started.ok).toBe(true);
    }
    const over = await register.dispatch('attachment:upload-start', { incidentId: incident.id, name: 'one-more.bin', size: 10, kind: 'other', description: '' });
    expect(over).toMatchObject({ ok: false, error: { message: expect.stringMatching(/more than 500 MB/) } });
    expect(await counts(register)).toMatchObject({ attachments: 0, chunks: 0 });
    // An unfinished upload does not survive a restart.
    register.reopen();
    await register.signIn();
    expect(await counts(register)).toEqual({ attachments: 0, contents: 0, chunks: 0 });
  });

  it('keeps names as display text only: paths, control characters and reserved names are shown cleaned, and said so', async () => {
    const pathName = await upload(register.dispatch, incident.id, '..\\..\\Windows/System32/evil.png', PNG_BYTES);
    expect(pathName).toMatchObject({ ok: true, value: { name: 'evil.png', mediaType: 'image/png' }, nameNote: expect.stringMatching(/only the last part of a path is kept/) });
    const control = await upload(register.dispatch, incident.id, 'inv\u0000oice\u202e.png', PNG_BYTES);
    expect(control).toMatchObject({ ok: true, value: { name: 'invoice.png' }, nameNote: expect.stringMatching(/control characters were removed/) });
    const reserved = await upload(register.dispatch, incident.id, 'CON.pdf', Buffer.concat([PDF_HEAD, randomBytes(50)]));
    expect(reserved).toMatchObject({ ok: true, value: { name: 'CON.pdf', mediaType: 'application/pdf' }, nameNote: null });
    const bad = await register.dispatch('attachment:upload-start', { incidentId: incident.id, name: 'x'.repeat(5000), size: 1, kind: 'other', description: '' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('refuses a file whose content does not match its extension, and one that stops arriving, leaving nothing', async () => {
    const renamed = await upload(register.dispatch, incident.id, 'photo.png', Buffer.concat([PDF_HEAD, randomBytes(100)]));
    expect(renamed).toMatchObject({ ok: false, error: { message: '“photo.png” is named as a PNG image, but its content is a PDF. Nothing was kept: check it is the right file, and rename it to match what it is.' } });
    const notPdf = await upload(register.dispatch, incident.id, 'scan.pdf', randomBytes(100));
    expect(notPdf).toMatchObject({ ok: false, error: { message: expect.stringMatching(/named as a PDF, but its content is not one/) } });
    // Announced as 1 MB; the file shrank (was deleted or replaced) after 300 KB.
    const shrunk = await upload(register.dispatch, incident.id, 'log.bin', randomBytes(300_000), { declaredSize: 1_000_000 });
    expect(shrunk).toMatchObject({ ok: false, error: { message: expect.stringMatching(/could not be .*read to the end.*moved, changed or deleted while it was being added.*Nothing was kept/) } });
    // A piece out of order, or more than was announced, ends the upload.
    const started = await register.dispatch('attachment:upload-start', { incidentId: incident.id, name: 'a.bin', size: 10, kind: 'other', description: '' });
    const uploadId = (started as { value: { uploadId: number } }).value.uploadId;
    expect(await register.dispatch('attachment:upload-chunk', { uploadId, index: 0, data: randomBytes(11).toString('base64') })).toMatchObject({ ok: false });
    expect(await register.dispatch('attachment:upload-chunk', { uploadId, index: 0, data: 'AA==' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await counts(register)).toEqual({ attachments: 0, contents: 0, chunks: 0 });
    expect(await verify(register)).toMatchObject({ intact: true });
  });

  it('removes a file only with a reason, on the trail, with its chunks; verify stays intact', async () => {
    const added = (await upload(register.dispatch, incident.id, 'wrong-file.bin', randomBytes(400_000))) as { value: Attachment };
    expect(await register.dispatch('attachment:remove', { id: added.value.id, reason: '' })).toMatchObject({ ok: false, error: { issues: [{ path: 'reason' }] } });
    expect((await counts(register)).chunks).toBe(2);
    expect(await register.dispatch('attachment:remove', { id: added.value.id, reason: 'Attached to the wrong breach' })).toEqual({ ok: true, value: {} });
    expect(await counts(register)).toEqual({ attachments: 0, contents: 0, chunks: 0 });
    const timeline = await register.dispatch('incident:timeline', { id: incident.id });
    const removed = timeline.ok ? (timeline.value as { action: string; newValue: unknown; oldValue: unknown }[]).find((e) => e.action === 'attachment_removed') : undefined;
    expect(removed).toMatchObject({ newValue: { reason: 'Attached to the wrong breach' }, oldValue: { sha256: added.value.sha256, name: 'wrong-file.bin' } });
    expect(await verify(register)).toMatchObject({ intact: true, problems: [] });
    expect(await register.dispatch('attachment:read-chunk', { id: added.value.id, index: 0 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('goes with its breach at retention removal, chunks included, and verify stays intact', async () => {
    const closed = await newIncident(register, { status: 'closed', actions: FULL_INCIDENT.actions.map((a) => ({ ...a, done: true })) });
    await upload(register.dispatch, closed.id, 'kept.bin', randomBytes(300_000));
    await upload(register.dispatch, incident.id, 'other-breach.bin', randomBytes(1000));
    register.clock.now = new Date('2033-01-01T09:00:00.000Z');
    expect(await register.dispatch('incident:remove-expired', { id: closed.id, confirmReference: closed.reference })).toMatchObject({ ok: true });
    expect(await counts(register)).toEqual({ attachments: 1, contents: 1, chunks: 1 });
    expect(await verify(register)).toMatchObject({ intact: true, problems: [] });
  });
});
