import { useEffect, useState } from 'react';

/** Wide enough to show the register and the selected breach side by side. */
export const WIDE_SCREEN_QUERY = '(min-width: 1600px)';

export function useWideScreen(): boolean {
  const [wide, setWide] = useState(() => window.matchMedia(WIDE_SCREEN_QUERY).matches);
  useEffect(() => {
    const query = window.matchMedia(WIDE_SCREEN_QUERY);
    const onChange = () => setWide(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return wide;
}
