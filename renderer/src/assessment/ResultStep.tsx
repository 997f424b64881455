import { useEffect, useRef, useState } from 'react';
import type { AssessmentAnswers, AssessmentResult } from '../../../shared/assessment';
import type { AssessmentVersion, DecisionInput } from '../../../shared/assessment-record';
import type { AppErrorShape } from '../../../shared/result';
import { useApi } from '../api/api-context';
import { AdviceView } from './AdviceView';
import { DecisionForm } from './DecisionForm';
import { DeletionEvidence } from '../attachments/DeletionEvidence';
import { ErrorMessage } from '../common/ErrorMessage';

/** The advice for the answers, worked out by the main process, then the person's decision. */
export function ResultStep(props: {
  incidentId: number;
  answers: AssessmentAnswers;
  onBack: () => void;
  onSaved: (version: AssessmentVersion) => void;
}) {
  const api = useApi();
  const heading = useRef<HTMLHeadingElement>(null);
  const [advice, setAdvice] = useState<AssessmentResult | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [saving, setSaving] = useState(false);
  const { answers, incidentId, onSaved } = props;

  useEffect(() => {
    void api.call('assessment:advise', { answers }).then((result) => {
      if (result.ok) setAdvice(result.value);
      else setError(result.error);
    });
  }, [api, answers]);

  useEffect(() => heading.current?.focus(), [advice]);

  async function save(decision: DecisionInput) {
    setSaving(true);
    setError(null);
    const result = await api.call('assessment:save', { incidentId, answers, decision });
    setSaving(false);
    if (result.ok) onSaved(result.value);
    else setError(result.error);
  }

  return (
    <div className="assess-result">
      <h1 ref={heading} tabIndex={-1}>
        {advice ? 'The advice' : 'Working out the advice…'}
      </h1>
      <ErrorMessage error={error} />
      {advice ? (
        <>
          <AdviceView advice={advice} />
          {answers.containment === 'confirmed' ? <DeletionEvidence incidentId={incidentId} mode="advice" /> : null}
          <h2>Your decision</h2>
          <p>Accept the advice, or record a different decision and say why. Either way, the advice is kept with it.</p>
          <DecisionForm advice={advice} saving={saving} serverIssues={error?.issues ?? []} onSave={(d) => void save(d)} />
        </>
      ) : null}
      <div className="form-actions">
        <button type="button" className="button" onClick={props.onBack}>
          Back to the questions
        </button>
      </div>
    </div>
  );
}
