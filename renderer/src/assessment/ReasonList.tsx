import type { Reason } from '../../../shared/assessment';

const EFFECT_TEXT = { raises: 'Raises the risk', lowers: 'Lowers the risk', neutral: null } as const;

/** The engine's reasons, word for word, each with the law or guidance it rests on. */
export function ReasonList({ reasons, label }: { reasons: readonly Reason[]; label: string }) {
  return (
    <ol className="assess-reasons" aria-label={label}>
      {reasons.map((reason) => (
        <li key={`${reason.factor}:${reason.text}`}>
          <p className="assess-reason-text">{reason.text}</p>
          <p className="assess-reason-basis">
            {EFFECT_TEXT[reason.effect] ? <span className="assess-effect">{EFFECT_TEXT[reason.effect]}. </span> : null}
            Basis: {reason.basis}
          </p>
        </li>
      ))}
    </ol>
  );
}
