import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { editDistance, matchNameItem, splitFileName, suggestFileName } from './name-rules';
import { VACANCY_250443, VACANCY_250875 } from '../../test/unit/record-factory';

describe('matchNameItem: the reference as a whole token', () => {
  it.each([
    ['250875_Key challenges', 'exact', '250875'],
    ['250875 Key challenges', 'exact', '250875'],
    ['Key challenges-250875', 'exact', '250875'],
    ['essay (250875)', 'exact', '250875'],
    ['2508751', 'near-miss', '2508751'],
    ['VAC250875 essay', 'near-miss', 'VAC250875'],
    ['250875x', 'near-miss', '250875x'],
    ['250857 Key challenges', 'other-reference', '250857'],
    ['251836 essay', 'other-reference', '251836'],
    ['essay 2025', 'missing', undefined],
    ['', 'missing', undefined],
  ] as const)('%j → %s', (stem, kind, found) => {
    const match = matchNameItem(stem, '250875');
    expect(match.kind).toBe(kind);
    expect('found' in match ? match.found : undefined).toBe(found);
  });
});

describe('matchNameItem: "Key challenges"', () => {
  it.each([
    ['Key challenges', 'exact', 'Key challenges'],
    ['key CHALLENGES', 'exact', 'key CHALLENGES'],
    ['250875_Key_challenges', 'exact', 'Key_challenges'],
    ['Key-challenges 250875', 'exact', 'Key-challenges'],
    ['Key - challenges', 'exact', 'Key - challenges'],
    ['Keychallenges', 'near-miss', 'Keychallenges'],
    ['KeyChallenges 250875', 'near-miss', 'KeyChallenges'],
    ['Key.challenges', 'near-miss', 'Key.challenges'],
    ['MyKey challenges', 'near-miss', 'MyKey challenges'],
    ['Key challenge', 'near-miss', 'Key challenge'],
    ['250875 Key challenge essay', 'near-miss', 'Key challenge'],
    ['Key chalenges', 'near-miss', 'Key chalenges'],
    ['Kye challenges', 'near-miss', 'Kye challenges'],
    ['my essay', 'missing', undefined],
    ['challenges', 'missing', undefined],
    ['Key issues', 'missing', undefined],
  ] as const)('%j → %s', (stem, kind, found) => {
    const match = matchNameItem(stem, 'Key challenges');
    expect(match.kind).toBe(kind);
    expect('found' in match ? match.found : undefined).toBe(found);
  });

  it('gives the span of what it found', () => {
    const match = matchNameItem('250443 Key challenges', 'Key challenges');
    expect(match).toEqual({ kind: 'exact', found: 'Key challenges', span: [7, 21] });
  });
});

describe('matchNameItem: an agency reference with slashes and spaces, which no file name can hold as printed', () => {
  it.each([
    ['JFC NP 02/2024', 'JFC NP 02-2024 Key challenges', 'exact', 'JFC NP 02-2024'],
    ['JFC NP 02/2024', 'JFC_NP_02_2024 essay', 'exact', 'JFC_NP_02_2024'],
    ['JFC NP 02/2024', 'JFCNP 02-2024 essay', 'near-miss', 'JFCNP 02-2024'],
    ['NCIA/CS/0212_24', 'NCIA-CS-0212_24 Key challenges', 'exact', 'NCIA-CS-0212_24'],
    ['NCIA/CS/0212_24', 'NCIA CS 0212 24', 'exact', 'NCIA CS 0212 24'],
  ] as const)('%j in %j → %s', (item, stem, kind, found) => {
    const match = matchNameItem(stem, item);
    expect(match.kind).toBe(kind);
    expect('found' in match ? match.found : undefined).toBe(found);
  });

  it('suggests a name with the reference written as a file name can hold it, which then meets the rule', () => {
    const vacancy = { ...VACANCY_250875, reference: 'JFC NP 02/2024', essay: { ...VACANCY_250875.essay!, titleMustInclude: ['JFC NP 02/2024', 'Key challenges'] } };
    const suggestion = suggestFileName('my essay.docx', vacancy);
    expect(suggestion).toBe('JFC NP 02-2024 Key challenges - my essay.docx');
    expect(suggestFileName(suggestion ?? '', vacancy)).toBe(suggestion);
  });
});

describe('splitFileName', () => {
  it.each([
    ['my essay.docx', 'my essay', '.docx'],
    ['a.b.doc', 'a.b', '.doc'],
    ['.docx', '', '.docx'],
    ['no extension', 'no extension', ''],
  ])('%j', (name, stem, ext) => {
    expect(splitFileName(name)).toEqual({ stem, ext });
  });
});

describe('suggestFileName', () => {
  it.each([
    ['my essay.docx', VACANCY_250443, '250443 Key challenges - my essay.docx'],
    ['.docx', VACANCY_250443, '250443 Key challenges.docx'],
    ['250443 Key challenges.docx', VACANCY_250443, '250443 Key challenges.docx'],
    ['Key_challenges_250443_v2.docx', VACANCY_250443, 'Key_challenges_250443_v2.docx'],
    ['250443 my essay.docx', VACANCY_250443, '250443 Key challenges - my essay.docx'],
    ['250443 Key challenge.docx', VACANCY_250443, '250443 Key challenges.docx'],
    ['Keychallenges - draft 3.docx', VACANCY_250875, '250875 Key challenges - draft 3.docx'],
    ['2508751 essay.docx', VACANCY_250875, '250875 Key challenges - essay.docx'],
    ['251836_Key challenges_final.docx', VACANCY_250875, '250875 Key challenges - final.docx'],
    ['essay', VACANCY_250875, '250875 Key challenges - essay'],
    ['my essay.pdf', VACANCY_250875, '250875 Key challenges - my essay.pdf'],
  ])('%j → %j', (name, vacancy, expected) => {
    expect(suggestFileName(name, vacancy)).toBe(expected);
  });

  it('suggests nothing without a rule', () => {
    expect(suggestFileName('x.docx', null)).toBeNull();
    expect(suggestFileName('x.docx', { reference: '1', closesAt: null, essay: null })).toBeNull();
    expect(suggestFileName('x.docx', { ...VACANCY_250875, essay: { ...VACANCY_250875.essay!, titleMustInclude: [] } })).toBeNull();
  });

  it('always gives a name that passes every rule, and keeps it on a second pass', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.constantFrom('.docx', '.doc', ''), (stem, ext) => {
        const suggestion = suggestFileName(stem + ext, VACANCY_250875)!;
        const suggestedStem = splitFileName(suggestion).stem;
        for (const item of VACANCY_250875.essay!.titleMustInclude) {
          expect(matchNameItem(suggestedStem, item).kind).toBe('exact');
        }
        expect(suggestFileName(suggestion, VACANCY_250875)).toBe(suggestion);
      }),
    );
  });
});

describe('editDistance', () => {
  it.each([
    ['keychallenges', 'keychallenges', 0],
    ['keychallenge', 'keychallenges', 1],
    ['kyechallenges', 'keychallenges', 1],
    ['abc', 'xyz', 3],
  ])('%s / %s = %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });

  it('stops early past the limit', () => {
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});
