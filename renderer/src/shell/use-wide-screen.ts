import { useMediaQuery } from './use-media-query';

/** Wide enough to show the register and the selected breach side by side. */
export const WIDE_SCREEN_QUERY = '(min-width: 1600px)';

export function useWideScreen(): boolean {
  return useMediaQuery(WIDE_SCREEN_QUERY);
}
