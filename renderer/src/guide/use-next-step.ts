import { useEffect, useState } from 'react';
import type { Incident } from '../../../shared/incident';
import type { NextStep, NextStepInput } from '../../../shared/next-step';
import { nextStep } from '../../../shared/next-step';
import { useApi } from '../api/api-context';
import { displayZone } from '../display-zone';

type Progress = Omit<NextStepInput, 'incident'>;

/** What the register knows beyond the record (the assessment, who was told), and the step it leads to. */
export function useNextStep(incident: Incident | null, now: Date, refreshKey = 0): NextStep | null {
  const api = useApi();
  const [progress, setProgress] = useState<Progress | null>(null);
  const id = incident?.id ?? null;
  const updatedAt = incident?.updatedAt ?? null;
  useEffect(() => {
    if (id === null) return;
    let current = true;
    void Promise.all([api.call('assessment:list', { incidentId: id }), api.call('telling:list', { incidentId: id })]).then(
      ([assessments, tellings]) => {
        if (!current) return;
        const latest = assessments.ok ? assessments.value.versions[0] : undefined;
        setProgress({
          assessment: latest
            ? { tellPeople: latest.decision.tellPeople, outOfDate: assessments.ok && assessments.value.outOfDate.stale }
            : null,
          tellingsRecorded: tellings.ok ? tellings.value.length : 0,
        });
      },
    );
    return () => {
      current = false;
    };
  }, [api, id, updatedAt, refreshKey]);
  if (!incident || !progress) return null;
  return nextStep({ incident, ...progress }, now, displayZone());
}
