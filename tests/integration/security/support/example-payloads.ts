/**
 * One plausible payload per operation, for the fuzzer to spoil field by field. An operation not
 * listed here is fuzzed from `{}` (still spoiled by extra keys, wrong types and nesting).
 */
export const EXAMPLE_PAYLOADS: Record<string, Record<string, unknown>> = {
  'session:unlock': { passphrase: 'correct horse battery staple' },
  'session:set-user': { name: 'Zoë Ødegård' },
  'incident:create': { title: 'Laptop left on a train', awareAt: '2026-11-24T10:00:00.000Z' },
  'incident:update': { id: 1, changes: { title: 'Renamed' } },
  'incident:get': { id: 1 },
  'incident:list': { search: 'laptop', status: 'open', limit: 10, offset: 0, sort: 'aware_desc' },
  'incident:timeline': { id: 1 },
  'incident:remove-expired': { id: 1, confirmReference: 'BR-2026-0001' },
  'settings:update': { retentionYears: 6 },
  'draft:save': { key: 'new-incident', values: { title: 'x' } },
  'draft:get': { key: 'new-incident' },
  'draft:clear': { key: 'new-incident' },
  'report:summary-pdf': { id: 1 },
  'assessment:list': { incidentId: 1 },
  'submission:list': { incidentId: 1 },
  'telling:list': { incidentId: 1 },
  'reminder:dismiss': { incidentId: 1 },
  'security:update': { idleLockMinutes: 10, backupReminderDays: 7 },
  'security:change-passphrase': { current: 'old passphrase 123', next: 'new passphrase 456' },
  'backup:create': { folder: '/tmp' },
  'backup:check': { file: '/tmp/breachlog-backup.db', recoveryKey: 'ABCD-EFGH' },
  'backup:restore': { file: '/tmp/breachlog-backup.db', recoveryKey: 'ABCD-EFGH', confirmedHead: null },
  'backup:replaced-delete': { fileName: 'register.db.replaced-2026-11-25T09-00-00-000Z' },
};
