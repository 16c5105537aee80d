/**
 * Title lines: `Officer, Defence Policy - 251836`, `Officer, Plans – 260334`,
 * `Officer, Defence Planning (250138)`, the portal's `Job Description - Buyer (261340)` and
 * `Buyer-261340`, and a title broken over two lines by PDF extraction.
 */

const REFERENCE_AT_END = /(?:[-–—]\s*(\d{6})|\(\s*(\d{6})\s*\))\s*$/;
const PAGE_HEADING_PREFIX = /^(?:Job Description|Description (?:de l'offre|du poste|de poste)(?: d'emploi)?)\s*[-–—:]\s*/i;
const TRAILING_SEPARATORS = /[\s,;:–—-]+$/;
const LETTER = /\p{L}/u;
const SENTENCE_END = /[.!?;:]["')\]»]?$/;
const URL_START = /^(?:https?:\/\/|www\.)/i;
const MAX_TITLE_LENGTH = 250;
/** A first half of a wrapped title is long, or visibly unfinished; a short menu line is neither. */
const WRAPPED_LINE_LENGTH = 50;
const UNFINISHED = /(?:[&,/(-]|\b(?:and|of|for|the|in|on|to|de|des|du|et|la|le|les|pour|en))$/i;
const STARTS_LOWER = /^\p{Ll}/u;
const JOB_NUMBER = /\b(?:Job Number|Numéro de l'offre(?: d'emploi)?)\s*:?\s*(\d{6})\b/;
const JOB_PARAM = /[?&]job=(\d{6})\b/;

export interface TitleCandidate {
  /** The line holding the reference. */
  line: number;
  /** The first line of the title (earlier when the title is broken over two lines). */
  firstLine: number;
  title: string;
  reference: string;
}

function cleanTitle(text: string): string {
  return text.replace(PAGE_HEADING_PREFIX, '').replace(TRAILING_SEPARATORS, '').replace(/\s+/g, ' ').trim();
}

function isUpperCase(text: string): boolean {
  return LETTER.test(text) && text === text.toUpperCase();
}

/** Can `line` be the first half of a title broken over two lines? */
function canStartTitle(line: string, labelLine: (line: string) => boolean): boolean {
  return (
    line !== '' &&
    line.length <= 150 &&
    LETTER.test(line) &&
    !SENTENCE_END.test(line) &&
    !isUpperCase(line) &&
    !URL_START.test(line) &&
    !line.startsWith('- ') &&
    !line.includes('|') &&
    !REFERENCE_AT_END.test(line) &&
    !labelLine(line)
  );
}

/**
 * Every line that reads as a title with its 6-digit reference, in order. `labelLine` tells header
 * label lines apart (they never belong to a title).
 */
export function findTitleCandidates(lines: readonly string[], labelLine: (line: string) => boolean): TitleCandidate[] {
  const found: TitleCandidate[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const last = line.charCodeAt(line.length - 1);
    // Cheap filter first: a title line ends with a digit or ')'.
    if (line.length < 7 || line.length > MAX_TITLE_LENGTH + 12 || !((last >= 48 && last <= 57) || last === 41)) continue;
    const m = REFERENCE_AT_END.exec(line);
    if (!m) continue;
    const reference = m[1] ?? m[2] ?? '';
    let title = cleanTitle(line.slice(0, m.index));
    let firstLine = i;
    const previous = lines[i - 1] ?? '';
    const startsWithPageHeading = PAGE_HEADING_PREFIX.test(line);
    const wrapped = previous.length >= WRAPPED_LINE_LENGTH || UNFINISHED.test(previous) || STARTS_LOWER.test(line);
    if (!startsWithPageHeading && wrapped && canStartTitle(previous, labelLine) && previous.length + title.length < MAX_TITLE_LENGTH) {
      title = cleanTitle(`${previous} ${title}`);
      firstLine = i - 1;
    }
    if (title.length < 2 || !LETTER.test(title)) continue;
    found.push({ line: i, firstLine, title, reference });
  }
  return found;
}

/** A reference stated elsewhere: a "Job Number" label, or the `job=` parameter of the page URL. */
export function referenceOutsideTitle(lines: readonly string[], sourceUrl: string | undefined): string | null {
  const fromUrl = sourceUrl === undefined ? null : (JOB_PARAM.exec(sourceUrl)?.[1] ?? null);
  if (fromUrl !== null) return fromUrl;
  for (const line of lines) {
    if (!line.includes('Job Number') && !line.includes('Numéro de l')) continue;
    const m = JOB_NUMBER.exec(line);
    if (m) return m[1] ?? null;
  }
  return null;
}
