import type { VerifyResult } from '../../../shared/audit';
import { UkDateTime } from '../common/UkDateTime';

/** A verify result in full: intact, or every problem found, each naming its breach, row and column. */
export function VerifyResultView({ result, checkedAt }: { result: VerifyResult; checkedAt?: string }) {
  const when = checkedAt ? (
    <>
      {' '}
      (checked when the register was unlocked, <UkDateTime instant={checkedAt} />)
    </>
  ) : null;
  const rows = result.rowsChecked === undefined ? '' : ` and all ${result.rowsChecked.toLocaleString('en-GB')} rows of the register`;
  if (result.intact) {
    return (
      <p className="notice">
        Intact: all {result.entriesChecked.toLocaleString('en-GB')} entries of the audit trail{rows} check out{when}.
      </p>
    );
  }
  const problems = result.problems ?? [];
  return (
    <div className="error-box">
      <p>
        {problems.length === 1 ? 'One problem' : `${problems.length.toLocaleString('en-GB')} problems`} found{when}:
      </p>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>{problem.message}</li>
        ))}
      </ul>
      {result.firstBadEntry ? (
        <p>
          The trail breaks at entry {result.firstBadEntry.id}
          {result.firstBadEntry.at ? (
            <>
              {' '}
              (<UkDateTime instant={result.firstBadEntry.at} />)
            </>
          ) : null}
          ; the {result.entriesChecked.toLocaleString('en-GB')} entries before it check out.
        </p>
      ) : null}
    </div>
  );
}
