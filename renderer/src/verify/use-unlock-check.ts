import { useEffect, useState } from 'react';
import type { UnlockCheck } from '../../../shared/audit';
import { useApi } from '../api/api-context';

const POLL_MS = 1_000;
/** A very large register takes a while; after this the screen stops asking (the result is kept for Settings). */
const MAX_POLLS = 600;

/** The outcome of the full verify run when the register was unlocked, asked again until it has finished. */
export function useUnlockCheck(): UnlockCheck | null {
  const api = useApi();
  const [check, setCheck] = useState<UnlockCheck | null>(null);

  useEffect(() => {
    let stopped = false;
    let polls = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = async () => {
      const result = await api.call('register:unlock-check', {});
      if (stopped) return;
      setCheck(result.ok ? result.value : null);
      polls += 1;
      if (result.ok && result.value.state === 'running' && polls < MAX_POLLS) timer = setTimeout(() => void ask(), POLL_MS);
    };
    void ask();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [api]);

  return check;
}
