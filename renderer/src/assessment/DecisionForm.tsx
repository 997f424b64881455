import type { FormEvent } from 'react';
import { useState } from 'react';
import type { AssessmentResult, TellPeopleException } from '../../../shared/assessment';
import { TELL_PEOPLE_EXCEPTIONS } from '../../../shared/assessment';
import type { DecisionInput } from '../../../shared/assessment-record';
import { JUSTIFICATION_MIN, REPORT_DECISIONS, TELL_DECISIONS, decisionFromAdvice, decisionIssues } from '../../../shared/assessment-record';
import type { FieldIssue } from '../../../shared/result';
import { EXCEPTION_LABELS, REPORT_LABELS, TELL_LABELS } from './assessment-labels';
import { DecisionRadioGroup as RadioGroup } from './DecisionRadioGroup';
import { Field } from '../form-kit';

/**
 * Accept the advice, or record a different decision with a written reason. The same rules
 * as the main process (decisionIssues) show problems beside the fields before anything is sent.
 */
export function DecisionForm(props: {
  advice: AssessmentResult;
  saving: boolean;
  /** Problems the main process found, by field. */
  serverIssues: readonly FieldIssue[];
  onSave: (decision: DecisionInput) => void;
}) {
  const [differing, setDiffering] = useState(false);
  const [decision, setDecision] = useState<DecisionInput>(() => decisionFromAdvice(props.advice));
  const [issues, setIssues] = useState<readonly FieldIssue[]>([]);
  const shown = issues.length > 0 ? issues : props.serverIssues;
  const issueFor = (path: string) => shown.find((issue) => issue.path === path || issue.path === `decision.${path}`)?.message;

  function submitDifferent(event: FormEvent) {
    event.preventDefault();
    const found = decisionIssues(decision, props.advice);
    setIssues(found);
    if (found.length > 0) {
      const first = found[0]?.path;
      document.querySelector<HTMLElement>(`[data-decision-field="${first}"] input, [data-decision-field="${first}"] textarea`)?.focus();
      return;
    }
    props.onSave(decision);
  }

  const update = (changes: Partial<DecisionInput>) => setDecision((current) => ({ ...current, ...changes }));

  if (!differing) {
    return (
      <div className="form-actions">
        <button type="button" className="button button-primary" disabled={props.saving} onClick={() => props.onSave(decisionFromAdvice(props.advice))}>
          Accept this advice
        </button>
        <button type="button" className="button" disabled={props.saving} onClick={() => setDiffering(true)}>
          Record a different decision
        </button>
      </div>
    );
  }

  return (
    <form className="assess-decision-form" noValidate onSubmit={submitDifferent} aria-labelledby="different-decision-heading">
      <h2 id="different-decision-heading">Record a different decision</h2>
      <p className="help">Both the advice and your decision are kept in the register, with your reason.</p>
      <RadioGroup
        name="reportToIco"
        legend="Report to the ICO"
        options={REPORT_DECISIONS.map((value) => ({ value, label: REPORT_LABELS[value] }))}
        value={decision.reportToIco}
        error={issueFor('reportToIco')}
        onChange={(reportToIco) => update({ reportToIco })}
      />
      <RadioGroup
        name="tellPeople"
        legend="Tell the people affected"
        options={TELL_DECISIONS.map((value) => ({ value, label: TELL_LABELS[value] }))}
        value={decision.tellPeople}
        error={undefined}
        onChange={(tellPeople) =>
          update({ tellPeople, tellPeopleException: tellPeople === 'exception_applies' ? decision.tellPeopleException : null })
        }
      />
      {decision.tellPeople === 'exception_applies' ? (
        <RadioGroup<TellPeopleException>
          name="tellPeopleException"
          legend="Which exception applies"
          options={TELL_PEOPLE_EXCEPTIONS.map((value) => ({ value, label: EXCEPTION_LABELS[value] }))}
          value={decision.tellPeopleException}
          error={issueFor('tellPeopleException')}
          onChange={(tellPeopleException) => update({ tellPeopleException })}
        />
      ) : null}
      <Field
        id="justification"
        label="Why are you deciding differently from the advice?"
        help={`In a sentence or two (at least ${JUSTIFICATION_MIN} characters), for the ICO or an auditor reading the register later.`}
        error={issueFor('justification')}
        data={{ 'data-decision-field': 'justification' }}
      >
        {(control) => <textarea rows={4} value={decision.justification} onChange={(event) => update({ justification: event.target.value })} {...control} />}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={props.saving}>
          Save this decision
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            setDiffering(false);
            setIssues([]);
            setDecision(decisionFromAdvice(props.advice));
          }}
        >
          Cancel
        </button>
      </div>
    </form>
  );
}
