import { useCallback, useEffect, useState } from 'react';
import type { Attachment, AttachmentKind, AttachmentSpace } from '../../../shared/attachment';
import { ATTACHMENT_KINDS, ATTACHMENT_LIMITS, VIEWABLE_MEDIA_TYPES, formatBytes, shortSha256 } from '../../../shared/attachment';
import { ATTACHMENT_KIND_LABELS, MEDIA_TYPE_LABELS } from '../../../shared/labels';
import { formatUkDateTime } from '../../../shared/uk-time';
import { useApi } from '../api/api-context';
import { Field } from '../form-kit';
import { AttachmentViewer } from './AttachmentViewer';
import { RemoveAttachment } from './RemoveAttachment';
import { copyName, readAttachment, saveBlob } from './read-file';
import { uploadFile } from './upload-file';
import './attachments.css';

const viewable = (attachment: Attachment) => (VIEWABLE_MEDIA_TYPES as readonly string[]).includes(attachment.mediaType);

/**
 * The evidence kept with a breach: add files (choose, drop or paste), see images and PDFs inside
 * the app, save a copy of anything, remove with a reason. Everything goes through the contract.
 */
export function AttachmentsPanel({ incidentId, onChanged }: { incidentId: number; onChanged?: () => void }) {
  const api = useApi();
  const [attachments, setAttachments] = useState<Attachment[]>([]);
  const [space, setSpace] = useState<AttachmentSpace | null>(null);
  const [kind, setKind] = useState<AttachmentKind>('other');
  const [description, setDescription] = useState('');
  const [progress, setProgress] = useState('');
  const [messages, setMessages] = useState<string[]>([]);
  const [problem, setProblem] = useState('');
  const [viewing, setViewing] = useState<Attachment | null>(null);
  const [removing, setRemoving] = useState<number | null>(null);
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState(false);

  const [version, setVersion] = useState(0);
  const load = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    void Promise.all([api.call('attachment:list', { incidentId }), api.call('attachment:space', {})]).then(([list, used]) => {
      if (list.ok) setAttachments(list.value);
      else setProblem(list.error.message);
      if (used.ok) setSpace(used.value);
    });
  }, [api, incidentId, version]);

  const addFiles = useCallback(
    async (files: { file: Blob; name: string; kind: AttachmentKind }[]) => {
      if (files.length === 0 || busy) return;
      setBusy(true);
      setProblem('');
      const said: string[] = [];
      const refused: string[] = [];
      for (const { file, name, kind: fileKind } of files) {
        setProgress(`Adding “${name}”…`);
        const result = await uploadFile(api, incidentId, file, name, fileKind, description.trim(), (sent) =>
          setProgress(`Adding “${name}”: ${formatBytes(sent)} of ${formatBytes(file.size)}`),
        );
        if (result.ok) {
          said.push(`Added “${result.value.name}” (${formatBytes(result.value.size)}).`);
          if (result.nameNote) said.push(result.nameNote);
        } else {
          refused.push(result.error.message);
        }
      }
      setProgress('');
      setMessages(said);
      setProblem(refused.join(' '));
      if (said.length > 0) setDescription('');
      setBusy(false);
      load();
      onChanged?.();
    },
    [api, busy, description, incidentId, load, onChanged],
  );

  // An image pasted anywhere on the breach's page (Ctrl+V or Cmd+V) is added as a screenshot.
  useEffect(() => {
    function onPaste(event: ClipboardEvent) {
      const files = [...(event.clipboardData?.files ?? [])];
      if (files.length === 0) return;
      event.preventDefault();
      const stamp = formatUkDateTime(new Date().toISOString()).replace(/[,:]/g, '').replaceAll(' ', '-');
      void addFiles(
        files.map((file, index) => ({
          file,
          name: file.type.startsWith('image/') ? `Pasted screenshot ${stamp}${files.length > 1 ? `-${index + 1}` : ''}.${file.type.slice(6).replace('jpeg', 'jpg')}` : file.name,
          kind: file.type.startsWith('image/') ? 'screenshot' : kind,
        })),
      );
    }
    window.addEventListener('paste', onPaste);
    return () => window.removeEventListener('paste', onPaste);
  }, [addFiles, kind]);


  async function saveCopy(attachment: Attachment) {
    setProblem('');
    try {
      saveBlob(await readAttachment(api, attachment), copyName(attachment.name));
      setMessages([`A copy of “${attachment.name}” was offered for saving. It is not encrypted: keep it safe and delete it when done.`]);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'The copy could not be made.');
    }
  }

  const fromInput = (list: FileList | null) => [...(list ?? [])].map((file) => ({ file, name: file.name, kind }));

  return (
    <section
      aria-labelledby="attachments-heading"
      className={dragging ? 'attachments attachments-dragging' : 'attachments'}
      onDragOver={(event) => {
        if (event.dataTransfer.types.includes('Files')) {
          event.preventDefault();
          setDragging(true);
        }
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        void addFiles(fromInput(event.dataTransfer.files));
      }}
    >
      <h2 id="attachments-heading">Evidence kept with this breach</h2>
      <p className="help">
        Keep the misdirected email, the recipient’s confirmation that they deleted it, a crime reference, a provider’s report
        or a screenshot here: each file is stored inside the encrypted register, with its fingerprint on the audit trail. Up
        to {formatBytes(ATTACHMENT_LIMITS.perFileBytes)} a file and {formatBytes(ATTACHMENT_LIMITS.totalBytes)} in all
        {space ? ` (${formatBytes(space.usedBytes)} used)` : ''}. Images and PDFs are shown here; any other file can only be
        saved out as a copy.
      </p>

      {attachments.length === 0 ? (
        <p>No files kept yet.</p>
      ) : (
        <ul className="attachment-list">
          {attachments.map((attachment) => (
            <li key={attachment.id} className="attachment-item">
              <div className="attachment-summary">
                <strong className="attachment-name">{attachment.name}</strong>
                <span>
                  {ATTACHMENT_KIND_LABELS[attachment.kind]} · {MEDIA_TYPE_LABELS[attachment.mediaType]} · {formatBytes(attachment.size)} · added{' '}
                  {formatUkDateTime(attachment.addedAt)} by {attachment.addedBy}
                </span>
                {attachment.description ? <span className="attachment-description">{attachment.description}</span> : null}
                <span className="attachment-fingerprint">
                  SHA-256 <code title={attachment.sha256}>{shortSha256(attachment.sha256)}</code>
                </span>
              </div>
              {viewable(attachment) ? null : (
                <p className="attachment-warning">
                  Breachlog does not open this kind of file, so nothing in it can run. Save a copy only if you need it, and open
                  it only if you trust where it came from.
                </p>
              )}
              <div className="form-actions">
                {viewable(attachment) ? (
                  <button type="button" className="button" onClick={() => setViewing(attachment)} aria-label={`Show ${attachment.name}`}>
                    Show
                  </button>
                ) : null}
                <button type="button" className="button" onClick={() => void saveCopy(attachment)} aria-label={`Save a copy of ${attachment.name}`}>
                  Save a copy
                </button>
                <button type="button" className="button" onClick={() => setRemoving(attachment.id)} aria-label={`Remove ${attachment.name}`}>
                  Remove…
                </button>
              </div>
              {removing === attachment.id ? (
                <RemoveAttachment
                  attachment={attachment}
                  onDone={(removed) => {
                    setRemoving(null);
                    if (removed) {
                      setMessages([`Removed “${attachment.name}”; the reason is on the audit trail.`]);
                      if (viewing?.id === attachment.id) setViewing(null);
                      load();
                      onChanged?.();
                    }
                  }}
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {viewing ? <AttachmentViewer key={viewing.id} attachment={viewing} onClose={() => setViewing(null)} /> : null}

      <fieldset className="attachment-add" disabled={busy}>
        <legend>Add files</legend>
        <Field id="attachment-kind" label="What it is">
          {(control) => (
            <select {...control} value={kind} onChange={(event) => setKind(event.target.value as AttachmentKind)}>
              {ATTACHMENT_KINDS.map((value) => (
                <option key={value} value={value}>
                  {ATTACHMENT_KIND_LABELS[value]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="attachment-description" label="Short description" optional>
          {(control) => (
            <input {...control} maxLength={ATTACHMENT_LIMITS.descriptionChars} value={description} onChange={(event) => setDescription(event.target.value)} />
          )}
        </Field>
        <Field id="attachment-files" label="Choose files, drop them on this section, or paste a screenshot (Ctrl+V)" error={problem} alert>
          {(control) => (
            <input
              {...control}
              type="file"
              multiple
              onChange={(event) => {
                const files = fromInput(event.target.files);
                event.target.value = '';
                void addFiles(files);
              }}
            />
          )}
        </Field>
      </fieldset>
      <div role="status" className="attachment-status">
        {progress ? <p>{progress}</p> : null}
        {messages.map((message) => (
          <p key={message}>{message}</p>
        ))}
      </div>
    </section>
  );
}
