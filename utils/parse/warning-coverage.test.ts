import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDetailSnapshot } from '../capture/detail-capture';
import { mergeRow } from '../db-writer/merge';
import type { ParseOptions } from './parse-notice';
import { parseNotice } from './parse-notice';
import { RETIRED_WARNINGS, WARNING_TEMPLATES, type Warning, type WarningId } from './warning-templates';
import { englishWarning } from '../../test/unit/template-english';
import { matchWarning } from './warning-text';
import { refusalLine } from '../../test/unit/english-reason';

// Every warning the capture code actually writes must be one the UI recognises, or a French user
// sees it in English. The warnings are gathered by running the real code on the fixture notices
// (as they are, flattened, cut to one half) and on snippets shaped to miss one thing each.

const VACANCIES = join(import.meta.dirname, '../../test/fixtures/vacancies');
const FIXTURES = ['251836-officer-defence-policy.txt', '250875-heads-nasp-and-mo.txt', '250443-asg-defence-policy-planning.md'].map((file) =>
  readFileSync(join(VACANCIES, file), 'utf8'),
);
const OFFICER = FIXTURES[0] ?? '';
const FRENCH_TITLE = 'Administratrice/Administrateur, Politique de défense - 251836';
const ENGLISH_HALF = OFFICER.slice(0, OFFICER.indexOf(FRENCH_TITLE));
const FRENCH_HALF = OFFICER.slice(OFFICER.indexOf(FRENCH_TITLE));
const ENGLISH_BODY = ENGLISH_HALF.slice(ENGLISH_HALF.indexOf('1. SUMMARY'));
const FRENCH_HEADER = FRENCH_HALF.slice(0, FRENCH_HALF.indexOf('1. RÉSUMÉ'));
const FRENCH_BODY = FRENCH_HALF.slice(FRENCH_HALF.indexOf('1. RÉSUMÉ'));

const BODY = `1. SUMMARY
The Division leads NATO work on defence policy.
2. QUALIFICATIONS AND EXPERIENCE
ESSENTIAL
- possess at least 6 years of relevant work experience;
- possess the following minimum levels of NATO's official languages (English/French): V ("Advanced") in one; I ("Beginner") in the other;`;
const notice = (header: string, body = BODY) => `Officer, Defence Policy - 251836\n${header}\nDescription:\n${body}`;

/** [what the input is, its text, parse options] */
const INPUTS: [string, string, ParseOptions?][] = [
  ...FIXTURES.map((text, i): [string, string] => [`fixture ${i}`, text]),
  ...FIXTURES.map((text, i): [string, string] => [`fixture ${i} flattened`, text.replace(/\s+/g, ' ')]),
  ['English half only', ENGLISH_HALF],
  ['French half only', FRENCH_HALF],
  // The portal's French page: French title and header over the English body.
  ['French header over the English body', FRENCH_HEADER + ENGLISH_BODY],
  ['French half without its title line', ENGLISH_HALF + FRENCH_BODY],
  ['bad source URL', OFFICER, { sourceUrl: 'not a url' }],
  ['title line too long to keep whole', OFFICER.replace('Officer, Defence Policy - 251836', `Officer, Defence Policy ${'and Planning '.repeat(30)}- 251836`)],
  ['French header fills the English one', OFFICER.replace('Primary Location: Belgium-Brussels', '')],
  ['headers disagree on the deadline', OFFICER.replace('Date de retrait : 4-jan.-2026', 'Date de retrait : 11-jan.-2026')],
  ['no header at all', notice('')],
  ['unreadable deadline', notice('Application Deadline: soon')],
  ['time shown, zone unknown', notice('Application Deadline 11-Oct-2026, 9:59:00 PM')],
  ['time shown, zone unheard of', notice('Application Deadline 11-Oct-2026, 9:59:00 PM'), { pageTimeZone: 'Mars/Olympus' }],
  ['time shown in a zone it does not fit', notice('Application Deadline 12-Oct-2026, 12:59:00 AM'), { pageTimeZone: 'CET' }],
  ['time shown that is no 23:59 Brussels close', notice('Application Deadline 11-Oct-2026, 3:17:00 PM')],
  ['closing time with the zone the notice names', notice('Closing Date: 15 September 2025, 23:59 EDT')],
  ['salary without an amount', notice('Salary (Pay Basis): to be confirmed')],
  ['salary too long to be a number', notice(`Salary (Pay Basis): 1${'0'.repeat(400)} (EUR) Monthly`)],
  ['salary without a currency', notice('Salary (Pay Basis): 9,253.21 Monthly')],
  ['salary without a period', notice('Salary (Pay Basis): 9,253.21 (EUR)')],
  ['grade out of range', notice('Grade G99')],
  ['grade without a code', notice('Grade Senior')],
  ['grade of punctuation only', notice('Grade: ;')],
  ['body missing languages and experience', notice('Grade G20', '1. SUMMARY\nThe Division leads NATO work on defence policy.')],
  [
    'more posts listed than stated',
    `Head, NATO Affairs (1 post) - 250875\nGrade G22\nDescription:\n${BODY}\n- Head, NATO Affairs (G22) (PASP0109)\n- Head, Multilateral Organisations (G22) (PASP0110)`,
  ],
  ['bare essay request, no deadline', notice('Grade G20', `${BODY}\nPlease attach an essay.`)],
  ['a job board\'s copy: no reference, no header, the body named in the text', '1. SUMMARY\nThe NATO Support and Procurement Agency (NSPA) seeks an officer. The incumbent is responsible for the duties below.'],
  ['a rolling vacancy', notice('Application Deadline: Ongoing')],
  ['a board\'s salary range', notice('Salary: $85,000 - $95,000 / YEAR')],
  ['contract without its terms', notice('Grade G20', `${BODY}\n3. CONTRACT\nA definite duration contract will be offered.`)],
];

