import type { HeaderFields, HeaderLanguage } from './header';
import { readHeader } from './header';
import type { TitleCandidate } from './title';
import { findTitleCandidates, referenceOutsideTitle } from './title';

/**
 * Where things are in a notice: its reference, and the English and French halves (each a title,
 * a header and a body). A notice reaches us English-then-French, French only (the portal's
 * `lang=fr` page) or English only.
 */

export interface NoticeHalf {
  lang: HeaderLanguage;
  /** Null when the half was found by its section headings only (no title line). */
  title: string | null;
  header: HeaderFields;
  /** Line range `[start, end)` of the half in the normalised lines. */
  start: number;
  end: number;
}

export interface NoticeLayout {
  reference: string;
  en: NoticeHalf | null;
  fr: NoticeHalf | null;
}

const LABEL_LINE =
  /^(?:Primary Location|NATO Body|Schedule|Application Deadline|Salary|Grade|Clearance Level|Emplacement principal|Organisation|Horaire|Date de retrait|Salaire|Niveau de l'habilitation)\b/;
const ENGLISH_WORDS = /\b(?:the|and|of|to|with|for|is|in)\b/gi;
const FRENCH_WORDS = /\b(?:le|la|les|des|du|et|pour|dans|avec|est|une|aux)\b/gi;
const FRENCH_SECTION = /^(?:\d{1,2}\s*\.\s*)?(?:RÉSUMÉ|QUALIFICATIONS ET EXPÉRIENCE|ACQUIS ESSENTIELS|RESPONSABILITÉS PRINCIPALES|STRUCTURE ET LIAISONS|COMPÉTENCES)\b/;
const LANGUAGE_SAMPLE_LINES = 60;
const MAX_TITLE_LINES = 8;

export function isLabelLine(line: string): boolean {
  return LABEL_LINE.test(line);
}

function count(pattern: RegExp, text: string): number {
  let n = 0;
  for (const _ of text.matchAll(pattern)) n++;
  return n;
}

/** English or French by function words of the lines that follow `from`. */
function guessLanguage(lines: readonly string[], from: number): HeaderLanguage {
  const sample = lines.slice(from, from + LANGUAGE_SAMPLE_LINES).join(' ');
  return count(FRENCH_WORDS, sample) > count(ENGLISH_WORDS, sample) ? 'fr' : 'en';
}

interface ReadCandidate {
  candidate: TitleCandidate;
  header: HeaderFields;
  lang: HeaderLanguage;
}

function pick(candidates: readonly ReadCandidate[], lang: HeaderLanguage): ReadCandidate | null {
  const ofLang = candidates.filter((c) => c.lang === lang);
  return ofLang.find((c) => c.header.labelCount > 0) ?? ofLang[0] ?? null;
}

/** Finds the reference and the halves; null when there is no reference or no title. */
export function findLayout(lines: readonly string[], sourceUrl: string | undefined): NoticeLayout | null {
  const candidates = findTitleCandidates(lines, isLabelLine);
  const stated = referenceOutsideTitle(lines, sourceUrl);
  const reference = candidates.some((c) => c.reference === stated) ? stated : (candidates[0]?.reference ?? null);
  if (reference === null) return null;
  // A notice has a handful of title lines (page heading, English, French); more are not titles.
  const ofReference = candidates.filter((c) => c.reference === reference).slice(0, MAX_TITLE_LINES);
  const read: ReadCandidate[] = ofReference.map((candidate, i) => {
    const limit = ofReference[i + 1]?.firstLine ?? lines.length;
    const header = readHeader(lines, candidate.line + 1, limit);
    return { candidate, header, lang: header.lang ?? guessLanguage(lines, candidate.line + 1) };
  });
  const en = pick(read, 'en');
  const fr = pick(read, 'fr');
  if (en === null && fr !== null && guessLanguage(lines, fr.candidate.line + 1) === 'en') {
    return frenchPageOfEnglishBody(lines, reference, fr, read);
  }
  const half = (c: ReadCandidate, other: ReadCandidate | null): NoticeHalf => ({
    lang: c.lang,
    title: c.candidate.title,
    header: c.header,
    start: c.candidate.firstLine,
    end: other !== null && other.candidate.firstLine > c.candidate.firstLine ? other.candidate.firstLine : lines.length,
  });
  const layout: NoticeLayout = { reference, en: en && half(en, fr), fr: fr && half(fr, en) };
  if (layout.en !== null && layout.fr === null) splitOffUntitledFrench(lines, layout.en, layout);
  return layout;
}

/**
 * The portal's French page (`lang=fr`) of a notice whose body is English first: a French title and
 * header, the English body, then (for bilingual notices) the French half with its own title line.
 */
function frenchPageOfEnglishBody(lines: readonly string[], reference: string, header: ReadCandidate, read: readonly ReadCandidate[]): NoticeLayout {
  const frenchTitle = read.find((c) => c.lang === 'fr' && c.candidate.line > header.candidate.line) ?? null;
  const bodyEnd = frenchTitle?.candidate.firstLine ?? lines.length;
  return {
    reference,
    en: { lang: 'en', title: null, header: { lang: null, values: {}, labelCount: 0 }, start: header.candidate.line + 1, end: bodyEnd },
    fr: { lang: 'fr', title: frenchTitle?.candidate.title ?? header.candidate.title, header: header.header, start: bodyEnd, end: lines.length },
  };
}

/** A French half without its own title line still starts at its first French section heading. */
function splitOffUntitledFrench(lines: readonly string[], en: NoticeHalf, layout: NoticeLayout): void {
  for (let i = en.start + 1; i < en.end; i++) {
    if (!FRENCH_SECTION.test(lines[i] ?? '')) continue;
    layout.fr = { lang: 'fr', title: null, header: { lang: null, values: {}, labelCount: 0 }, start: i, end: en.end };
    en.end = i;
    return;
  }
}
