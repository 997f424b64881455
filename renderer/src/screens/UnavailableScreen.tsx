export function UnavailableScreen({ message }: { message: string }) {
  return (
    <section aria-labelledby="unavailable-heading" className="narrow">
      <h1 id="unavailable-heading">The register could not be opened</h1>
      <div className="error-box" role="alert">
        {message}
      </div>
      <p>Nothing has been changed or deleted. Close Breachlog and open it again; if this keeps happening, restore the register from a backup.</p>
    </section>
  );
}
