import { useEffect, useState } from 'react';
import { useApi } from '../api/api-context';
import type { IncidentFormValues } from './incident-form-values';

/** A kept half-filled form for this key: undefined while loading, then the values or null. */
export function useDraft(key: string): Partial<IncidentFormValues> | null | undefined {
  const api = useApi();
  const [draft, setDraft] = useState<{ key: string; values: Partial<IncidentFormValues> | null } | undefined>();
  useEffect(() => {
    let current = true;
    void api.call('draft:get', { key }).then((result) => {
      if (current) setDraft({ key, values: result.ok ? (result.value as Partial<IncidentFormValues> | null) : null });
    });
    return () => {
      current = false;
    };
  }, [api, key]);
  return draft?.key === key ? draft.values : undefined;
}
