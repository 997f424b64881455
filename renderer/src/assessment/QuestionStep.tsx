import { useEffect, useRef } from 'react';
import type { AnyQuestion } from '../../../shared/assessment';
import { UNKNOWN } from '../../../shared/assessment';
import { Choice, FieldGroup } from '../form-kit';

type Answer = string | readonly string[] | undefined;

/**
 * One question of the risk assessment in the form kit's frame: the legend is the page heading,
 * the example is its help, then "How to choose", the error, and the options as radio buttons
 * or tick boxes, "I don't know yet" last and set apart as in the record (after "None of these"). Options the record
 * gave are marked "from the record".
 */
export function QuestionStep(props: {
  question: AnyQuestion;
  answer: Answer;
  /** The record's answer, when it gave one; shown beside the options it chose. */
  recordAnswer: Answer;
  progress: string;
  error: string | null;
  onChange: (answer: Answer) => void;
}) {
  const { question, answer, recordAnswer, error } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const fromRecord = (value: string) =>
    recordAnswer !== undefined && (Array.isArray(recordAnswer) ? recordAnswer.includes(value) : recordAnswer === value);
  const stillFromRecord = recordAnswer !== undefined && sameAnswer(answer, recordAnswer);
  const options = question.options.map((option) => ({ value: option.value as string, label: option.label, hint: option.hint, notKnown: option.value === UNKNOWN }));
  const choice = (option: (typeof options)[number]) => (
    <Choice
      key={option.value}
      id={`${question.id}-${option.value}`}
      type={question.kind === 'choose_one' ? 'radio' : 'checkbox'}
      label={option.label}
      hint={option.hint}
      tag={fromRecord(option.value) ? 'from the record' : undefined}
      notKnown={option.notKnown}
      input={{
        name: question.id,
        value: option.value,
        checked: question.kind === 'choose_one' ? answer === option.value : Array.isArray(answer) && answer.includes(option.value),
        onChange: (event) =>
          props.onChange(question.kind === 'choose_one' ? option.value : toggle(answer, option.value, event.target.checked)),
      }}
    />
  );

  return (
    <FieldGroup
      id={question.id}
      className="assess-question"
      legend={
        <>
          <span className="assess-progress">{props.progress}</span>
          <h1 ref={heading} tabIndex={-1} className="assess-question-text">
            {question.text}
          </h1>
        </>
      }
      help={question.example}
      howToChoose={question.howToChoose}
      error={error}
    >
      {stillFromRecord ? (
        <p className="assess-record-note">This answer comes from the incident record. Change it here if it is not right.</p>
      ) : null}
      <div className="choices">
        {options.filter((option) => !option.notKnown).map(choice)}
        {question.kind === 'choose_any' && question.noneLabel ? (
          <>
            <p className="assess-or">or</p>
            <Choice
              id={`${question.id}-none`}
              type="checkbox"
              label={question.noneLabel}
              tag={Array.isArray(recordAnswer) && recordAnswer.length === 0 ? 'from the record' : undefined}
              input={{
                name: question.id,
                value: 'none',
                checked: Array.isArray(answer) && answer.length === 0,
                onChange: (event) => props.onChange(event.target.checked ? [] : undefined),
              }}
            />
          </>
        ) : null}
        {options.filter((option) => option.notKnown).map(choice)}
      </div>
    </FieldGroup>
  );
}

/** Ticking or unticking one box; unticking the last leaves the question unanswered. */
function toggle(answer: Answer, value: string, checked: boolean): Answer {
  const current = Array.isArray(answer) ? answer : [];
  const next = checked ? [...current.filter((v) => v !== value), value] : current.filter((v) => v !== value);
  return next.length > 0 ? next : undefined;
}

function sameAnswer(a: Answer, b: Answer): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v) => b.includes(v));
  return a === b;
}
