import { describe, expect, it } from 'vitest';
import { linesMatching } from './lines-matching';

const CUE = /\b(?:take\s+place|be\s+held|prévue?s?)/gi;
const CAPITAL_WORD = /\b[A-Z][a-z]+\s+[A-Z][a-z]+/g;

describe('linesMatching: the lines a pattern matches in, from one scan of the text', () => {
  it.each<[string, RegExp, string, string[]]>([
    ['one line of three', CUE, 'Duties\nInterviews will take place in May.\nEnd', ['Interviews will take place in May.']],
    ['at a line start, and two in one line (given once)', CUE, 'Take place first.\nnone\nbe held and be held', ['Take place first.', 'be held and be held']],
    ['the same text on two lines: both', CUE, 'be held\nx\nbe held', ['be held', 'be held']],
    ['words split by a line break are no match of either line', CUE, 'Tests will take\nplace in June.', []],
    ['a match over a break does not hide one after it on the next line', CAPITAL_WORD, 'says Anna\nBerg Carl Dahl', ['Berg Carl Dahl']],
    ['a match over a break does not hide the next line\'s own match inside it', CAPITAL_WORD, 'a Bc\nDe Fg', ['De Fg']],
    ['a French accent in the word', CUE, 'Les entretiens sont prévus en juin', ['Les entretiens sont prévus en juin']],
    ['a last line with no break after it', CUE, 'first\nbe held', ['be held']],
    ['a carriage return stays in its line, as with split', CUE, 'be held\r\nnothing\r\n', ['be held\r']],
    ['no match at all', CUE, 'Nothing scheduled here.\nNor here.', []],
  ])('%s', (_name, pattern, text, expected) => {
    expect(linesMatching(text, pattern)).toEqual(expected);
  });
});
