import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNotice } from './parse-notice';
import { refusalLine } from '../../test/unit/english-reason';

// A title line far longer than any real title (issue 23, item 9): the bilingual notice is still read
// as English then French, its title cut with a warning that says so; never a silent switch of language.

const TEXT = readFileSync(join(import.meta.dirname, '../../test/fixtures/vacancies/251836-officer-defence-policy.txt'), 'utf8');
const LONG = `Officer, Defence Policy ${'and Planning, Strategy and Partnerships '.repeat(8).trim()}`;

describe('a title line over 260 characters', () => {
  it.each([
    ['as printed', TEXT.replace('Officer, Defence Policy - 251836', `${LONG} - 251836`)],
    ['its line breaks lost', TEXT.replace('Officer, Defence Policy - 251836', `${LONG} - 251836`).replace(/\s+/g, ' ')],
  ])('keeps the English half and cuts the title with a warning (%s)', (_shape, text) => {
    expect(LONG.length).toBeGreaterThan(260);
    const result = parseNotice(text);
    if (!result.ok) throw new Error(refusalLine(result.reason));
    const { record } = result;
    expect(record.languages).toEqual(['en', 'fr']);
    expect(record.reference).toBe('251836');
    expect(record.title?.startsWith('Officer, Defence Policy and Planning, Strategy')).toBe(true);
    expect(record.title?.endsWith('…')).toBe(true);
    expect(record.title?.length).toBeLessThanOrEqual(251);
    expect(record.titleFr).toBe('Administratrice/Administrateur, Politique de défense');
    expect(record.warnings).toContainEqual({ id: 'titleCut', values: { length: LONG.length, kept: (record.title?.length ?? 0) - 1 } });
    expect(record.warnings.map((w) => w.id)).not.toContain('noEnglishHalf');
  });
});
