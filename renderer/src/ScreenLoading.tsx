import type { ReactNode } from 'react';
import { Suspense } from 'react';

/** While a screen's code is fetched the first time it is opened (see lazy-screens.tsx). */
export function ScreenLoading({ children }: { children: ReactNode }) {
  return <Suspense fallback={<p role="status">Opening this page…</p>}>{children}</Suspense>;
}
