import { describe, expect, it } from 'vitest';
import { CYBER_IMPACTS, RECOVERY_TIMES } from '../../../shared/incident-ico-answers';
import { CYBER_IMPACT_LABELS, RECOVERY_TIME_LABELS } from '../../../shared/vocabulary/record-values';

/**
 * The options of the ICO online form's cyber questions, as the form names them: each of our
 * labels must start with the form's name, so the person picks the same option there.
 */
const ICO_IMPACT_OPTIONS: Record<(typeof CYBER_IMPACTS)[number], string> = {
  high: 'High',
  medium: 'Medium',
  low: 'Low',
  not_yet_known: 'Not yet known',
};
const ICO_RECOVERY_OPTIONS: Record<(typeof RECOVERY_TIMES)[number], string> = {
  regular: 'Regular',
  supplemented: 'Supplemented',
  extended: 'Extended',
  not_recoverable: 'Not recoverable',
  complete: 'Already recovered',
  not_yet_known: 'Not yet known',
};

describe('the cyber incident scales follow the ICO form', () => {
  it('has a label for every value, starting with the form’s option', () => {
    for (const impact of CYBER_IMPACTS) expect(CYBER_IMPACT_LABELS[impact].startsWith(ICO_IMPACT_OPTIONS[impact]), impact).toBe(true);
    for (const time of RECOVERY_TIMES) expect(RECOVERY_TIME_LABELS[time].startsWith(ICO_RECOVERY_OPTIONS[time]), time).toBe(true);
  });

  it('says what each level means in the form’s terms: critical services for impact, resources and predictability for recovery', () => {
    expect(CYBER_IMPACT_LABELS.high).toMatch(/lost all ability to provide critical services/);
    expect(CYBER_IMPACT_LABELS.medium).toMatch(/critical services to some users/);
    expect(CYBER_IMPACT_LABELS.low).toMatch(/still provide critical services/);
    expect(RECOVERY_TIME_LABELS.regular).toMatch(/predictable with the resources we have/);
    expect(RECOVERY_TIME_LABELS.supplemented).toMatch(/predictable with more resources/);
    expect(RECOVERY_TIME_LABELS.extended).toMatch(/not predictable.*extra resources/);
  });
});
