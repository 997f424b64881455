import type { FormEvent } from 'react';
import { useMemo, useState } from 'react';
import type { AssessmentVersion, Prefill } from '../../../shared/assessment-record';
import { QuestionStep } from './QuestionStep';
import { ResultStep } from './ResultStep';
import type { Answers, Step } from './wizard-steps';
import { DeletionEvidence } from '../attachments/DeletionEvidence';
import { askedQuestions, completeAnswers, isAnswered, isFromRecord, nextStep, previousStep, questionById, startingAnswers } from './wizard-steps';

const NOT_ANSWERED = 'Choose an answer, or “I don’t know yet” if you are not sure.';

/** One question per step; Next skips what the record already answers, Back visits it. */
export function AssessmentWizard(props: {
  incidentId: number;
  prefill: Prefill;
  previous: AssessmentVersion | null;
  onSaved: (version: AssessmentVersion) => void;
}) {
  const { prefill } = props;
  const [answers, setAnswers] = useState<Answers>(() => startingAnswers(prefill, props.previous));
  const [step, setStep] = useState<Step>(() => nextStep(null, answers, prefill));
  const [error, setError] = useState<string | null>(null);
  const complete = useMemo(() => (step === 'result' ? completeAnswers(answers) : null), [step, answers]);

  const go = (next: Step) => {
    setError(null);
    setStep(next);
  };

  if (step === 'result') {
    const back = () => go(previousStep('result', answers) ?? nextStep(null, answers, prefill));
    if (!complete) {
      // Only reachable if an answer went missing; send the person back to the first gap.
      const gap = askedQuestions(answers).find((q) => !isAnswered(q, answers));
      return (
        <button type="button" className="button" onClick={() => go(gap?.id ?? nextStep(null, answers, prefill))}>
          Answer the remaining questions
        </button>
      );
    }
    return <ResultStep incidentId={props.incidentId} answers={complete} onBack={back} onSaved={props.onSaved} />;
  }

  const question = questionById(step);
  const ownQuestions = askedQuestions(answers).filter((q) => !isFromRecord(q.id, answers, prefill));
  const fromRecordCount = askedQuestions(answers).length - ownQuestions.length;
  const position = ownQuestions.findIndex((q) => q.id === step);
  const progress = position >= 0 ? `Question ${position + 1} of ${ownQuestions.length}` : 'Answered from the incident record';
  const previous = previousStep(step, answers);

  function next(event: FormEvent) {
    event.preventDefault();
    if (!isAnswered(question, answers)) {
      setError(NOT_ANSWERED);
      document.querySelector<HTMLInputElement>('.assess-question input')?.focus();
      return;
    }
    go(nextStep(step, answers, prefill));
  }

  return (
    <form className="assess-wizard" noValidate onSubmit={next}>
      {fromRecordCount > 0 ? (
        <p className="assess-record-summary">
          {fromRecordCount === 1 ? '1 answer comes' : `${fromRecordCount} answers come`} from the incident record, so{' '}
          {fromRecordCount === 1 ? 'that question is' : 'those questions are'} not asked again. Use Back to check them.
        </p>
      ) : null}
      <QuestionStep
        key={step}
        question={question}
        answer={answers[step]}
        recordAnswer={prefill[step]}
        progress={progress}
        error={error}
        onChange={(answer) => {
          setError(null);
          setAnswers((current) => ({ ...current, [step]: answer }));
        }}
      />
      {step === 'containment' ? <DeletionEvidence incidentId={props.incidentId} mode="question" /> : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          Next
        </button>
        {previous ? (
          <button type="button" className="button" onClick={() => go(previous)}>
            Back
          </button>
        ) : null}
      </div>
    </form>
  );
}
