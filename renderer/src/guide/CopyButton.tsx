import { useState } from 'react';

/** Copies one answer for pasting into the ICO's form; says so beside the button. */
export function CopyButton({ text, what }: { text: string; what: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  }
  return (
    <span className="copy-answer">
      <button type="button" className="button" onClick={() => void copy()}>
        Copy<span className="visually-hidden"> the answer to “{what}”</span>
      </button>
      <span role="status" className="help">
        {state === 'copied' ? 'Copied' : state === 'failed' ? 'Could not copy: select the text instead' : ''}
      </span>
    </span>
  );
}
