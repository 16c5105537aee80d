import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translator } from '../i18n';
import { parseNotice } from './parse-notice';
import { warningForPeople, warningKind, warningsForPeople } from './warning-kind';
import { wordReason } from '../reasons/word-reason';
import type { Locale, Translate } from '../i18n-core';
import type { Warning } from './warning-templates';
import { warningFromText } from './warning-text';
import { refusalLine } from '../../test/unit/english-reason';

/** A warning as a person reads it, worded. */
const wordWarning = (stored: Warning, t: Translate, locale: Locale) => wordReason(warningForPeople(stored), t, locale);

const VACANCIES = join(import.meta.dirname, '../../test/fixtures/vacancies');

describe('warningKind: only what the capture failed to read is a problem', () => {
  it.each([
    ['deadline: not stated', 'problem'],
    ['deadline: unreadable date "soon"', 'problem'],
    ['salary: not stated', 'problem'],
    ['grade: unknown grade "X9" in "Grade X9"', 'problem'],
    ['title: not stated', 'problem'],
    // A notice that asks for an essay and does not give its rules: the candidate needs them.
    ['essay.format: not stated', 'problem'],
    ['essay.maxPages: no page limit stated', 'problem'],
    ['essay.titleMustInclude: no naming rule stated', 'problem'],
    ['A note no template wrote', 'problem'],
    ['keyChallenges: none listed', 'absent'],
    ['competencies: none listed', 'absent'],
    ['assessments: no selection steps announced', 'absent'],
    ['titleFr: no French half', 'absent'],
    ['clearance: not stated', 'absent'],
    ['contract: not stated', 'absent'],
    ['minExperienceYears: no "at least N years" in the essential qualifications', 'absent'],
    ['location: read from the French header', 'internal'],
    ['organisation: not in a header; read from the notice text', 'internal'],
    ['title: no English title line; the French title is used', 'internal'],
  ] as const)('%s → %s', (text, kind) => {
    expect(warningKind(warningFromText(text))).toBe(kind);
  });

  it('a complete notice (251836: no key challenges, no selection steps in its text) has no problem', () => {
    const parsed = parseNotice(readFileSync(join(VACANCIES, '251836-officer-defence-policy.txt'), 'utf8'));
    if (!parsed.ok) throw new Error(refusalLine(parsed.reason));
    const { problems, absent } = warningsForPeople(parsed.record.warnings);
    expect(problems).toEqual([]);
    expect(absent.map((w) => wordWarning(w, translator('en'), 'en'))).toEqual([
      'This notice lists no key challenges',
      'This notice announces no selection steps',
    ]);
  });
});

describe('wordWarning: a candidate’s words, never an internal note', () => {
  it.each([
    ['en', 'keyChallenges: none listed', 'This notice lists no key challenges'],
    ['fr', 'keyChallenges: none listed', 'Cet avis ne mentionne pas de principaux défis'],
    ['en', 'titleFr: no French half', 'This notice has no French version'],
    ['fr', 'titleFr: no French half', 'Cet avis n’a pas de version française'],
    ['en', 'clearance: not stated', 'Security clearance: not stated in this notice'],
    ['fr', 'clearance: not stated', 'Habilitation de sécurité : cet avis ne l’indique pas'],
    ['en', 'salary: not stated', 'Salary: not stated'],
    ['fr', 'deadline: unreadable date "bientôt"', 'Date limite de candidature : date illisible « bientôt »'],
  ] as const)('%s: %s → %s', (locale, text, expected) => {
    expect(wordWarning(warningFromText(text), translator(locale), locale)).toBe(expected);
  });

  it('internal notes are left out of what people see', () => {
    const notes = ['location: read from the French header', 'salary: not stated'].map(warningFromText);
    expect(warningsForPeople(notes)).toEqual({ problems: [notes[1]], absent: [] });
  });
});
