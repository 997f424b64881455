import type { AppErrorShape } from '../../../shared/result';

export function ErrorMessage({ error }: { error: AppErrorShape | null }) {
  if (!error) return null;
  return (
    <div className="error-box" role="alert">
      {error.message}
    </div>
  );
}
