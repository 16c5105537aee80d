import { describe, expect, it } from 'vitest';
import en from '../public/_locales/en/messages.json';
import { FIELD_LABEL_KEY, fieldLabel, fieldLabels } from './field-labels';
import { translator } from './i18n';
import { WARNING_FIELDS } from './parse/warning-templates';

describe('field labels', () => {
  it.each([
    ['deadline', 'Application deadline', 'Date limite de candidature'],
    ['salary', 'Salary', 'Salaire'],
    ['essay.maxPages', 'Essay page limit', 'Nombre maximal de pages de l’essai'],
    ['languages', 'Notice published in', 'Avis publié en'],
    ['status', 'Status', 'Statut'],
  ])('names %s “%s” / “%s”', (field, english, french) => {
    expect(fieldLabel(field, translator('en'))).toBe(english);
    expect(fieldLabel(field, translator('fr'))).toBe(french);
  });

  it('keeps a name it does not know as stored', () => {
    expect(fieldLabel('somethingNew', translator('fr'))).toBe('somethingNew');
    expect(fieldLabel('toString', translator('en'))).toBe('toString');
  });

  it('names several fields in a line', () => {
    expect(fieldLabels(['deadline', 'salary'], translator('fr'))).toBe('Date limite de candidature, Salaire');
  });

  it('labels every field a warning can name, and each key has catalogue text', () => {
    for (const field of WARNING_FIELDS) expect(FIELD_LABEL_KEY).toHaveProperty([field]);
    for (const key of Object.values(FIELD_LABEL_KEY)) expect(en).toHaveProperty([key]);
  });
});
