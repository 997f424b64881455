import { describe, expect, it } from 'vitest';
import { CLOCK_STATE_LABELS, clockState, describeClock, icoDeadline } from '../../../shared/deadline';
import { documentOffered } from '../../../shared/documents/document-offer';
import { EMPTY_INCIDENT_FIELDS, incidentFieldsSchema } from '../../../shared/incident';
import { REGIME_IDS, REGIMES } from '../../../shared/regimes';
import { settingsSchema, DEFAULT_SETTINGS } from '../../../shared/settings';

const AWARE = '2026-11-24T10:00:00.000Z';
const NOW = new Date('2026-11-25T10:00:00.000Z');
const breach = { awareAt: AWARE, reportedAt: null, reportDecision: null } as const;

describe('the clock for near misses and roles', () => {
  it('NM-2 a near miss has no clock, whatever its times and decision', () => {
    for (const reportDecision of [null, 'required', 'not_required'] as const) {
      const clock = clockState({ ...breach, reportDecision, kind: 'near_miss' }, NOW);
      expect(clock).toEqual({ state: 'near_miss', deadline: null, msRemaining: null });
    }
    expect(describeClock(clockState({ ...breach, kind: 'near_miss' }, NOW))).toBe('No clock: a near miss compromised no personal data');
  });

  it('PR-2 a processor gets "without undue delay" to tell the controller, never a 72-hour ICO deadline', () => {
    const untold = clockState({ ...breach, role: 'processor', controllerToldAt: null }, new Date('2026-12-30T00:00:00.000Z'));
    expect(untold).toEqual({ state: 'tell_controller', deadline: null, msRemaining: null });
    expect(describeClock(untold)).toBe('Tell the controller without undue delay (Art. 33(2))');
    expect(clockState({ ...breach, role: 'processor', controllerToldAt: '2026-11-24T11:00:00.000Z' }, NOW).state).toBe('controller_told');
    expect(CLOCK_STATE_LABELS.tell_controller).toBe('Tell the controller');
  });

  it('keeps the 72-hour clock for a breach held as controller, and for inputs made before roles existed', () => {
    const withRole = clockState({ ...breach, kind: 'breach', role: 'controller' }, NOW);
    const without = clockState(breach, NOW);
    expect(withRole).toEqual(without);
    expect(withRole.state).toBe('running');
    expect(withRole.deadline?.toISOString()).toBe('2026-11-27T10:00:00.000Z');
  });

  it('takes the deadline from the regime’s data: elapsed hours from awareness', () => {
    const longer = clockState(breach, NOW, { reportDeadlineHours: 96 });
    expect(longer.deadline?.toISOString()).toBe('2026-11-28T10:00:00.000Z');
    expect(icoDeadline(new Date(AWARE), 24).toISOString()).toBe('2026-11-25T10:00:00.000Z');
    expect(clockState(breach, NOW, { reportDeadlineHours: 24 }).state).toBe('overdue');
  });
});

describe('regimes as data', () => {
  it('gives UK GDPR and PECR 72 elapsed hours (PECR since the Data (Use and Access) Act 2025, per the ICO’s guide of 20 August 2025)', () => {
    expect(REGIMES.uk_gdpr.reportDeadlineHours).toBe(72);
    expect(REGIMES.pecr.reportDeadlineHours).toBe(72);
    expect(REGIMES.uk_gdpr.reportCitation).toBe('UK GDPR Art. 33(1)');
    expect(REGIMES.pecr.reportCitation).toMatch(/^PECR reg\. 5A/);
  });

  it('reports every PECR breach, and only UK GDPR breaches likely to result in a risk', () => {
    expect(REGIMES.pecr.reportsEveryBreach).toBe(true);
    expect(REGIMES.uk_gdpr.reportsEveryBreach).toBe(false);
  });

  it('fills every word and citation of every regime', () => {
    for (const id of REGIME_IDS) {
      const regime = REGIMES[id];
      expect(regime.id).toBe(id);
      for (const [field, value] of Object.entries(regime)) {
        if (typeof value === 'string') expect(value.trim(), `${id}.${field}`).not.toBe('');
      }
      expect(Number.isInteger(regime.reportDeadlineHours) && regime.reportDeadlineHours > 0).toBe(true);
    }
  });

  it('defaults the setting to UK GDPR and refuses a regime it does not know', () => {
    expect(DEFAULT_SETTINGS.regime).toBe('uk_gdpr');
    expect(settingsSchema.safeParse({ ...DEFAULT_SETTINGS, regime: 'eu_gdpr' }).success).toBe(false);
    expect(settingsSchema.safeParse({ ...DEFAULT_SETTINGS, regime: 'pecr' }).success).toBe(true);
  });
});

describe('which documents a record offers', () => {
  const record = (kind: 'breach' | 'near_miss', role: 'controller' | 'processor') => ({ kind, role, reference: 'BR-2026-0001' });
  it('offers the ICO draft and letter to a controller’s breach, the notice to a processor’s, nothing to a near miss', () => {
    const offered = (kind: 'breach' | 'near_miss', role: 'controller' | 'processor') =>
      (['ico-report', 'letter', 'controller-notice'] as const).filter((doc) => documentOffered(record(kind, role), doc));
    expect(offered('breach', 'controller')).toEqual(['ico-report', 'letter']);
    expect(offered('breach', 'processor')).toEqual(['controller-notice']);
    expect(offered('near_miss', 'controller')).toEqual([]);
    expect(offered('near_miss', 'processor')).toEqual([]);
  });
});

describe('the role fields’ rules', () => {
  const issues = (changes: object) => {
    const result = incidentFieldsSchema.safeParse({ ...EMPTY_INCIDENT_FIELDS, title: 'x', ...changes });
    return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  };
  it('asks a processor to name the controller it told', () => {
    expect(issues({ role: 'processor', controllerToldAt: AWARE })).toEqual(['controllerName: Name the controller you told']);
    expect(issues({ role: 'processor', controllerToldAt: AWARE, controllerName: 'Client Ltd' })).toEqual([]);
  });
  it('refuses controller details on a controller’s own record, and processor details on a processor’s', () => {
    expect(issues({ controllerName: 'Client Ltd' })[0]).toMatch(/^controllerName: Only a processor/);
    expect(issues({ role: 'processor', processorName: 'Other', processorToldAt: AWARE })[0]).toMatch(/^processorToldAt:/);
  });
  it('starts a told controller’s awareness no later than the telling', () => {
    expect(issues({ processorName: 'IT Ltd', processorToldAt: AWARE, awareAt: '2026-11-24T12:00:00.000Z' })[0]).toMatch(/^awareAt: You were told/);
    expect(issues({ processorName: 'IT Ltd', processorToldAt: AWARE, awareAt: AWARE })).toEqual([]);
    expect(issues({ processorToldAt: AWARE, awareAt: AWARE })).toEqual(['processorName: Name the processor that told you']);
  });
});
