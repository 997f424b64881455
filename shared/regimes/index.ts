import { PECR } from './pecr';
import type { Regime, RegimeId } from './regime';
import { UK_GDPR } from './uk-gdpr';

export type { Regime, RegimeId } from './regime';
export { REGIME_IDS } from './regime';

export const REGIMES: Readonly<Record<RegimeId, Regime>> = { uk_gdpr: UK_GDPR, pecr: PECR };

export const DEFAULT_REGIME: RegimeId = 'uk_gdpr';

export function regimeFor(id: RegimeId): Regime {
  return REGIMES[id];
}
