import { useEffect, useState } from 'react';
import type { OperationOutput } from '../../../shared/contract/index';
import type { AppErrorShape } from '../../../shared/result';
import { useApi } from '../api/api-context';

export type AssessmentHistory = OperationOutput<'assessment:list'>;

/** An incident's assessment versions (newest first) and whether the current one is out of date. */
export function useAssessmentHistory(incidentId: number): { history: AssessmentHistory | null; error: AppErrorShape | null } {
  const api = useApi();
  const [state, setState] = useState<{ history: AssessmentHistory | null; error: AppErrorShape | null }>({ history: null, error: null });
  useEffect(() => {
    let current = true;
    void api.call('assessment:list', { incidentId }).then((result) => {
      if (!current) return;
      setState(result.ok ? { history: result.value, error: null } : { history: null, error: result.error });
    });
    return () => {
      current = false;
    };
  }, [api, incidentId]);
  return state;
}
