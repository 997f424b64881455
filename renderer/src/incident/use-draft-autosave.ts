import { useEffect, useRef, useState } from 'react';
import type { UseFormWatch } from 'react-hook-form';
import { useApi } from '../api/api-context';
import type { IncidentFormValues } from './incident-form-values';

const AUTOSAVE_DELAY_MS = 600;

/** Keeps what is typed in the encrypted register as a draft, shortly after each change. */
export function useDraftAutosave(draftKey: string, watch: UseFormWatch<IncidentFormValues>): string {
  const api = useApi();
  const [status, setStatus] = useState('');
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => {
    const subscription = watch((values) => {
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => {
        void api.call('draft:save', { key: draftKey, values: values as Record<string, unknown> }).then((result) => {
          // Say why (a full disk, a locked register), and that the typing is still on screen to copy.
          setStatus(result.ok ? 'Draft kept' : `The draft could not be kept: ${result.error.message} What you typed is still here.`);
        });
      }, AUTOSAVE_DELAY_MS);
    });
    return () => {
      subscription.unsubscribe();
      window.clearTimeout(timer.current);
    };
  }, [api, draftKey, watch]);
  return status;
}
