import type { HeaderFields, HeaderLanguage } from './header';
import { isFrenchLabelLine, isLabelLine, readHeader, readOpeningLabels } from './header';
import { FRENCH_SECTION, isSectionHeadingLine } from './notice-words';
import type { TitleCandidate } from './title';
import { findTitleCandidates, openingTitle, printedReferences, referenceOutsideTitle } from './title';

/**
 * Where things are in a notice: its reference, and the English and French halves (each a title,
 * a header and a body). A notice reaches us English-then-French, French only (the portal's
 * `lang=fr` page) or English only.
 */

export interface NoticeHalf {
  lang: HeaderLanguage;
  /** Null when the half was found by its section headings only (no title line). */
  title: string | null;
  /** The printed title's length when the title was cut (a title line too long to keep whole). */
  titleCutFrom?: number | null;
  header: HeaderFields;
  /** Line range `[start, end)` of the half in the normalised lines. */
  start: number;
  end: number;
}

export interface NoticeLayout {
  /** Null when the notice prints none (many job-board copies): never invented. */
  reference: string | null;
  /** Every vacancy reference the opening prints by a label ("Job Number", "STAFF VACANCY", …): a results page prints many. */
  printed: string[];
  /** True when a title line carries the reference (the portal's and IS notices' shape). */
  titleLine: boolean;
  en: NoticeHalf | null;
  fr: NoticeHalf | null;
}

const ENGLISH_WORDS = /\b(?:the|and|of|to|with|for|is|in)\b/gi;
const FRENCH_WORDS = /\b(?:le|la|les|des|du|et|pour|dans|avec|est|une|aux)\b/gi;
const NO_HEADER: HeaderFields = { lang: null, values: {}, labels: {}, labelCount: 0 };
const LANGUAGE_SAMPLE_LINES = 60;
const MAX_TITLE_LINES = 8;

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

/**
 * A notice without a title line (another template, a job board's copy): one half, its labelled
 * opening lines as the header, the title from a title label or the opening line.
 */
function untitledLayout(lines: readonly string[], reference: string | null, printed: string[]): NoticeLayout {
  const header = readOpeningLabels(lines, 0, lines.length, isSectionHeadingLine);
  const lang = header.lang ?? guessLanguage(lines, 0);
  const title = header.values.title ?? openingTitle(lines, isLabelLine, isSectionHeadingLine);
  const half: NoticeHalf = { lang, title, header, start: 0, end: lines.length };
  const layout: NoticeLayout = { reference, printed, titleLine: false, en: lang === 'en' ? half : null, fr: lang === 'fr' ? half : null };
  if (layout.en !== null) splitOffUntitledFrench(lines, layout.en, layout);
  return layout;
}

/** Finds the reference (null when none is printed) and the halves. */
export function findLayout(lines: readonly string[], sourceUrl: string | undefined): NoticeLayout {
  const candidates = findTitleCandidates(lines, isLabelLine);
  const stated = printedReferences(lines);
  const printed = stated.references;
  const outside = referenceOutsideTitle(stated, sourceUrl);
  const reference = candidates.some((c) => c.reference === outside) ? outside : (candidates[0]?.reference ?? null);
  if (reference === null) return untitledLayout(lines, outside, printed);
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
    return frenchPageOfEnglishBody(lines, reference, printed, fr, read);
  }
  const half = (c: ReadCandidate, other: ReadCandidate | null): NoticeHalf => ({
    lang: c.lang,
    title: c.candidate.title,
    titleCutFrom: c.candidate.cutFrom,
    header: c.header,
    start: c.candidate.firstLine,
    end: other !== null && other.candidate.firstLine > c.candidate.firstLine ? other.candidate.firstLine : lines.length,
  });
  const layout: NoticeLayout = { reference, printed, titleLine: true, en: en && half(en, fr), fr: fr && half(fr, en) };
  if (layout.en !== null && layout.fr === null) splitOffUntitledFrench(lines, layout.en, layout);
  return layout;
}

/**
 * The portal's French page (`lang=fr`) of a notice whose body is English first: a French title and
 * header, the English body, then (for bilingual notices) the French half with its own title line.
 */
function frenchPageOfEnglishBody(lines: readonly string[], reference: string | null, printed: string[], header: ReadCandidate, read: readonly ReadCandidate[]): NoticeLayout {
  const frenchTitle = read.find((c) => c.lang === 'fr' && c.candidate.line > header.candidate.line) ?? null;
  const bodyEnd = frenchTitle?.candidate.firstLine ?? lines.length;
  return {
    reference,
    printed,
    titleLine: true,
    en: { lang: 'en', title: null, header: NO_HEADER, start: header.candidate.line + 1, end: bodyEnd },
    fr: { lang: 'fr', title: frenchTitle?.candidate.title ?? header.candidate.title, header: header.header, start: bodyEnd, end: lines.length },
  };
}

/**
 * A French half without its own title line still starts at its first French section heading, or
 * at its own header before it ("Numéro de l'avis de vacance : … / Intitulé du poste : …"), whose
 * title label gives its title.
 */
function splitOffUntitledFrench(lines: readonly string[], en: NoticeHalf, layout: NoticeLayout): void {
  // A French header counts only once the English body has begun (a header may print a label in both languages).
  let inBody = false;
  for (let i = en.start + 1; i < en.end; i++) {
    const line = lines[i] ?? '';
    if (FRENCH_SECTION.test(line)) {
      layout.fr = { lang: 'fr', title: null, header: NO_HEADER, start: i, end: en.end };
      en.end = i;
      return;
    }
    if (!inBody) inBody = isSectionHeadingLine(line);
    if (!inBody || !isFrenchLabelLine(line) || !frenchLabelsFollow(lines, i + 1, en.end)) continue;
    const header = readOpeningLabels(lines, i, en.end, isSectionHeadingLine);
    if (header.lang !== 'fr') continue;
    layout.fr = { lang: 'fr', title: header.values.title ?? null, header, start: i, end: en.end };
    en.end = i;
    return;
  }
}

/** A French header is two lines of French labels or more (one could be a line of the English body). */
const FRENCH_HEADER_REACH = 6;
function frenchLabelsFollow(lines: readonly string[], from: number, end: number): boolean {
  for (let i = from; i < Math.min(end, from + FRENCH_HEADER_REACH); i++) if (isFrenchLabelLine(lines[i] ?? '')) return true;
  return false;
}
