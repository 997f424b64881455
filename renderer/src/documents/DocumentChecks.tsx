/** What to check or fill in before using a document: shown in the preview, never printed. */
export function DocumentChecks({ checks }: { checks: readonly string[] }) {
  if (checks.length === 0) return null;
  return (
    <div className="doc-checks doc-screen-only" role="note" aria-labelledby="doc-checks-heading">
      <h2 id="doc-checks-heading">Before you use this document</h2>
      <ul>
        {checks.map((check) => (
          <li key={check}>{check}</li>
        ))}
      </ul>
    </div>
  );
}