function emitted(): Map<string, { source: string; warning: Warning }> {
  const warnings = new Map<string, { source: string; warning: Warning }>();
  const note = (source: string, list: readonly Warning[]) => {
    for (const warning of list) if (!warnings.has(englishWarning(warning))) warnings.set(englishWarning(warning), { source, warning });
  };
  for (const [source, text, options] of INPUTS) {
    const result = parseNotice(text, options);
    if (!result.ok) throw new Error(`${source}: ${refusalLine(result.reason)}`);
    note(source, result.warnings);
  }
  const page = { text: OFFICER, fallbackText: notice('Grade G20'), pageTimeZone: null, sourceUrl: 'https://nato.taleo.net/careersection/2/jobdetail.ftl?job=999999', urlReference: '999999' };
  const mismatch = parseDetailSnapshot(page);
  const unreadable = parseDetailSnapshot({ ...page, text: '', urlReference: '251836' });
  note('page address and notice disagree', mismatch.warnings);
  note('page body unreadable', unreadable.warnings);
  note('page text cut', parseDetailSnapshot({ ...page, urlReference: '251836', textCut: true }).warnings);
  const row = { reference: '251836', title: 'Officer, Defence Policy', location: null, organisation: null, deadline: null, closesAt: null, grade: null, sourceUrl: null };
  note('results-page row', mergeRow(undefined, row, new Date('2025-12-01T09:00:00Z')).record.warnings);
  return warnings;
}

const WARNINGS = emitted();

describe('every warning the capture writes', () => {
  // Long runs of digits (the overflowing salary) are cut in the test name only.
  const cases = [...WARNINGS].map(([text, { source, warning }]) => ({ text, warning, source, shown: text.replace(/\d{20,}/g, (run) => `${run.slice(0, 5)}…`) }));
  it.each(cases)('is of a known template, its English read back to it: $shown (from $source)', ({ text, warning }) => {
    expect(Object.hasOwn(WARNING_TEMPLATES, warning.id) && warning.id !== 'unrecognised').toBe(true);
    expect(matchWarning(text)?.id).toBe(warning.id);
  });

  it('comes from every template, so the inputs above exercise the whole table', () => {
    const seen = new Set([...WARNINGS.values()].map(({ warning }) => warning.id));
    const missing = (Object.keys(WARNING_TEMPLATES) as WarningId[]).filter((id) => !seen.has(id) && !RETIRED_WARNINGS.includes(id) && id !== 'unrecognised');
    expect(missing).toEqual([]);
  });
});
