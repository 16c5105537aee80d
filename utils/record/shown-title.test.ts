import { describe, expect, it } from 'vitest';
import { shownTitle } from './shown-title';

// 251836's two halves: "Officer, Defence Policy" and « Administratrice/Administrateur, Politique de défense ».
const BOTH = { title: 'Officer, Defence Policy', titleFr: 'Administratrice/Administrateur, Politique de défense', languages: ['en', 'fr'] as ('en' | 'fr')[] };

describe('the title shown', () => {
  it.each([
    ['a bilingual notice in a French view: its French title', BOTH, 'fr', { text: BOTH.titleFr, lang: 'fr' }],
    ['a bilingual notice in an English view: its English title', BOTH, 'en', { text: BOTH.title, lang: 'en' }],
    ['an English-only notice in a French view: its English title, marked English', { ...BOTH, titleFr: null, languages: ['en'] }, 'fr', { text: BOTH.title, lang: 'en' }],
    ['a French-only notice in an English view: its one title, marked French', { title: 'Chef de section', titleFr: null, languages: ['fr'] }, 'en', { text: 'Chef de section', lang: 'fr' }],
    ['a results row (no halves known) in a French view: the title as listed', { title: 'Officer, Defence Policy', titleFr: null, languages: [] }, 'fr', { text: 'Officer, Defence Policy', lang: 'en' }],
  ] as const)('%s', (_case, record, locale, expected) => {
    expect(shownTitle({ ...record, languages: [...record.languages] }, locale)).toEqual(expected);
  });
});
