import type { Migration } from '../migration';
import { migration0001 } from './0001-incident';
import { migration0002 } from './0002-register-and-audit';
import { migration0003 } from './0003-assessment';
import { migration0004 } from './0004-clock';
import { migration0005 } from './0005-trail-rows';
import { migration0006 } from './0006-attachments';
import { migration0007 } from './0007-near-misses-and-roles';
import { migration0008 } from './0008-register-list-indexes';
import { migration0009 } from './0009-contentless-search';
import { migration0010 } from './0010-letter-versions';
import { migration0011 } from './0011-compact-trail';
import { migration0012 } from './0012-search-rowids-only';
import { migration0013 } from './0013-updated-index-ascending';
import { migration0014 } from './0014-search-pending';
import { migration0015 } from './0015-filters-in-index-entries';
import { migration0016 } from './0016-packed-trail-payloads';
import { migration0017 } from './0017-packed-records';
import { migration0018 } from './0018-deadline-indexes-hold-filters';

/** In order; each is applied in its own transaction and recorded in `user_version`. */
export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004, migration0005, migration0006, migration0007, migration0008, migration0009, migration0010, migration0011, migration0012, migration0013, migration0014, migration0015, migration0016, migration0017, migration0018];
