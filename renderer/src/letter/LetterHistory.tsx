import type { LetterVersionInfo } from '../../../shared/letter';
import { formatUkDateTime } from '../../../shared/uk-time';
import { displayZone } from '../display-zone';

/** The letter's saved versions, newest first, each with who saved it and when, and a way to read it. */
export function LetterHistory({ versions, onView }: { versions: readonly LetterVersionInfo[]; onView: (version: number) => void }) {
  return (
    <section aria-labelledby="letter-history-heading" className="letter-history">
      <h2 id="letter-history-heading" tabIndex={-1}>
        Versions of this letter
      </h2>
      {versions.length === 0 ? (
        <p>No version is saved yet. Each time you save the letter, the words are kept here as a version.</p>
      ) : (
        <table className="letter-history-table">
          <caption className="visually-hidden">Saved versions of the letter, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Saved</th>
              <th scope="col">By</th>
              <th scope="col">
                <span className="visually-hidden">Read</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {versions.map((info, index) => (
              <tr key={info.version}>
                <th scope="row">
                  {info.version}
                  {index === 0 ? <span className="chip chip-contained letter-current-chip">Current</span> : null}
                  {info.restoredFrom !== undefined ? <span className="letter-restored-note"> (brings back version {info.restoredFrom})</span> : null}
                </th>
                <td>
                  <time dateTime={info.savedAt}>{formatUkDateTime(info.savedAt, displayZone())}</time>
                </td>
                <td className="letter-history-by">{info.savedBy}</td>
                <td>
                  <button type="button" className="link-button" onClick={() => onView(info.version)}>
                    Read<span className="visually-hidden"> version {info.version}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
