import { describe, expect, it } from 'vitest';
import { statedDurations } from './offer-checklist';

describe('statedDurations: the body whose own pages give clearance and medical durations', () => {
  it.each([
    ['NATO Communications and Information Agency (NCIA)', 'NCIA'],
    ['NCI Agency', 'NCIA'],
    ['NCIA', 'NCIA'],
    ["Agence OTAN d'information et de communication", 'NCIA'],
    ['NATO Support and Procurement Agency (NSPA)', 'NSPA'],
    ['NSPA', 'NSPA'],
    ['NATO International Staff (NATO IS)', null],
    ['OTAN SI', null],
    [null, null],
  ])('%s', (organisation, expected) => {
    expect(statedDurations(organisation)?.body ?? null).toBe(expected);
  });
});
