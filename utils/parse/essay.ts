import type { EssayRules } from '../record/vacancy-record';
import { sentences } from './blocks';
import { findDate } from './dates';
import { COUNT_SOURCE, parseCount } from './numbers';
import { warning, type Warning } from './warning-templates';

/**
 * The essay some notices ask for (typically on the key challenges): format, page limit, what the
 * file title must include and when it is due. Each rule is read only where the notice states it.
 */

// Case-sensitive on purpose (with the capitalised forms spelled out): it scans the whole half.
const ESSAY_REQUEST =
  /\b[Ee]ssay\b|\b(?:[Aa]ttach|[Ss]ubmit|[Uu]pload|[Pp]rovide)\b[^.]{0,120}?\b(?:MS Word|Microsoft Word|Word|PDF)\s+document\b|\bjoindre\b[^.]{0,120}?\bdocument (?:MS )?Word\b/g;
// An attached document is an essay when it gives views (not a diploma or a certificate).
const ESSAY_TOPIC = /summar|views|challenges|point de vue|défis|approach|approche/i;
const ESSAY_TOPIC_REACH = 300;
const FORMAT_WORD = /\b(?:MS|Microsoft)\s+Word\b|\bWord document\b|\bdocument (?:MS )?Word\b/i;
const FORMAT_PDF = /\bPDF\b/;
const WORD_OR_PDF = /\bWord\b[^.]{0,40}\bor\b[^.]{0,10}\bPDF\b|\bPDF\b[^.]{0,10}\bor\b[^.]{0,40}\bWord\b/;
const PAGES = `(?:A4\\s+)?pages?(?![a-z])`;
const MAX_PAGES = new RegExp(
  [
    `\\b(?:maximum(?: of)?|max\\.?|no more than|not more than|not (?:to )?exceed(?:ing)?|up to|at most|limited to|limit (?:yourself|yourselves|it) to(?: a)?(?: maximum(?: of)?)?|ne doit pas dépasser|ne pas dépasser|au maximum|au plus|vous limiter à)\\s+(${COUNT_SOURCE})\\s+${PAGES}`,
    `\\b(${COUNT_SOURCE})[- ](?:A4[- ])?pages?\\s+(?:maximum|max|at most|au maximum|in length)\\b`,
    `\\b(${COUNT_SOURCE})-page\\b`,
  ].join('|'),
  'i',
);
// Case-sensitive (sentence starts spelled out) because it is tried on every line of the half.
const NAMING_RULE =
  /\b(?:title|name|file ?name)\s+of\s+(?:the|your)\s+(?:attachment|document|essay|file)\b|\b(?:[Aa]ttachment|[Dd]ocument|[Ee]ssay|[Ff]ile)\s+(?:must|should)\s+be\s+(?:named|titled|entitled)\b|\b(?:[Ll]e titre|[Ll]'objet|[Ll]e nom)\s+(?:du document|de la pièce jointe|du fichier)\b/;
const QUOTED = /"\s*([^"\n]{2,60}?)\s*"|«\s*([^»\n]{2,60}?)\s*»/g;
const MENTIONS_REFERENCE = /\breference\b|\bjob number\b|\bréférence\b/i;
const DUE_DATE_CUE = /\b(?:by latest|at the latest by|by the latest|no later than|not later than|by|before|jusqu'au|au plus tard le|avant le)\s+(?:the\s+|le\s+)?(?=\d)/gi;
const MENTIONS_ESSAY = /\b[Ee]ssay\b|\b[Aa]ttach|\bjoindre\b|\b[Dd]ocument\b/;
/** The page limit is stated with the request, not pages away from it. */
const PAGE_LIMIT_BEFORE = 600;
const PAGE_LIMIT_AFTER = 1500;

export interface EssayReading {
  essay: EssayRules | null;
  warnings: Warning[];
}

// Substrings one of which a line must hold before the patterns are tried on it (a plain substring
// search is far cheaper than a pattern starting with alternatives).
const ESSAY_HINTS = ['ssay', 'ttach', 'joindre', 'ocument'];
const NAMING_HINTS = ['title', 'name', 'titre', 'objet', 'nom'];
// Both sets found in one pass over the text: each substring search through a whole notice costs
// about as much as this one pass over all of them.
const HINT = new RegExp([...ESSAY_HINTS, ...NAMING_HINTS].join('|'), 'g');
const IS_ESSAY_HINT = new Set(ESSAY_HINTS);

interface HintedLines {
  essay: string[];
  naming: string[];
}

/** The lines of `text` that hold an essay hint, and those that hold a naming hint, in text order. */
function hintedLines(text: string): HintedLines {
  const lines: HintedLines = { essay: [], naming: [] };
  let lineStart = -1;
  let lineEnd = -1;
  let line = '';
  let inEssay = false;
  let inNaming = false;
  for (const m of text.matchAll(HINT)) {
    if (m.index >= lineEnd) {
      lineStart = text.lastIndexOf('\n', m.index) + 1;
      const end = text.indexOf('\n', m.index);
      lineEnd = end < 0 ? text.length : end;
      line = text.slice(lineStart, lineEnd);
      inEssay = false;
      inNaming = false;
    }
    if (IS_ESSAY_HINT.has(m[0])) {
      if (!inEssay) lines.essay.push(line);
      inEssay = true;
    } else {
      if (!inNaming) lines.naming.push(line);
      inNaming = true;
    }
  }
  return lines;
}

/** The sentences of the lines (blocks) that pass `filter`: splitting a whole notice costs too much. */
function sentencesOf(lines: readonly string[], filter: RegExp): string[] {
  const out: string[] = [];
  for (const line of lines) if (filter.test(line)) out.push(...sentences(line));
  return out;
}

function findDueDate(lines: HintedLines): string | null {
  for (const s of sentencesOf(lines.essay, MENTIONS_ESSAY)) {
    if (!MENTIONS_ESSAY.test(s)) continue;
    for (const cue of s.matchAll(DUE_DATE_CUE)) {
      const date = findDate(s.slice(cue.index + cue[0].length, cue.index + cue[0].length + 40));
      if (date !== null && date.index === 0) return date.date;
    }
  }
  return null;
}

function findTitleRule(lines: HintedLines, reference: string | null): string[] | null {
  for (const s of sentencesOf(lines.naming, NAMING_RULE)) {
    if (!NAMING_RULE.test(s)) continue;
    const parts: string[] = MENTIONS_REFERENCE.test(s) && reference !== null ? [reference] : [];
    for (const q of s.matchAll(QUOTED)) {
      const words = (q[1] ?? q[2] ?? '').trim();
      if (words !== '' && !parts.includes(words)) parts.push(words);
    }
    if (parts.length > 0) return parts;
  }
  return null;
}

// Where a request may start: the word "essay", or a verb that only makes one when "document"
// follows within its reach. Trying the whole request only there gives the same matches as
// scanning for it at every character, at a fraction of the cost ("provide" is a common word).
const REQUEST_START = /\b[Ee]ssay\b|\b(?:[Aa]ttach|[Ss]ubmit|[Uu]pload|[Pp]rovide|joindre)\b/g;
const REQUEST_AT = new RegExp(ESSAY_REQUEST.source, 'y');
const DOCUMENT_REACH = 160;

function findRequest(text: string): RegExpExecArray | null {
  let after = 0;
  for (const start of text.matchAll(REQUEST_START)) {
    if (start.index < after) continue;
    if (!/^[Ee]ssay$/.test(start[0]) && !text.slice(start.index, start.index + DOCUMENT_REACH).includes('document')) continue;
    REQUEST_AT.lastIndex = start.index;
    const m = REQUEST_AT.exec(text);
    if (m === null) continue;
    after = m.index + m[0].length;
    if (/^[Ee]ssay$/.test(m[0]) || ESSAY_TOPIC.test(text.slice(m.index, m.index + m[0].length + ESSAY_TOPIC_REACH))) return m;
  }
  return null;
}

/** Reads the essay rules from a half of the notice; `deadline` is the fallback due date. */
export function findEssay(text: string, reference: string | null, deadline: string | null): EssayReading {
  const request = findRequest(text);
  if (request === null) return { essay: null, warnings: [] };
  const warnings: Warning[] = [];
  // The format is stated in the request sentence or close to it.
  const around = text.slice(Math.max(0, request.index - 300), request.index + 400);
  const format = WORD_OR_PDF.test(request[0])
    ? 'MS Word or PDF'
    : FORMAT_WORD.test(around)
      ? 'MS Word'
      : FORMAT_PDF.test(around)
        ? 'PDF'
        : null;
  if (format === null) warnings.push(warning('notStated', { field: 'essay.format' }));
  const pagesMatch = MAX_PAGES.exec(text.slice(Math.max(0, request.index - PAGE_LIMIT_BEFORE), request.index + PAGE_LIMIT_AFTER));
  const maxPages = pagesMatch ? parseCount(pagesMatch[1] ?? pagesMatch[2] ?? pagesMatch[3] ?? '') : null;
  if (maxPages === null) warnings.push(warning('essayNoPageLimit'));
  const lines = hintedLines(text);
  const titleMustInclude = findTitleRule(lines, reference);
  if (titleMustInclude === null) warnings.push(warning('essayNoNamingRule'));
  let dueDate = findDueDate(lines);
  if (dueDate === null) {
    dueDate = deadline;
    if (dueDate === null) warnings.push(warning('essayNoDueDate'));
  }
  return {
    essay: { required: true, format: format ?? 'unspecified', maxPages, titleMustInclude: titleMustInclude ?? [], dueDate },
    warnings,
  };
}
