/**
 * What each kind of audit-trail entry did, as a breach's timeline says it. Every action the
 * services write has words here (tests/unit/vocabulary/trail-actions.test.ts reads the services
 * to hold that), so a timeline never falls back to the stored name.
 */
export const TRAIL_ACTION_LABELS = {
  created: 'Recorded the breach',
  changed: 'Changed the record',
  assessed: 'Assessed the risk',
  decided: 'Recorded a decision',
  reported: 'Recorded a report to the ICO',
  people_told: 'Recorded telling the people affected',
  awareness_corrected: 'Corrected the time we became aware',
  reminder_fired: 'A deadline reminder fired',
  attachment_added: 'Added evidence',
  attachment_removed: 'Removed evidence',
  letter_saved: 'Saved the letter to the people affected',
  letter_restored: 'Made an earlier version of the letter the current one',
  removed_after_retention: 'Removed at the end of its retention period',
  restored: 'Restored the register from a backup',
  settings_changed: 'Changed the register’s settings',
  security_changed: 'Changed a security setting',
  trail_baseline: 'Sealed as it stood when the trail began checking every record (upgrade)',
} as const satisfies Record<string, string>;

export type TrailAction = keyof typeof TRAIL_ACTION_LABELS;

export function trailActionLabel(action: string): string {
  return action in TRAIL_ACTION_LABELS ? TRAIL_ACTION_LABELS[action as TrailAction] : action.replaceAll('_', ' ');
}
