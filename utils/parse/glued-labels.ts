import { anyOf, HEADER_LABELS, SECTION_HEADINGS } from './vocabulary';

/** A section's number before its heading ("2. POST CONTEXT"). */
const NUMBER_PREFIX = '(?:\\d{1,2}\\s*\\.\\s*)?';

/**
 * A label glued to the value before it, as a copy of a web page or a PDF runs a header together
 * ("Belgium-BrusselsNATO Body …Schedule Full-timeApplication Deadline …", "Vacancy Number:
 * G75/25Post Number: …Job Title: …NATO Grade: 24", "…tax freeClosing Date: …2025POST CONTEXT"):
 * a portal label after any letter, digit or bracket; another template's label only before its
 * colon (a bracket may come between: "Basic Monthly Salary (12 x per year):"). Case as printed:
 * "TITLE" and "Title" are labels, "title" a word.
 */
const GLUED_LABEL_HERE = new RegExp(
  `(?:${HEADER_LABELS.filter((l) => !l.lineStart).map((l) => l.source).join('|')})` +
    `|(?:${HEADER_LABELS.filter((l) => l.lineStart).map((l) => l.source).join('|')})(?=[ \\t]?(?:\\([^)\\n]{1,30}\\)[ \\t]?)?:)`,
  'y',
);
/** A section heading in capitals glued to the end of the line's value ("… 2025POST CONTEXT"). */
const GLUED_HEADING_HERE = new RegExp(`${NUMBER_PREFIX}${anyOf(SECTION_HEADINGS.map((h) => h.source))}[\\s:]*$`, 'y');
const MIN_GLUED_LINE = 16;
/** Capitals are few in prose: the scan jumps from one to the next. */
const CAPITAL = /[A-ZÀ-ÖØ-Þ]/g;

const isCapital = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
const isSmall = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
/** Before a glued label: a small letter, a digit, a closing bracket, "€", "%" or ".". */
const gluesBefore = (c: number): boolean => isSmall(c) || (c >= 48 && c <= 57) || c === 41 || c === 0x20ac || c === 37 || c === 46;

/**
 * Where a label may be glued: a small letter, digit or bracket directly before a capital
 * ("BrusselsNATO", "25Post", "(NATO IMS)Schedule"), or a capital before a capitalised word
 * ("11:59:00 PMSalary"). Prose seldom has either. A loop over character codes, not a pattern: this
 * runs on every line, and on text with any character beyond Latin-1 ("€", "’") patterns with
 * letter classes run many times slower.
 */
function isGluePoint(line: string, at: number): boolean {
  const c = line.charCodeAt(at);
  if (!isCapital(c)) return false;
  const before = line.charCodeAt(at - 1);
  return gluesBefore(before) || (isCapital(before) && isSmall(line.charCodeAt(at + 1)));
}

/** A line cut before each label glued to the value before it (see GLUED_LABEL_HERE); most lines come back whole. */
export function splitGluedLabels(line: string): string[] {
  if (line.length < MIN_GLUED_LINE) return [line];
  let parts: string[] | null = null;
  let from = 0;
  CAPITAL.lastIndex = 1;
  for (let m = CAPITAL.exec(line); m !== null; m = CAPITAL.exec(line)) {
    const at = m.index;
    if (!isGluePoint(line, at)) continue;
    GLUED_LABEL_HERE.lastIndex = at;
    let glued = GLUED_LABEL_HERE.test(line);
    if (!glued && !isCapital(line.charCodeAt(at - 1))) {
      GLUED_HEADING_HERE.lastIndex = at;
      const heading = GLUED_HEADING_HERE.exec(line);
      glued = heading !== null && heading[0] === heading[0].toUpperCase();
    }
    if (!glued) continue;
    (parts ??= []).push(line.slice(from, at));
    from = at;
  }
  if (parts === null) return [line];
  parts.push(line.slice(from));
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

