import { useEffect, useRef, useState } from 'react';
import type { Attachment } from '../../../shared/attachment';
import { useApi } from '../api/api-context';
import { readAttachment } from './read-file';

/**
 * Shows an image (from a blob: URL, as an <img>, where an SVG's scripts never run and it loads
 * nothing) or a PDF (drawn onto canvases by pdf.js, nothing in it run), inside the page.
 */
export function AttachmentViewer({ attachment, onClose }: { attachment: Attachment; onClose: () => void }) {
  const api = useApi();
  const [imageUrl, setImageUrl] = useState<string | null>(null);
  const [status, setStatus] = useState('Opening…');
  const pages = useRef<HTMLDivElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    closeButton.current?.focus();
  }, []);

  useEffect(() => {
    const signal = { cancelled: false };
    let url: string | null = null;
    const container = pages.current;
    void (async () => {
      try {
        const blob = await readAttachment(api, attachment);
        if (signal.cancelled) return;
        if (attachment.mediaType === 'application/pdf') {
          const { drawPdf } = await import('./pdf-pages');
          if (!container || signal.cancelled) return;
          const width = Math.max(280, Math.min(900, container.clientWidth || 600));
          const { pages: total, shown } = await drawPdf(new Uint8Array(await blob.arrayBuffer()), container, width, signal);
          setStatus(total > shown ? `Showing the first ${shown} of ${total} pages; save a copy to see the rest.` : `${total} ${total === 1 ? 'page' : 'pages'}.`);
        } else {
          url = URL.createObjectURL(blob);
          setImageUrl(url);
          setStatus('');
        }
      } catch {
        if (!signal.cancelled) setStatus('This file could not be shown (it may be damaged). You can still save a copy.');
      }
    })();
    return () => {
      signal.cancelled = true;
      if (url) URL.revokeObjectURL(url);
      container?.replaceChildren();
    };
  }, [api, attachment]);

  return (
    <section className="attachment-viewer" aria-labelledby="attachment-viewer-heading">
      <div className="attachment-viewer-bar">
        <h3 id="attachment-viewer-heading">{attachment.name}</h3>
        <button ref={closeButton} type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
      <p role="status">{status}</p>
      {imageUrl ? <img className="attachment-image" src={imageUrl} alt={attachment.description || attachment.name} /> : null}
      <div ref={pages} className="attachment-pdf" />
    </section>
  );
}
