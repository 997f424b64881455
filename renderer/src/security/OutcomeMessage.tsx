/** What came of a Security action: a quiet status when it worked, an alert when it did not. */
export type Outcome = { ok: boolean; text: string } | null;

export function OutcomeMessage({ outcome }: { outcome: Outcome }) {
  if (!outcome) return null;
  return (
    <p className={outcome.ok ? 'notice' : 'error-box'} role={outcome.ok ? 'status' : 'alert'}>
      {outcome.text}
    </p>
  );
}
