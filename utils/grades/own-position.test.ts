import { describe, expect, it } from 'vitest';
import { SettingsSchema } from '../settings/settings';
import { ownPositionToInput, parseOwnPositionInput, type OwnPositionInput } from './own-position';

describe('parseOwnPositionInput', () => {
  it.each<[OwnPositionInput, { grade: string; monthlySalaryCents: number; currency: string }]>([
    [{ grade: 'G20', salary: '9,253.21', currency: 'EUR' }, { grade: 'G20', monthlySalaryCents: 925321, currency: 'EUR' }],
    [{ grade: 'G20', salary: '9 253,21', currency: 'eur' }, { grade: 'G20', monthlySalaryCents: 925321, currency: 'EUR' }],
    [{ grade: 'G10', salary: ' 5260.65 ', currency: ' EUR ' }, { grade: 'G10', monthlySalaryCents: 526065, currency: 'EUR' }],
    [{ grade: 'G1', salary: '2500', currency: 'GBP' }, { grade: 'G1', monthlySalaryCents: 250000, currency: 'GBP' }],
  ])('%j is valid', (input, value) => {
    const result = parseOwnPositionInput(input);
    expect(result).toEqual({ ok: true, value });
    // What the form saves must pass the settings schema.
    if (result.ok) expect(SettingsSchema.shape.ownPosition.parse(result.value)).toEqual(value);
  });

  it.each<[OwnPositionInput, Record<string, string>]>([
    [{ grade: '', salary: '9253.21', currency: 'EUR' }, { grade: 'grade' }],
    [{ grade: 'G25', salary: '9253.21', currency: 'EUR' }, { grade: 'grade' }],
    [{ grade: 'G20', salary: '', currency: 'EUR' }, { salary: 'salaryMissing' }],
    [{ grade: 'G20', salary: 'lots', currency: 'EUR' }, { salary: 'salaryUnreadable' }],
    [{ grade: 'G20', salary: '0,00', currency: 'EUR' }, { salary: 'salaryZero' }],
    [{ grade: 'G20', salary: '9253.21', currency: 'EURO' }, { currency: 'currency' }],
    [{ grade: 'G20', salary: '9253.21', currency: '' }, { currency: 'currency' }],
    [{ grade: '', salary: '', currency: '€' }, { grade: 'grade', salary: 'salaryMissing', currency: 'currency' }],
  ])('%j → errors %j', (input, errors) => {
    expect(parseOwnPositionInput(input)).toEqual({ ok: false, errors });
  });
});

describe('ownPositionToInput', () => {
  it.each([
    [{ grade: 'G20', monthlySalaryCents: 925321, currency: 'EUR' }, '.', { grade: 'G20', salary: '9253.21', currency: 'EUR' }],
    [{ grade: 'G20', monthlySalaryCents: 925305, currency: 'EUR' }, ',', { grade: 'G20', salary: '9253,05', currency: 'EUR' }],
    [null, '.', { grade: '', salary: '', currency: 'EUR' }],
  ] as const)('%j with %s → %j', (position, mark, input) => {
    expect(ownPositionToInput(position, mark)).toEqual(input);
  });

  it('round-trips through the parser', () => {
    const position = { grade: 'G15', monthlySalaryCents: 671306, currency: 'EUR' };
    expect(parseOwnPositionInput(ownPositionToInput(position, ','))).toEqual({ ok: true, value: position });
  });
});
