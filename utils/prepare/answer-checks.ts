import { worded, type Severity, type Worded } from '../essay/finding';

/**
 * Checks of one drafted answer to a pre-screening question, for what NATO's screeners reject on
 * sight (shared/design/process.md, "What the application itself is judged on"): an answer that
 * points to another document ("see CV" — only the text boxes are evaluated), a bare yes or no,
 * an empty or over-long answer; and text the portal's plain boxes do not keep (tabs, bullets;
 * curly quotes as a hint). Findings are data worded only when shown (utils/reasons/word-reason.ts).
 *
 * Every pattern here is linear (no nested quantifiers), so a 200,000-character draft is checked
 * in a few milliseconds; longer drafts are refused before they get here (answer-limits.ts).
 */
export type AnswerCheckId = 'empty' | 'overLimit' | 'refersElsewhere' | 'bareYesNo' | 'tabs' | 'bullets' | 'smartQuotes';

export interface AnswerFinding {
  id: AnswerCheckId;
  severity: Severity;
  message: Worded;
  /** Where the first occurrence starts: a 0-based offset into the answer, and its 1-based line. */
  at?: { offset: number; line: number };
}

/**
 * What the portal's character counter counts: a JavaScript string's length (UTF-16 units), as a
 * textarea's maxlength does, with a line break as one character.
 */
export function characterCount(text: string): number {
  return text.replace(/\r\n/g, '\n').length;
}

const lineAt = (text: string, offset: number) => {
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line += 1;
  return line;
};

const at = (text: string, offset: number) => ({ offset, line: lineAt(text, offset) });

/**
 * A pointer to something outside the text box, in English or French. Each names the document it
 * points to, so "I attached great importance" or "mon CV montre" alone are not flagged.
 */
/** The end of a word, accented letters included (\\b knows only ASCII letters). */
const END = String.raw`(?![\p{L}\p{N}])`;
const DOCUMENT = String.raw`(?:(?:my|the|our|attached|enclosed)\s+){0,2}(?:CV|C\.V\.|r[ée]sum[ée]|curriculum(?:\s+vitae)?|attachments?|annex(?:es?)?|appendix|cover(?:ing)?\s+letter|motivation\s+letter|documents?\s+attached)`;
const DOCUMENT_FR = String.raw`(?:(?:mon|ma|le|la|l['’])\s*)?(?:CV|C\.V\.|curriculum(?:\s+vitae)?|pi[èe]ces?\s+jointes?|annexes?|documents?\s+joints?|lettre\s+de\s+motivation)`;
const REFERS_ELSEWHERE = new RegExp(
  [
    String.raw`\b(?:please\s+)?(?:see|refer\s+to|check|consult)\s+${DOCUMENT}${END}`,
    String.raw`\bsee\s+(?:attached|enclosed|annex)\b`,
    String.raw`\bas\s+(?:per|in|stated\s+in|detailed\s+in|described\s+in|listed\s+in|shown\s+in|mentioned\s+in)\s+${DOCUMENT}${END}`,
    String.raw`\b(?:detailed|described|listed|stated|explained)\s+in\s+(?:my|the)\s+(?:CV|r[ée]sum[ée]|attachments?|annex(?:es)?|cover\s+letter)\b`,
    String.raw`\bcf\.?\s+(?:${DOCUMENT}|${DOCUMENT_FR})`,
    String.raw`\bvoir\s+(?:ci-joint|ci-dessous\s+en\s+annexe|${DOCUMENT_FR})`,
    String.raw`\bci-joint(?:e|s|es)?\b`,
    String.raw`\ben\s+(?:pi[èe]ce\s+jointe|annexe)\b`,
    String.raw`\b(?:se\s+)?r[ée]f[ée]rer\s+(?:à|a)\s+${DOCUMENT_FR}`,
    String.raw`\b(?:indiqu[ée]e?s?|d[ée]taill[ée]e?s?|mentionn[ée]e?s?|d[ée]crite?s?)\s+dans\s+(?:mon|le)\s+(?:CV|curriculum)`,
  ].join('|'),
  'iu',
);

/** The whole answer is a yes or a no, with at most a few words after it ("Yes, I do."). */
const BARE_YES_NO = /^(?:yes|no|oui|non)\b[\s\p{P}]*(?:[\p{L}'’]+[\s\p{P}]*){0,3}$/iu;

/** Bullet characters a word processor pastes, the Symbol font's private-use bullet included. */
const BULLETS = /[•◦▪▫●○■□‣⁃∙\uF0B7\uF0A7\uF0D8\uF076]/u;
const SMART_QUOTES = /[“”‘’„‟«»‹›]/u;

/** Checks an answer against what screeners reject; `limit` is the question's character limit, if known. */
export function checkAnswer(text: string, limit: number | null): AnswerFinding[] {
  const findings: AnswerFinding[] = [];
  const trimmed = text.trim();
  if (trimmed === '') return [{ id: 'empty', severity: 'error', message: worded('answerEmpty') }];
  const count = characterCount(text);
  if (limit !== null && count > limit) {
    // Where the box's limit falls in the text: what is past it the portal would cut or refuse.
    const cut = Math.min(text.length, limit + (text.slice(0, limit).match(/\r\n/g)?.length ?? 0));
    findings.push({ id: 'overLimit', severity: 'error', message: worded('answerOverLimit', { count, limit, over: count - limit }), at: at(text, cut) });
  }
  const reference = REFERS_ELSEWHERE.exec(text);
  if (reference) {
    findings.push({ id: 'refersElsewhere', severity: 'error', message: worded('answerRefersElsewhere', { words: reference[0] }), at: at(text, reference.index) });
  }
  if (BARE_YES_NO.test(trimmed)) {
    findings.push({ id: 'bareYesNo', severity: 'error', message: worded('answerBareYesNo', { words: trimmed }), at: at(text, text.indexOf(trimmed)) });
  }
  for (const [id, pattern, key, severity] of [
    ['tabs', /\t/g, 'answerTabs', 'warning'],
    ['bullets', new RegExp(BULLETS.source, 'gu'), 'answerBullets', 'warning'],
    ['smartQuotes', new RegExp(SMART_QUOTES.source, 'gu'), 'answerSmartQuotes', 'info'],
  ] as const) {
    const first = pattern.exec(text);
    if (!first) continue;
    const times = 1 + (text.slice(first.index + 1).match(pattern)?.length ?? 0);
    findings.push({ id, severity, message: worded(key, { times, line: lineAt(text, first.index) }), at: at(text, first.index) });
  }
  return findings;
}

/** An answer the screeners would reject as written (the Copy button still copies it). */
export function answerHasErrors(findings: readonly AnswerFinding[]): boolean {
  return findings.some((finding) => finding.severity === 'error');
}
