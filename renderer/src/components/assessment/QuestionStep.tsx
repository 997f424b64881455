import { useEffect, useRef } from 'react';
import type { AnyQuestion } from '../../../../shared/assessment';
import { AssessmentChoice as Choice } from './AssessmentChoice';

type Answer = string | readonly string[] | undefined;

/**
 * One question of the risk assessment: a fieldset whose legend is the page heading, the
 * example under it, and its options as radio buttons or tick boxes. Every question offers
 * "I don't know yet". Options the record gave are marked "from the record".
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

  const exampleId = `${question.id}-example`;
  const chooseId = `${question.id}-how-to-choose`;
  const errorId = `${question.id}-error`;
  const describedBy = [exampleId, question.howToChoose ? chooseId : null, error ? errorId : null].filter(Boolean).join(' ');
  const fromRecord = (value: string) =>
    recordAnswer !== undefined && (Array.isArray(recordAnswer) ? recordAnswer.includes(value) : recordAnswer === value);
  const stillFromRecord = recordAnswer !== undefined && sameAnswer(answer, recordAnswer);

  return (
    <fieldset
      className={`assess-question${error ? ' form-field-invalid' : ''}`}
      aria-describedby={describedBy}
    >
      <legend>
        <span className="assess-progress">{props.progress}</span>
        <h1 ref={heading} tabIndex={-1} className="assess-question-text">
          {question.text}
        </h1>
      </legend>
      <p className="help" id={exampleId}>
        {question.example}
      </p>
      {question.howToChoose ? (
        <p className="help" id={chooseId}>
          <strong>How to choose: </strong>
          {question.howToChoose}
        </p>
      ) : null}
      {stillFromRecord ? (
        <p className="assess-record-note">This answer comes from the incident record. Change it here if it is not right.</p>
      ) : null}
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
      <div className="assess-options">
        {question.kind === 'choose_one'
          ? question.options.map((option) => (
              <Choice
                key={option.value}
                type="radio"
                name={question.id}
                value={option.value}
                label={option.label}
                hint={option.hint}
                checked={answer === option.value}
                fromRecord={fromRecord(option.value)}
                onChange={() => props.onChange(option.value)}
              />
            ))
          : question.options.map((option) => (
              <Choice
                key={option.value}
                type="checkbox"
                name={question.id}
                value={option.value}
                label={option.label}
                hint={option.hint}
                checked={Array.isArray(answer) && answer.includes(option.value)}
                fromRecord={fromRecord(option.value)}
                onChange={(checked) => props.onChange(toggle(answer, option.value, checked))}
              />
            ))}
        {question.kind === 'choose_any' && question.noneLabel ? (
          <>
            <p className="assess-or">or</p>
            <Choice
              type="checkbox"
              name={question.id}
              value="none"
              label={question.noneLabel}
              checked={Array.isArray(answer) && answer.length === 0}
              fromRecord={Array.isArray(recordAnswer) && recordAnswer.length === 0}
              onChange={(checked) => props.onChange(checked ? [] : undefined)}
            />
          </>
        ) : null}
      </div>
    </fieldset>
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
