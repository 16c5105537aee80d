import { describe, expect, it } from 'vitest';
import { translator } from '../../utils/i18n';
import { normaliseGrade } from '../../utils/grades/normalise-grade';
import { shortGradeText } from './labels';

const en = translator('en');
const fr = translator('fr');

describe('comparison labels', () => {
  it.each([
    ['NATO Grade G17-G20', 'G17–G20', 'G17–G20'],
    ['Unclassified', 'Unclassified', 'Non classé'],
    ['TEMP', 'Temporary', 'Temporaire'],
    ['', 'Grade not stated', 'Grade non indiqué'],
  ])('short grade %j', (label, english, french) => {
    expect(shortGradeText(normaliseGrade(label), en)).toBe(english);
    expect(shortGradeText(normaliseGrade(label), fr)).toBe(french);
  });
});
