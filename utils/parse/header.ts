/**
 * The header block under a notice title: "Label value" pairs in English or French. Extracted page
 * text glues values to the next label ("Belgium-BrusselsNATO Body"), so values are cut at the
 * known labels, not at line breaks or colons.
 */

export type HeaderKey = 'location' | 'organisation' | 'schedule' | 'deadline' | 'salary' | 'grade' | 'clearance' | 'jobNumber' | 'description';
export type HeaderLanguage = 'en' | 'fr';

export interface LabelDef {
  key: HeaderKey;
  lang: HeaderLanguage | 'any';
  source: string;
}

// Longest first where one label starts another ("Salary (Pay Basis)" before "Salary").
const LABELS: readonly LabelDef[] = [
  { key: 'location', lang: 'en', source: 'Primary Location' },
  { key: 'organisation', lang: 'en', source: 'NATO Body' },
  { key: 'schedule', lang: 'en', source: 'Schedule' },
  { key: 'deadline', lang: 'en', source: 'Application Deadline|Closing Date' },
  { key: 'salary', lang: 'en', source: 'Salary \\(Pay Basis\\)|Salary' },
  { key: 'clearance', lang: 'en', source: 'Clearance Level|Security Clearance' },
  { key: 'jobNumber', lang: 'en', source: 'Job Number' },
  { key: 'location', lang: 'fr', source: 'Emplacement principal' },
  { key: 'organisation', lang: 'fr', source: 'Organisation' },
  { key: 'schedule', lang: 'fr', source: 'Horaire' },
  { key: 'deadline', lang: 'fr', source: 'Date de retrait|Date de clôture' },
  { key: 'salary', lang: 'fr', source: 'Salaire \\(Base de paie\\)|Salaire' },
  { key: 'clearance', lang: 'fr', source: "Niveau de l'habilitation de sécurité|Niveau d'habilitation de sécurité|Habilitation de sécurité" },
  { key: 'jobNumber', lang: 'fr', source: "Numéro de l'offre(?: d'emploi)?" },
  // "NATO Grade G20" is a value, not a label.
  { key: 'grade', lang: 'any', source: '(?<!NATO )Grade' },
  { key: 'description', lang: 'any', source: 'Description(?![a-z])' },
];

const LABEL_SCAN = new RegExp(LABELS.map((l) => `(${l.source})`).join('|'), 'g');
const LABEL_AT_START = new RegExp(`^(?:${LABELS.map((l) => l.source).join('|')})`);
const LEADING_SEPARATORS = /^[\s:]+/;
const TRAILING_SEPARATORS = /[\s:;,-]+$/;
/** A long line that does not start with a label is body prose: the header is over. */
const PROSE_LINE_LENGTH = 160;
const NUMBERED_SECTION = /^\d{1,2}\s*\.\s*\S/;
const MAX_HEADER_LINES = 30;

export interface HeaderFields {
  /** Language of the labels, or null when no label was found. */
  lang: HeaderLanguage | null;
  values: Partial<Record<HeaderKey, string>>;
  /** How many labels were found (0: a free-form notice without a header). */
  labelCount: number;
}

export interface LabelHit {
  def: LabelDef;
  start: number;
  end: number;
}

/** Every known label in `text`, in order (also used to re-flow text whose line breaks were lost). */
export function labelHits(text: string): LabelHit[] {
  const hits: LabelHit[] = [];
  LABEL_SCAN.lastIndex = 0;
  for (const m of text.matchAll(LABEL_SCAN)) {
    const group = m.findIndex((g, i) => i > 0 && g !== undefined);
    const def = LABELS[group - 1];
    if (def !== undefined) hits.push({ def, start: m.index, end: m.index + m[0].length });
  }
  return hits;
}

/** The header zone: from `start` to the description, a numbered section, prose, or `limit`. */
function headerZone(lines: readonly string[], start: number, limit: number): string {
  const zone: string[] = [];
  let nonBlank = 0;
  for (let i = start; i < limit && nonBlank < MAX_HEADER_LINES; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    if (NUMBERED_SECTION.test(line) || (line.length > PROSE_LINE_LENGTH && !LABEL_AT_START.test(line))) break;
    zone.push(line);
    nonBlank++;
  }
  return zone.join('\n');
}

/** Reads the labelled header between a title line (exclusive) and `limit` (exclusive). */
export function readHeader(lines: readonly string[], start: number, limit: number): HeaderFields {
  const zone = headerZone(lines, start, limit);
  const all = labelHits(zone);
  const first = all.find((h) => h.def.lang !== 'any');
  const lang = first === undefined ? null : (first.def.lang as HeaderLanguage);
  // Labels of the other language inside a value are words of the value ("… Procurement Organisation").
  const hits = all.filter((h) => h.def.lang === 'any' || h.def.lang === lang);
  const values: Partial<Record<HeaderKey, string>> = {};
  let labelCount = 0;
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i];
    if (hit === undefined) break;
    if (hit.def.key === 'description') break;
    labelCount++;
    let valueStart = hit.end;
    let next = hits[i + 1];
    // "Organisation : Organisation OTAN …": an empty value followed by the same label is its value.
    if (next !== undefined && next.def.key === hit.def.key && zone.slice(hit.end, next.start).replace(LEADING_SEPARATORS, '') === '') {
      valueStart = next.start;
      i++;
      next = hits[i + 1];
    }
    const raw = zone.slice(valueStart, next?.start ?? zone.length).replace(LEADING_SEPARATORS, '');
    const newline = raw.indexOf('\n');
    const value = (newline < 0 ? raw : raw.slice(0, newline)).replace(TRAILING_SEPARATORS, '').trim();
    if (value !== '' && values[hit.def.key] === undefined) values[hit.def.key] = value;
  }
  return { lang: labelCount > 0 ? lang : null, values, labelCount };
}
