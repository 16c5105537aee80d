// House rules for reasons and formatting (issue 22): one shape of "a reason as data" with one
// worder, utils/reasons/word-reason.ts, and one home for dates, durations, money, numbers and
// sizes, utils/format/. Read from the source text, like bundles.test.ts and layout.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import { isTestFile, root, sourceFiles } from './import-graph';

const production = ['utils', 'components', 'entrypoints'].flatMap(sourceFiles).filter((file) => !isTestFile(file));
const text = (file: string) => readFileSync(join(root, file), 'utf8');

/** Where a family of reasons maps its data to catalogue keys: the only files that name its keys. */
const FAMILY_TABLES = [
  'utils/parse/warning-reason.ts',
  'utils/parse/warning-kind.ts',
  'utils/parse/refusal.ts',
  'utils/failure.ts',
  'utils/backup/problem-reason.ts',
  'utils/invitation/proposal.ts',
  'utils/stages/step-draft.ts',
];
const CATALOGUE_KEYS = new Set(Object.keys(en));

/** Every catalogue key a reason can name: the families' tables, and the keys findings and notices build (`worded('…')`, `key: '…'`). */
function reasonKeys(): Set<string> {
  const keys = new Set<string>();
  for (const file of FAMILY_TABLES) for (const match of text(file).matchAll(/'(\w+)'/g)) if (CATALOGUE_KEYS.has(match[1]!)) keys.add(match[1]!);
  for (const file of production) {
    for (const match of text(file).matchAll(/\b(?:worded|reason)\(\s*'(\w+)'|\bkey:\s*'(\w+)'/g)) {
      const key = match[1] ?? match[2]!;
      if (CATALOGUE_KEYS.has(key)) keys.add(key);
    }
  }
  return keys;
}

/** The keys a file passes to a translate function itself: `t('…')`, `translator(…)('…')`. */
function translatedKeys(source: string): string[] {
  return [...source.matchAll(/\bt\(\s*'(\w+)'|\btranslator\([^()]*\)\(\s*'(\w+)'/g)].map((match) => match[1] ?? match[2]!);
}

describe('reasons: one shape, one worder', () => {
  it('finds the reasons it checks', () => {
    const keys = reasonKeys();
    for (const key of ['warnNotStated', 'infoNoneListed', 'whyNoSign', 'errBlocked', 'bakFileTooLarge', 'essayDeadlineOpen', 'answerOverLimit', 'aftWhyNoDate', 'aftProblemNoMoment']) expect(keys).toContain(key);
  });

  it('no module but the worder fills a reason’s catalogue text: views and families hand reasons to wordReason', () => {
    const keys = reasonKeys();
    const filled = production.flatMap((file) => translatedKeys(text(file)).filter((key) => keys.has(key)).map((key) => `${file}: t('${key}')`));
    expect(filled).toEqual([]);
  });

  it('the worder imports only the catalogue core and the formatting home', () => {
    const imports = [...text('utils/reasons/word-reason.ts').matchAll(/from '([^']+)'/g)].map((match) => match[1]!);
    expect(imports.filter((path) => path !== '../i18n-core' && path !== './reason' && !path.startsWith('../format/'))).toEqual([]);
  });

  it('the English templates serve only the upgrade of old stored sentences (and name the warnings’ ids)', () => {
    const users = production.filter((file) => file !== 'utils/parse/warning-templates.ts' && /\bWARNING_TEMPLATES\b/.test(text(file)));
    expect(users.sort()).toEqual(['utils/parse/warning-reason.ts', 'utils/parse/warning-text.ts']);
    // warning-reason.ts only asks whether an id is known, never for the English text.
    expect(text('utils/parse/warning-reason.ts').match(/WARNING_TEMPLATES\[/g)).toBeNull();
  });

  it('the worders of before are gone: no second way to word a reason', () => {
    const retired = /\bfunction (englishWarning|englishRefusal|fillTemplate|localiseWarning|localiseRefusal|wordWarning|wordFinding|failureText|describeFailure|describeFileProblem|describeEntryProblem)\b/;
    expect(production.filter((file) => retired.test(text(file)))).toEqual([]);
  });
});

describe('formatting: one home', () => {
  /** Intl's formatters and Date's locale methods word dates, numbers, money and sizes: only utils/format/ calls them. */
  const FORMATTING = /\bIntl\.(DateTimeFormat|NumberFormat|RelativeTimeFormat|ListFormat|DurationFormat)\b|\.toLocale(String|DateString|TimeString)\(/;
  // utils/time/zones.ts asks Intl for an instant's wall-clock parts in a zone: arithmetic, not wording.
  const ARITHMETIC = ['utils/time/zones.ts'];

  it('no Intl formatter or toLocale…String outside utils/format/', () => {
    const outside = production.filter((file) => !file.startsWith('utils/format/') && !ARITHMETIC.includes(file) && FORMATTING.test(text(file)));
    expect(outside).toEqual([]);
  });

  it('plural forms come from the language’s rules in one place (utils/i18n-core.ts), never picked by hand', () => {
    expect(production.filter((file) => file !== 'utils/i18n-core.ts' && /\bIntl\.PluralRules\b/.test(text(file)))).toEqual([]);
    // "item(s)" in code, or a pair of keys chosen by `=== 1`: the catalogue's {n|one|other} does it.
    const handMade = /(['"`])[^'"`\n]*?[a-z]\(s\)[^'"`\n]*?\1|\?\s*'\w+One'\s*:|=== 1 \? '\w+' : '\w+'/;
    expect(production.filter((file) => handMade.test(text(file)))).toEqual([]);
  });
});
