import type { Migration } from '../migration';
import { migration0001 } from './0001-incident';

/** In order; each is applied in its own transaction and recorded in `user_version`. */
export const MIGRATIONS: readonly Migration[] = [migration0001];
